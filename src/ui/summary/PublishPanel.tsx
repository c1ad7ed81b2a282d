import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { useId } from 'react';
import type { PublicationState } from '../../domain/summaryReview';
import { describePublication } from '../../domain/summaryReview';
import { FailureMessage } from '../shell/ProblemMessage';
import { publishStepRows } from './publishProgress';
import type { StepStatus } from './publishProgress';
import { useSummaryStyles } from './summaryStyles';
import type { PublishState } from './useSummaryReview';

export interface PublishPanelProps {
  readonly publication: PublicationState;
  readonly publishing: PublishState;
  readonly actionCount: number;
  /** The team's zone for the publication time. */
  readonly timeZone: string;
  onPublish(): void;
}

const STATUS_WORDS: Readonly<Record<StepStatus, string>> = {
  waiting: 'Not yet',
  working: 'In progress',
  done: 'Done',
  alreadyDone: 'Already done',
  failed: 'Failed',
  skipped: 'Nothing to do',
};

/**
 * Publishing: where the meeting's publication stands, the three steps (chat, mail, Planner) with
 * their progress and result, and one button that publishes, finishes a partial publication
 * ("Try again") or checks again ("Publish again"): publishing never posts twice.
 */
export function PublishPanel(props: PublishPanelProps) {
  const styles = useSummaryStyles();
  const id = useId();
  const { publishing, publication } = props;
  const rows = publishStepRows({
    publishing,
    publication,
    actionCount: props.actionCount,
  });
  const busy = publishing.status === 'publishing';
  const failedRun =
    publishing.status === 'failed' ||
    (publishing.status === 'finished' && publishing.result.failures.length > 0);
  const label = failedRun
    ? 'Try again'
    : publication.state === 'published'
      ? 'Publish again'
      : publication.state === 'inProgress'
        ? 'Finish publishing'
        : 'Publish summary';
  return (
    <section className={styles.section} aria-labelledby={`${id}-heading`}>
      <Text as="h2" size={500} weight="semibold" className={styles.heading} id={`${id}-heading`}>
        Publish
      </Text>
      <div role="status" aria-live="polite">
        <MessageBar
          intent={
            publication.state === 'published'
              ? 'success'
              : publication.state === 'inProgress'
                ? 'warning'
                : 'info'
          }
          layout="multiline"
        >
          <MessageBarBody>
            <MessageBarTitle>
              {publication.state === 'published'
                ? 'Published'
                : publication.state === 'inProgress'
                  ? 'Partly published'
                  : 'Not published yet'}
            </MessageBarTitle>
            {describePublication({ publication, timeZone: props.timeZone })}
          </MessageBarBody>
        </MessageBar>
      </div>
      <ul className={styles.list} aria-label="Publishing steps">
        {rows.map((row) => (
          <li key={row.step} className={styles.item}>
            <div className={styles.line}>
              {row.status === 'working' && <Spinner size="extra-tiny" aria-hidden />}
              <Text weight="semibold">{row.label}:</Text>
              <Text>{STATUS_WORDS[row.status]}</Text>
            </div>
            <Text size={200} className={styles.muted}>
              {row.detail}
            </Text>
          </li>
        ))}
      </ul>
      {publishing.status === 'failed' && (
        <FailureMessage error={publishing.error} doing="publish the summary" />
      )}
      {publishing.status === 'finished' && publishing.result.failures.length > 0 && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>
              Could not finish publishing:{' '}
              {[
                ...new Set(publishing.result.failures.map((failure) => stepName(failure.step))),
              ].join(', ')}
            </MessageBarTitle>
            {publishing.result.failures[0]?.error.message} Try again: what was already done is not
            repeated.
          </MessageBarBody>
        </MessageBar>
      )}
      {publication.state === 'published' && !busy && !failedRun && (
        <Text size={200} className={styles.muted}>
          Publishing again posts nothing twice: it only adds what is missing, such as a task for an
          action added since.
        </Text>
      )}
      <div className={styles.actions}>
        <Button
          appearance={publication.state === 'published' && !failedRun ? 'secondary' : 'primary'}
          disabled={busy}
          onClick={props.onPublish}
        >
          {busy ? 'Publishing…' : label}
        </Button>
      </div>
    </section>
  );
}

function stepName(step: 'chat' | 'mail' | 'tasks'): string {
  return step === 'chat' ? 'the meeting chat' : step === 'mail' ? 'the mail' : 'the Planner tasks';
}
