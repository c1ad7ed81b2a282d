import { Caption1 } from '@fluentui/react-components';
import { entrySyncLabel, type EntrySyncState } from '../../domain/meetingPanel';
import type { OutboxEntry } from './outbox/outboxStore';
import { usePanelStyles } from './panelStyles';

/** One captured entry's sync state in words (no colour-only meaning). */
export function EntrySyncLine(props: {
  readonly state: EntrySyncState;
  readonly problem?: string;
}) {
  const styles = usePanelStyles();
  return (
    <Caption1 className={styles.muted}>
      {entrySyncLabel(props.state)}
      {props.state === 'failed' && props.problem ? `: ${props.problem}` : ''}
    </Caption1>
  );
}

/** An entry's sync problem as `EntrySyncLine`'s `problem`, when it has one. */
export function problemOf(entry: OutboxEntry): { problem?: string } {
  return entry.problem ? { problem: entry.problem } : {};
}
