import { Caption1 } from '@fluentui/react-components';
import { entrySyncLabel, type EntrySyncState } from '../../domain/meetingPanel';
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
