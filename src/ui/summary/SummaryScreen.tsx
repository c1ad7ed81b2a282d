import { Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { reviewWarnings } from '../../domain/summaryReview';
import { FailureMessage } from '../shell/ProblemMessage';
import { PublishPanel } from './PublishPanel';
import { SummaryContent } from './SummaryContent';
import { SummaryPreviewPanel } from './SummaryPreviewPanel';
import type { SummaryServices } from './summaryServices';
import { useSummaryStyles } from './summaryStyles';
import { useSummaryReview } from './useSummaryReview';

export interface SummaryScreenProps {
  readonly services: SummaryServices;
}

/**
 * The CX lead's post-meeting summary: review what was captured, preview exactly what will be
 * posted, then publish to the meeting chat, mail and Planner.
 */
export function SummaryScreen({ services }: SummaryScreenProps) {
  const styles = useSummaryStyles();
  const state = useSummaryReview(services);
  const { load } = state;
  if (load.status === 'loading') {
    return <Spinner size="small" label="Reading the meeting's records…" />;
  }
  if (load.status === 'failed') {
    return (
      <FailureMessage
        error={load.error}
        doing="read the meeting's records"
        actions={<Button onClick={load.retry}>Try again</Button>}
      />
    );
  }
  const { summary, sources, preview } = load;
  const warnings = reviewWarnings(summary);
  return (
    <div className={styles.stack}>
      <div className={styles.item}>
        <Text as="h2" size={600} weight="semibold" className={styles.heading}>
          {summary.title}
        </Text>
        <Text className={styles.muted}>{summary.dateLabel}</Text>
      </div>
      {warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <ul className={styles.list}>
              {warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {sources.unreadable.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {sources.unreadable.length} record{sources.unreadable.length === 1 ? '' : 's'} of this
            meeting could not be read and {sources.unreadable.length === 1 ? 'is' : 'are'} left out:{' '}
            {sources.unreadable[0]?.message}
          </MessageBarBody>
        </MessageBar>
      )}
      <SummaryContent summary={summary} level={2} />
      <SummaryPreviewPanel
        preview={preview}
        recipientCount={summary.recipients.length}
        chatFormat={state.chatFormat}
        onChatFormatChange={state.setChatFormat}
        disabled={state.publishing.status === 'publishing'}
      />
      <PublishPanel
        publication={sources.meeting.value.summary}
        publishing={state.publishing}
        actionCount={sources.actions.length}
        timeZone={sources.cadence.value.cadence.timeZone}
        onPublish={state.publish}
      />
    </div>
  );
}
