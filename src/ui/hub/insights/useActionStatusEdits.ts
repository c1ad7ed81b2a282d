import { useCallback, useMemo, useState } from 'react';
import type { ActionItemId } from '../../../domain/ids';
import { teamTimeZone } from '../../../domain/insights';
import type { ActionStatusEdit } from '../../../domain/insights';
import type { ActionStatus } from '../../../domain/records';
import type { TeamInsightRecords } from '../../../graph/insights';
import { PlannerConflictError, updateActionTask, withPlannerStatus } from '../../../graph/planner';
import type { PlannerActionTask } from '../../../graph/planner';
import type { CxWorkspace } from '../../../graph/workspace';

/**
 * An {@link ActionStatusEdit} as the tracker holds it: a `failed` one keeps its error, for
 * `describeProblem`.
 */
export type TrackedStatusEdit =
  | Exclude<ActionStatusEdit, { readonly state: 'failed' }>
  | (Extract<ActionStatusEdit, { readonly state: 'failed' }> & { readonly error: unknown });

export interface ActionStatusEdits {
  /** The records with every status saved (or found changed by someone else) since the read. */
  readonly records: TeamInsightRecords;
  /** Whether the action's status can be changed here (it has a Planner task). */
  canEdit(actionId: ActionItemId): boolean;
  editOf(actionId: ActionItemId): TrackedStatusEdit | undefined;
  /** Writes `status` to the action's task with the ETag last seen (If-Match). */
  save(actionId: ActionItemId, status: ActionStatus): void;
  /** After a conflict: keep their status (already read) and drop the person's choice. */
  keepTheirs(actionId: ActionItemId): void;
}

type Put<K, V> = (map: ReadonlyMap<K, V>) => ReadonlyMap<K, V>;
const put =
  <K, V>(key: K, value: V | undefined): Put<K, V> =>
  (map) => {
    const next = new Map(map);
    if (value === undefined) next.delete(key);
    else next.set(key, value);
    return next;
  };

/**
 * Status changes in the action tracker, written to each action's Planner task with `If-Match`.
 * A 412 from someone else's earlier change never overwrites it: the edit becomes a `conflict`
 * holding the person's choice, their task (and its new ETag) is kept, and "save mine again"
 * writes over exactly that version.
 */
export function useActionStatusEdits(input: {
  readonly workspace: CxWorkspace;
  readonly records: TeamInsightRecords;
}): ActionStatusEdits {
  const { workspace, records } = input;
  const [readFrom, setReadFrom] = useState(records);
  const [tasks, setTasks] = useState(records.actionTasks);
  const [edits, setEdits] = useState<ReadonlyMap<ActionItemId, TrackedStatusEdit>>(new Map());
  if (readFrom !== records) {
    // A new read (refresh) replaces what this session knew of the tasks.
    setReadFrom(records);
    setTasks(records.actionTasks);
    setEdits(new Map());
  }
  const timeZone = teamTimeZone(records.cadences);

  const save = useCallback(
    (actionId: ActionItemId, status: ActionStatus) => {
      const task = tasks.get(actionId);
      if (!task) return;
      const setEdit = (edit: TrackedStatusEdit) => setEdits(put(actionId, edit));
      setEdit({ state: 'saving', status });
      updateActionTask(workspace.client, { task, changes: { status }, timeZone }).then(
        (updated) => {
          setTasks(put(actionId, updated));
          setEdit({ state: 'saved', status: updated.status });
        },
        (error: unknown) => {
          if (error instanceof PlannerConflictError) {
            setTasks(put<ActionItemId, PlannerActionTask>(actionId, error.theirs));
            setEdit({ state: 'conflict', mine: status, theirs: error.theirs.status });
            return;
          }
          setEdit({ state: 'failed', status, error: error ?? new Error('Saving failed') });
        },
      );
    },
    [tasks, timeZone, workspace],
  );

  const updatedRecords = useMemo(
    () => ({
      ...records,
      actions: records.actions.map((action) => {
        const task = tasks.get(action.id);
        return task ? withPlannerStatus(action, task) : action;
      }),
      actionTasks: tasks,
    }),
    [records, tasks],
  );

  return {
    records: updatedRecords,
    canEdit: (actionId) => tasks.has(actionId),
    editOf: (actionId) => edits.get(actionId),
    save,
    keepTheirs: (actionId) => setEdits(put<ActionItemId, TrackedStatusEdit>(actionId, undefined)),
  };
}
