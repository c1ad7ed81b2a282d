import type { ReactNode } from 'react';
import {
  FluentProvider,
  Text,
  makeStaticStyles,
  makeStyles,
  tokens,
  type Theme,
} from '@fluentui/react-components';

/** The product name every surface shows in its header. */
export const APP_NAME = 'CX Cadence';

export interface AppShellProps {
  /** The Fluent theme the host asked for (Teams light, dark or high contrast). */
  readonly theme: Theme;
  /** What this surface is, shown after the product name ("Sign in", "Cadence planner"). */
  readonly title: string;
  readonly children: ReactNode;
}

// A surface owns its whole page (a Teams tab, the 280 px side panel), so the browser's default
// body margin would only cause a scrollbar.
const usePageStyles = makeStaticStyles({
  body: { margin: 0 },
});

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    boxSizing: 'border-box',
    minWidth: 0,
    // Long names and addresses wrap instead of pushing the 280 px side panel sideways.
    overflowWrap: 'anywhere',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  product: {
    color: tokens.colorBrandForeground1,
  },
  title: {
    margin: 0,
  },
  main: {
    flexGrow: 1,
    minWidth: 0,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
  },
});

/**
 * The frame of every surface: Fluent's provider with the host's theme, a header naming the product
 * and the surface, and a main region. Works from the 280 px meeting side panel up to a full tab
 * without horizontal scrolling: nothing in it has a fixed width.
 */
export function AppShell({ theme, title, children }: AppShellProps) {
  usePageStyles();
  const styles = useStyles();
  return (
    // The layout sits inside the provider, not on it: Fluent gives the provider's classes to the
    // portal that holds popups (a dropdown's list), which must not become a full-page layer.
    <FluentProvider theme={theme}>
      <div className={styles.root}>
        <header className={styles.header}>
          <Text as="span" weight="semibold" size={400} className={styles.product}>
            {APP_NAME}
          </Text>
          <Text as="h1" size={400} weight="regular" className={styles.title}>
            {title}
          </Text>
        </header>
        <main className={styles.main}>{children}</main>
      </div>
    </FluentProvider>
  );
}
