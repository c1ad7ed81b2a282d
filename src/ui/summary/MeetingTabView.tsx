import { Badge, Button, Link, Spinner, Text } from '@fluentui/react-components';
import { useId } from 'react';
import type { AppConfig } from '../../auth/config';
import type { CadenceId } from '../../domain/ids';
import type { NextMeeting } from '../../domain/summaryReview';
import { describePublication } from '../../domain/summaryReview';
import type { MeetingTab } from '../../graph/summary';
import type { CxWorkspace } from '../../graph/workspace';
import { FailureMessage } from '../shell/ProblemMessage';
import { SummaryContent } from './SummaryContent';
import { summaryPagePath } from './summaryUrl';
import { useSummaryStyles } from './summaryStyles';
import { useMeetingTab } from './useMeetingTab';

export interface MeetingTabViewProps {
  readonly workspace: CxWorkspace;
  readonly cadenceId: CadenceId;
  readonly now: () => Date;
  readonly config: AppConfig;
  /** Loads the tab; default reads Graph (tests give a fake). */
  readonly load?: (workspace: CxWorkspace, cadenceId: CadenceId) => Promise<MeetingTab>;
}

/**
 * The meeting details / chat tab: the cadence's next meeting (date and time in the cadence's
 * zone, the agenda with its time boxes, the Mission Moment presenter) and its last published
 * summary, with a link to review and publish summaries.
 */
export function MeetingTabView(props: MeetingTabViewProps) {
  const styles = useSummaryStyles();
  const state = useMeetingTab(props);
  if (state.status === 'loading') return <Spinner size="small" label="Reading the cadence…" />;
  if (state.status === 'failed') {
    return (
      <FailureMessage
        error={state.error}
        doing="read the cadence"
        actions={<Button onClick={state.retry}>Try again</Button>}
      />
    );
  }
  const { tab, next, names } = state;
  const last = tab.lastPublished;
  const base = props.config.appUrl ?? '';
  return (
    <div className={styles.stack}>
      <NextMeetingSection next={next} names={names} title={tab.cadence.cadence.title} />
      <section className={styles.section} aria-label="Last summary">
        <Text as="h2" size={500} weight="semibold" className={styles.heading}>
          Last summary
        </Text>
        {last ? (
          <>
            <div className={styles.item}>
              <Text weight="semibold">{last.summary.dateLabel}</Text>
              <Text size={200} className={styles.muted}>
                {describePublication({
                  publication: last.meeting.value.summary,
                  timeZone: tab.cadence.cadence.timeZone,
                })}
              </Text>
            </div>
            <SummaryContent summary={last.summary} level={3} />
            <Link
              href={`${base}/${summaryPagePath({
                groupId: props.workspace.groupId,
                cadenceId: props.cadenceId,
                occurrenceId: last.meeting.value.record.occurrenceId,
              })}`}
              target="_blank"
            >
              Open this summary
            </Link>
          </>
        ) : (
          <Text className={styles.muted}>No summary of this cadence has been published yet.</Text>
        )}
      </section>
    </div>
  );
}

function NextMeetingSection(props: {
  readonly next: NextMeeting | undefined;
  readonly names: ReadonlyMap<string, string>;
  readonly title: string;
}) {
  const styles = useSummaryStyles();
  const id = useId();
  const { next } = props;
  return (
    <section className={styles.section} aria-labelledby={`${id}-next`}>
      <Text as="h2" size={500} weight="semibold" className={styles.heading} id={`${id}-next`}>
        Next meeting
      </Text>
      {next ? (
        <>
          <div className={styles.item}>
            <Text weight="semibold">{props.title}</Text>
            <Text>
              {next.dateLabel}, {next.timeLabel}
            </Text>
          </div>
          <div className={styles.line}>
            <Text weight="semibold">Mission Moment:</Text>
            <Text>
              {next.presenterId
                ? (props.names.get(next.presenterId) ?? 'a former member')
                : 'nobody is available: ask for a volunteer'}
            </Text>
            {next.presenterReason === 'override' && (
              <Badge appearance="outline" shape="rounded">
                Swapped or volunteered
              </Badge>
            )}
          </div>
          <Text as="h3" size={400} weight="semibold" className={styles.subheading}>
            Agenda
          </Text>
          <ol className={styles.list}>
            {next.agenda.map((slot) => (
              <li key={slot.item.id} className={styles.item}>
                <div className={styles.line}>
                  <Text weight="semibold">
                    {slot.startLocal}–{slot.endLocal}
                  </Text>
                  <Text>{slot.item.title}</Text>
                  <Text size={200} className={styles.muted}>
                    ({slot.item.minutes} min)
                  </Text>
                </div>
                {slot.item.guidance && (
                  <Text size={200} className={styles.muted}>
                    {slot.item.guidance}
                  </Text>
                )}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <Text className={styles.muted}>
          No meeting is planned: the series has ended. Plan the next one in the cadence planner.
        </Text>
      )}
    </section>
  );
}
