import { Text } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { usePanelStyles } from './panelStyles';

/** One part of the side panel: a region named by its heading, so screen readers can jump to it. */
export function PanelSection(props: { readonly title: string; readonly children: ReactNode }) {
  const styles = usePanelStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {props.title}
      </Text>
      {props.children}
    </section>
  );
}

/** A Fluent `Field`'s error props for `field`, when the form's check found a problem with it. */
export function fieldValidation(
  problems: Readonly<Record<string, string | undefined>>,
  field: string,
): { validationState?: 'error'; validationMessage?: string } {
  const message = problems[field];
  return message ? { validationState: 'error', validationMessage: message } : {};
}
