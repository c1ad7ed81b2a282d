import { Badge, Text } from '@fluentui/react-components';
import { useId } from 'react';
import type { MeetingSummary } from '../../domain/summary';
import {
  SUMMARY_EMPTY,
  SUMMARY_HEADINGS,
  describeRoleHolder,
  listOrNone,
} from '../../domain/summary';
import { isPendingApproval } from '../../domain/summaryReview';
import { useSummaryStyles } from './summaryStyles';

export interface SummaryContentProps {
  readonly summary: MeetingSummary;
  /** The heading level of the sections (their parent's + 1). */
  readonly level: 2 | 3;
}

/**
 * The summary's content for people to read on screen: the Mission Moment, decisions (pending
 * approvals marked in words, not colour alone), actions with owner and due date, attendance.
 */
export function SummaryContent({ summary, level }: SummaryContentProps) {
  const styles = useSummaryStyles();
  const Heading = level === 2 ? 'h2' : 'h3';
  const moment = summary.missionMoment;
  const id = useId();
  return (
    <>
      <section className={styles.section} aria-labelledby={`${id}-mission-moment`}>
        <Text
          as={Heading}
          size={400}
          weight="semibold"
          className={styles.heading}
          id={`${id}-mission-moment`}
        >
          {SUMMARY_HEADINGS.missionMoment}
        </Text>
        {moment ? (
          <>
            <div className={styles.line}>
              <Text weight="semibold">{moment.presenterName}</Text>
              <Badge
                appearance="tint"
                color={moment.livedUpToMission ? 'success' : 'warning'}
                shape="rounded"
              >
                {moment.outcomeLabel}
              </Badge>
            </div>
            <p className={styles.paragraph}>{moment.story}</p>
            <dl className={styles.facts}>
              <dt className={styles.factTitle}>Why</dt>
              <dd className={styles.factValue}>{moment.why}</dd>
              {moment.celebrate && (
                <>
                  <dt className={styles.factTitle}>Celebrate</dt>
                  <dd className={styles.factValue}>{moment.celebrate}</dd>
                </>
              )}
              {moment.lesson && (
                <>
                  <dt className={styles.factTitle}>Lesson</dt>
                  <dd className={styles.factValue}>{moment.lesson}</dd>
                </>
              )}
            </dl>
          </>
        ) : (
          <Text className={styles.muted}>{SUMMARY_EMPTY.missionMoment}</Text>
        )}
      </section>

      <section className={styles.section} aria-labelledby={`${id}-decisions`}>
        <Text
          as={Heading}
          size={400}
          weight="semibold"
          className={styles.heading}
          id={`${id}-decisions`}
        >
          {SUMMARY_HEADINGS.decisions} ({summary.decisions.length})
        </Text>
        {summary.decisions.length === 0 ? (
          <Text className={styles.muted}>{SUMMARY_EMPTY.decisions}</Text>
        ) : (
          <ul className={styles.list}>
            {summary.decisions.map((decision, index) => (
              <li key={index} className={styles.item}>
                <div className={styles.line}>
                  <Text weight="semibold">{decision.statement}</Text>
                  {isPendingApproval(decision) ? (
                    <Badge appearance="tint" color="warning" shape="rounded">
                      Pending approval
                    </Badge>
                  ) : (
                    <Badge appearance="tint" color="informative" shape="rounded">
                      {decision.statusLabel}
                    </Badge>
                  )}
                </div>
                <Text size={200} className={styles.muted}>
                  {decision.categoryName} · {decision.statusLabel}
                </Text>
                {decision.rationale && <p className={styles.paragraph}>{decision.rationale}</p>}
                <Text size={200}>
                  Driver: {describeRoleHolder(decision.driver)}; approver:{' '}
                  {describeRoleHolder(decision.approver)}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className={styles.section} aria-labelledby={`${id}-actions`}>
        <Text
          as={Heading}
          size={400}
          weight="semibold"
          className={styles.heading}
          id={`${id}-actions`}
        >
          {SUMMARY_HEADINGS.newActions} ({summary.newActions.length})
        </Text>
        {summary.newActions.length === 0 ? (
          <Text className={styles.muted}>{SUMMARY_EMPTY.newActions}</Text>
        ) : (
          <ul className={styles.list}>
            {summary.newActions.map((action, index) => (
              <li key={index} className={styles.item}>
                <Text weight="semibold">{action.title}</Text>
                <Text size={200}>
                  Owner: {action.ownerName} · due {action.dueDate}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className={styles.section} aria-labelledby={`${id}-attendance`}>
        <Text
          as={Heading}
          size={400}
          weight="semibold"
          className={styles.heading}
          id={`${id}-attendance`}
        >
          {SUMMARY_HEADINGS.attendance}
        </Text>
        {summary.attendance.length === 0 ? (
          <Text className={styles.muted}>{SUMMARY_EMPTY.attendance}</Text>
        ) : (
          <dl className={styles.facts}>
            {summary.attendance.map((department) => (
              <div key={department.department} className={styles.factGroup}>
                <dt className={styles.factTitle}>{department.departmentLabel}</dt>
                <dd className={styles.factValue}>
                  Present: {listOrNone(department.attendees)}. Absent:{' '}
                  {listOrNone(department.absentees)}.
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>
    </>
  );
}
