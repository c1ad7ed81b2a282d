import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { SyncSummary } from '../../domain/meetingPanel';

/** The panel's sync line, announced politely when it changes. */
export function SyncStatus(props: { readonly summary: SyncSummary; onSyncNow(): void }) {
  const { summary } = props;
  const canRetry = summary.tone === 'warning' || summary.tone === 'error';
  return (
    <MessageBar
      intent={summary.tone}
      layout="multiline"
      politeness="polite"
      aria-label="Sync status"
    >
      <MessageBarBody>
        <MessageBarTitle>{summary.headline}</MessageBarTitle>
        {summary.detail}
      </MessageBarBody>
      {canRetry && (
        <MessageBarActions>
          <Button size="small" onClick={props.onSyncNow}>
            Sync now
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
