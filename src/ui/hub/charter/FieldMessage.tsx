import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircle16Regular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  message: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteRedForeground1,
  },
  icon: { flexShrink: 0, marginBlockStart: '2px' },
});

/**
 * A problem that belongs to a list or a group rather than one input ("Add at least one objective"),
 * worded like Fluent's field messages: an icon and the text, never colour alone.
 */
export function FieldMessage(props: { readonly id?: string; readonly children: string }) {
  const styles = useStyles();
  return (
    <Text id={props.id} size={200} className={styles.message}>
      <ErrorCircle16Regular aria-hidden className={styles.icon} />
      <span>{props.children}</span>
    </Text>
  );
}
