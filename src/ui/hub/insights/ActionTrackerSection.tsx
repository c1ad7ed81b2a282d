import {
  Button,
  Dropdown,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { BadgeProps } from '@fluentui/react-components';
import {
  ACTION_STATUS_OPTIONS,
  describeStatusConflict,
  shownActionStatus,
} from '../../../domain/insights';
import type { ActionTrackerEntry } from '../../../domain/insights';
import { ACTION_STATUS_LABELS } from '../../../domain/records';
import type { ActionStatus } from '../../../domain/records';
import type { InsightPart, PlannerStatusRead, TeamInsightRecords } from '../../../graph/insights';
import { describeProblem } from '../../shell/problem';
import { countOf, displayDate } from './displayDate';
import { FilterSelect } from './FilterSelect';
import type { InsightSectionProps } from './insightSection';
import { useInsightStyles } from './insightStyles';
import { SectionFrame } from './SectionFrame';
import { StatusBadge } from './StatusBadge';
import { useActionStatusEdits } from './useActionStatusEdits';
import type { ActionStatusEdits } from './useActionStatusEdits';
import { useActionTracker } from './useActionTracker';
import { useInsightRecords } from './useInsightRecords';
import { useHasRoomForTable } from './useViewportWidth';

const TRACKER_PARTS: readonly InsightPart[] = ['actions', 'cadences'];

const STATUS_COLORS: Readonly<Record<ActionStatus, NonNullable<BadgeProps['color']>>> = {
  notStarted: 'subtle',
  inProgress: 'informative',
  completed: 'success',
};

/**
 * The action tracker: every action with its owner, due date and status from Planner, overdue
 * ones first, filterable by owner and status. Each status can be changed here: it is saved to the
 * action's Planner task, and a change someone else made first is shown, never overwritten.
 */
export function ActionTrackerSection(props: InsightSectionProps) {
  const state = useInsightRecords({
    workspace: props.workspace,
    parts: TRACKER_PARTS,
    now: props.now,
  });
  return (
    <SectionFrame title="Action tracker" doing="read the actions" state={state}>
      {(records, readAt) => <Tracker {...props} records={records} readAt={readAt} />}
    </SectionFrame>
  );
}

function Tracker(
  props: InsightSectionProps & { readonly records: TeamInsightRecords; readonly readAt: Date },
) {
  const styles = useInsightStyles();
  const edits = useActionStatusEdits({ workspace: props.workspace, records: props.records });
  const tracker = useActionTracker({ ...props, records: edits.records });
  const hasRoomForTable = useHasRoomForTable();
  if (tracker.all.length === 0) {
    return (
      <p className={styles.emptyState}>
        No actions yet: capture them in the meeting side panel with an owner and a due date, and
        publish the summary to create their Planner tasks.
      </p>
    );
  }
  const { progress } = tracker;
  return (
    <>
      <PlannerNote planner={props.records.planner} />
      <div className={styles.filters} role="group" aria-label="Filter actions">
        <FilterSelect
          label="Owner"
          allLabel="Every owner"
          value={tracker.filter.ownerId}
          choices={tracker.owners}
          onChange={tracker.setOwner}
        />
        <FilterSelect
          label="Status"
          allLabel="Every status"
          value={tracker.filter.status}
          choices={tracker.statuses}
          onChange={tracker.setStatus}
        />
      </div>
      <p className={styles.summary} role="status">
        {`Showing ${tracker.visible.length} of ${countOf(progress.total, 'action')}: ${progress.overdue} overdue, ${progress.onTrack} open on time, ${progress.completed} completed.`}
      </p>
      {tracker.visible.length === 0 ? (
        <p className={styles.emptyState}>
          No action matches these filters.{' '}
          <Button appearance="transparent" onClick={tracker.clearFilter}>
            Show every action
          </Button>
        </p>
      ) : hasRoomForTable ? (
        <ActionTable entries={tracker.visible} edits={edits} />
      ) : (
        <ActionList entries={tracker.visible} edits={edits} />
      )}
    </>
  );
}

/** Says when the statuses are the records' own because Planner could not be read. */
function PlannerNote({ planner }: { readonly planner: PlannerStatusRead }) {
  if (planner.state !== 'failed') return null;
  const problem = describeProblem(planner.error, "read the actions' statuses from Planner");
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Statuses may be out of date</MessageBarTitle>
        {`${problem.title}. ${problem.message} The statuses shown are the ones saved with each action.`}
      </MessageBarBody>
    </MessageBar>
  );
}

