import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { BadgeProps } from '@fluentui/react-components';
import type { DecisionLogEntry, DecisionRoleLabel } from '../../../domain/insights';
import type { DecisionStatus } from '../../../domain/records';
import type { InsightPart, TeamInsightRecords } from '../../../graph/insights';
import { countOf, displayDate } from './displayDate';
import { FilterSelect } from './FilterSelect';
import type { InsightSectionProps } from './insightSection';
import { useInsightStyles } from './insightStyles';
import { SectionFrame } from './SectionFrame';
import { StatusBadge } from './StatusBadge';
import { useDecisionLog } from './useDecisionLog';
import { useInsightRecords } from './useInsightRecords';
import { useHasRoomForTable } from './useViewportWidth';

const DECISION_LOG_PARTS: readonly InsightPart[] = ['decisions', 'meetings', 'cadences'];

const STATUS_COLORS: Readonly<Record<DecisionStatus, NonNullable<BadgeProps['color']>>> = {
  pendingApproval: 'warning',
  deferred: 'informative',
  approved: 'success',
  rejected: 'danger',
};

/**
 * The decision log: every decision the team recorded, pending approvals first, filterable by
 * category, role, status and meeting. A table when there is room, a stacked list below 720 px.
 */
export function DecisionLogSection(props: InsightSectionProps) {
  const state = useInsightRecords({
    workspace: props.workspace,
    parts: DECISION_LOG_PARTS,
    now: props.now,
  });
  return (
    <SectionFrame title="Decision log" doing="read the decision log" state={state}>
      {(records) => <DecisionLog {...props} records={records} />}
    </SectionFrame>
  );
}

function DecisionLog(props: InsightSectionProps & { readonly records: TeamInsightRecords }) {
  const styles = useInsightStyles();
  const log = useDecisionLog(props);
  const hasRoomForTable = useHasRoomForTable();
  if (log.all.length === 0) {
    return (
      <p className={styles.emptyState}>
        No decisions recorded yet: capture them in the meeting side panel during your next CX
        meeting, with their category, driver and approver.
      </p>
    );
  }
  const pending = log.all.filter((entry) => entry.isAwaitingApproval).length;
  return (
    <>
      <div className={styles.filters} role="group" aria-label="Filter decisions">
        <FilterSelect
          label="Category"
          allLabel="All categories"
          value={log.filter.categoryId}
          choices={log.choices.categories}
          onChange={(categoryId) => log.setFilter({ categoryId })}
        />
        <FilterSelect
          label="Role"
          allLabel="All roles"
          value={log.filter.roleId}
          choices={log.choices.roles}
          onChange={(roleId) => log.setFilter({ roleId })}
        />
        <FilterSelect
          label="Status"
          allLabel="All statuses"
          value={log.filter.status}
          choices={log.choices.statuses}
          onChange={(status) => log.setFilter({ status })}
        />
        <FilterSelect
          label="Meeting"
          allLabel="All meetings"
          value={log.filter.meetingId}
          choices={log.choices.meetings.map((meeting) => ({
            value: meeting.value,
            label: displayDate(meeting.label),
          }))}
          onChange={(meetingId) => log.setFilter({ meetingId })}
        />
      </div>
      <p className={styles.summary} role="status">
        {`Showing ${log.visible.length} of ${countOf(log.all.length, 'decision')}; ${pending} pending approval.`}
      </p>
      {log.visible.length === 0 ? (
        <p className={styles.emptyState}>
          No decision matches these filters.{' '}
          <Button appearance="transparent" onClick={log.clearFilter}>
            Show every decision
          </Button>
        </p>
      ) : hasRoomForTable ? (
        <DecisionTable entries={log.visible} />
      ) : (
        <DecisionList entries={log.visible} />
      )}
    </>
  );
}

const roleText = (label: DecisionRoleLabel) => `${label.roleName} (${label.memberName})`;

function DecisionTable({ entries }: { readonly entries: readonly DecisionLogEntry[] }) {
  const styles = useInsightStyles();
  return (
    <Table aria-label="Decisions" className={styles.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Decision</TableHeaderCell>
          <TableHeaderCell>Category</TableHeaderCell>
          <TableHeaderCell>Driver</TableHeaderCell>
          <TableHeaderCell>Approver</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell>Meeting</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.decision.id}>
            <TableCell>{entry.decision.statement}</TableCell>
            <TableCell>{entry.categoryName}</TableCell>
            <TableCell>{roleText(entry.driver)}</TableCell>
            <TableCell>{roleText(entry.approver)}</TableCell>
            <TableCell>
              <StatusBadge color={STATUS_COLORS[entry.decision.status]}>
                {entry.statusLabel}
              </StatusBadge>
            </TableCell>
            <TableCell>{displayDate(entry.meetingDate)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function DecisionList({ entries }: { readonly entries: readonly DecisionLogEntry[] }) {
  const styles = useInsightStyles();
  return (
    <ul className={styles.list} aria-label="Decisions">
      {entries.map((entry) => (
        <li key={entry.decision.id} className={styles.card}>
          <h3 className={styles.cardTitle}>{entry.decision.statement}</h3>
          <div className={styles.badges}>
            <StatusBadge color={STATUS_COLORS[entry.decision.status]}>
              {entry.statusLabel}
            </StatusBadge>
          </div>
          <dl className={styles.facts}>
            <dt className={styles.factName}>Category</dt>
            <dd className={styles.factValue}>{entry.categoryName}</dd>
            <dt className={styles.factName}>Driver</dt>
            <dd className={styles.factValue}>{roleText(entry.driver)}</dd>
            <dt className={styles.factName}>Approver</dt>
            <dd className={styles.factValue}>{roleText(entry.approver)}</dd>
            <dt className={styles.factName}>Meeting</dt>
            <dd className={styles.factValue}>{displayDate(entry.meetingDate)}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