interface EntryProps {
  readonly entry: ActionTrackerEntry;
  readonly edits: ActionStatusEdits;
}

function Badges({ entry, edits }: EntryProps) {
  const styles = useInsightStyles();
  const editable = edits.canEdit(entry.action.id);
  return (
    <div className={styles.badges}>
      {entry.isOverdue && (
        <StatusBadge color="danger">{`Overdue by ${countOf(entry.daysOverdue, 'day')}`}</StatusBadge>
      )}
      {!editable && (
        <StatusBadge color={STATUS_COLORS[entry.action.status]}>{entry.statusLabel}</StatusBadge>
      )}
    </div>
  );
}

/** The status control of an action with a Planner task, and where its last change stands. */
function StatusEditor({ entry, edits }: EntryProps) {
  const styles = useInsightStyles();
  const { action } = entry;
  if (!edits.canEdit(action.id)) return null;
  const edit = edits.editOf(action.id);
  const shown = shownActionStatus(action.status, edit);
  return (
    <div className={styles.statusEditor}>
      <Dropdown
        className={styles.statusControl}
        aria-label={`Status of ${action.title}`}
        value={ACTION_STATUS_LABELS[shown]}
        selectedOptions={[shown]}
        disabled={edit?.state === 'saving'}
        onOptionSelect={(_event, data) => {
          const status = data.optionValue as ActionStatus | undefined;
          if (status && status !== shown) edits.save(action.id, status);
        }}
      >
        {ACTION_STATUS_OPTIONS.map((option) => (
          <Option key={option.value} value={option.value}>
            {option.label}
          </Option>
        ))}
      </Dropdown>
      <EditFeedback entry={entry} edits={edits} />
    </div>
  );
}

function EditFeedback({ entry, edits }: EntryProps) {
  const styles = useInsightStyles();
  const { action } = entry;
  const edit = edits.editOf(action.id);
  if (edit?.state === 'conflict') {
    const conflict = describeStatusConflict(edit);
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{conflict.title}</MessageBarTitle>
          {conflict.message}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => edits.keepTheirs(action.id)}>Use theirs</Button>
          <Button appearance="primary" onClick={() => edits.save(action.id, edit.mine)}>
            Save mine again
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (edit?.state === 'failed') {
    const problem = describeProblem(edit.error, 'save the status to Planner');
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{problem.title}</MessageBarTitle>
          {problem.message}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => edits.save(action.id, edit.status)}>Try again</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return (
    <span className={styles.editNote} role="status">
      {edit?.state === 'saving' ? 'Saving to Planner…' : edit?.state === 'saved' ? 'Saved' : ''}
    </span>
  );
}

interface EntriesProps {
  readonly entries: readonly ActionTrackerEntry[];
  readonly edits: ActionStatusEdits;
}

function ActionTable({ entries, edits }: EntriesProps) {
  const styles = useInsightStyles();
  return (
    <Table aria-label="Actions" className={styles.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Action</TableHeaderCell>
          <TableHeaderCell>Owner</TableHeaderCell>
          <TableHeaderCell>Due</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.action.id}>
            <TableCell>{entry.action.title}</TableCell>
            <TableCell>{entry.ownerName}</TableCell>
            <TableCell>{displayDate(entry.action.dueDate)}</TableCell>
            <TableCell>
              <Badges entry={entry} edits={edits} />
              <StatusEditor entry={entry} edits={edits} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function ActionList({ entries, edits }: EntriesProps) {
  const styles = useInsightStyles();
  return (
    <ul className={styles.list} aria-label="Actions">
      {entries.map((entry) => (
        <li key={entry.action.id} className={styles.card}>
          <h3 className={styles.cardTitle}>{entry.action.title}</h3>
          <Badges entry={entry} edits={edits} />
          <StatusEditor entry={entry} edits={edits} />
          <dl className={styles.facts}>
            <dt className={styles.factName}>Owner</dt>
            <dd className={styles.factValue}>{entry.ownerName}</dd>
            <dt className={styles.factName}>Due</dt>
            <dd className={styles.factValue}>{displayDate(entry.action.dueDate)}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
