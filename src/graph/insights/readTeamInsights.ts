import type { PlannerPlan } from '@microsoft/microsoft-graph-types';
import type { Cadence } from '../../domain/cadence';
import type { ActionItemId } from '../../domain/ids';
import { teamTimeZone } from '../../domain/insights';
import type { ActionItem, Decision, MeetingRecord, MissionMoment } from '../../domain/records';
import { executeBatch } from '../client';
import type { BatchRequest, BatchResult, GraphClient } from '../client';
import {
  allItemsOf,
  matchActionTasks,
  pickTeamPlan,
  readActionTasks,
  teamPlansUrl,
  withPlannerStatus,
} from '../planner';
import type { PlannerActionTask } from '../planner';
import {
  InvalidRecordError,
  actionItemMapper,
  cadenceMapper,
  decisionMapper,
  meetingMapper,
  missionMomentMapper,
} from '../records';
import type { GraphListItem, RecordMapper } from '../records';
import { fieldNamesOf, recordsOfItems } from '../records/listItemMapping';
import { listSchemaOf } from '../records/listSchemas';
import type { RecordListKey } from '../records/listSchemas';
import { withRecordsAccess } from '../records/recordsSite';
import type { CxWorkspace } from '../workspace';

/**
 * Everything the CX hub's insight sections read, in two round trips at most: one `$batch` with a
 * GET per list asked for (and the group's Planner plans when actions are), then the plan's tasks
 * for the actions' live statuses. Further pages of a long list follow `@odata.nextLink`.
 */

/** The records an insight section needs. */
export type InsightPart = 'cadences' | 'meetings' | 'decisions' | 'missionMoments' | 'actions';

export interface ReadTeamInsightsOptions {
  readonly parts: readonly InsightPart[];
  /**
   * With `actions`: read each action's status from its Planner task (percentComplete), the
   * source of truth once the task exists. Default `true`.
   */
  readonly plannerStatuses?: boolean;
  /** The team's plan title, as CX Cadence's settings name it; default the group's only plan. */
  readonly planTitle?: string;
}

/** Whether the actions' statuses came from Planner. */
export type PlannerStatusRead =
  | { readonly state: 'notAsked' }
  | { readonly state: 'read'; readonly taskCount: number }
  /** Planner could not be read (no plan, no access, offline): statuses are the records' own. */
  | { readonly state: 'failed'; readonly error: unknown };

export interface TeamInsightRecords {
  /** Each list is empty when it was not asked for. */
  readonly cadences: readonly Cadence[];
  readonly meetings: readonly MeetingRecord[];
  readonly decisions: readonly Decision[];
  readonly missionMoments: readonly MissionMoment[];
  /** With their Planner statuses when `planner.state` is `read`. */
  readonly actions: readonly ActionItem[];
  /**
   * Each action's Planner task as read (with its ETag, for `updateActionTask`'s `If-Match`);
   * empty unless `planner.state` is `read`. Actions without a task have no entry.
   */
  readonly actionTasks: ReadonlyMap<ActionItemId, PlannerActionTask>;
  /** Items nobody can read (edited by hand in SharePoint): reported, not dropped silently. */
  readonly unreadable: readonly InvalidRecordError[];
  readonly planner: PlannerStatusRead;
}

/** The list each part is read from. */
const LIST_OF_PART: Readonly<Record<InsightPart, RecordListKey>> = {
  cadences: 'cadences',
  meetings: 'meetings',
  decisions: 'decisions',
  missionMoments: 'missionMoments',
  actions: 'actionItems',
};

const PLANS_REQUEST_ID = 'plans';

/**
 * Reads the team's records for the hub's insights.
 *
 * @throws RecordsAccessError when the person may not read the team's lists; a `GraphError` when a
 * list cannot be read. A Planner failure is not thrown: it is reported in `planner`.
 */
export async function readTeamInsights(
  workspace: CxWorkspace,
  options: ReadTeamInsightsOptions,
): Promise<TeamInsightRecords> {
  const { client } = workspace;
  const parts = [...new Set(options.parts)];
  const wantsPlanner = parts.includes('actions') && options.plannerStatuses !== false;
  const requests: BatchRequest[] = parts.map((part) => ({
    id: part,
    method: 'GET',
    url: itemsUrl(workspace, LIST_OF_PART[part]),
  }));
  if (wantsPlanner) {
    requests.push({ id: PLANS_REQUEST_ID, method: 'GET', url: teamPlansUrl(workspace.groupId) });
  }
  const { results } = await withRecordsAccess(() => executeBatch(client, requests));
  const resultOf = (id: string) => results.find((result) => result.id === id);

  const unreadable: InvalidRecordError[] = [];
  const read = async <T>(part: InsightPart, mapper: RecordMapper<T>): Promise<T[]> => {
    const result = resultOf(part);
    if (!result) return [];
    const items = await withRecordsAccess(() => itemsOf<GraphListItem>(client, result));
    const read = recordsOfItems(mapper, items);
    unreadable.push(...read.unreadable);
    return read.records.map((record) => record.value);
  };
  const [cadenceRecords, meetingEntries, decisions, missionMoments, storedActions] =
    await Promise.all([
      read('cadences', cadenceMapper),
      read('meetings', meetingMapper),
      read('decisions', decisionMapper),
      read('missionMoments', missionMomentMapper),
      read('actions', actionItemMapper),
    ]);
  const cadences = cadenceRecords.map((record) => record.cadence);
  const planner = wantsPlanner
    ? await readPlannerStatuses(client, {
        plans: resultOf(PLANS_REQUEST_ID),
        groupId: workspace.groupId,
        planTitle: options.planTitle,
        timeZone: teamTimeZone(cadences),
        actions: storedActions,
      })
    : { read: { state: 'notAsked' } as const, actions: storedActions, tasks: new Map() };
  return {
    cadences,
    meetings: meetingEntries.map((entry) => entry.record),
    decisions,
    missionMoments,
    actions: planner.actions,
    actionTasks: planner.tasks,
    unreadable,
    planner: planner.read,
  };
}

function itemsUrl(workspace: CxWorkspace, list: RecordListKey): string {
  const { siteId, listIds } = workspace.location;
  const fields = fieldNamesOf(listSchemaOf(list)).join(',');
  return `/sites/${siteId}/lists/${listIds[list]}/items?$select=id,eTag&$expand=fields($select=${fields})`;
}

/** Every item of a collection whose first page came back in the batch; its failure thrown. */
async function itemsOf<T>(client: GraphClient, result: BatchResult<unknown>): Promise<T[]> {
  if (!result.ok) throw result.error;
  return allItemsOf<T>(client, result.body);
}

async function readPlannerStatuses(
  client: GraphClient,
  input: {
    readonly plans: BatchResult<unknown> | undefined;
    readonly groupId: string;
    readonly planTitle: string | undefined;
    readonly timeZone: string;
    readonly actions: readonly ActionItem[];
  },
): Promise<{
  read: PlannerStatusRead;
  actions: readonly ActionItem[];
  tasks: ReadonlyMap<ActionItemId, PlannerActionTask>;
}> {
  if (input.actions.length === 0) {
    return { read: { state: 'read', taskCount: 0 }, actions: [], tasks: new Map() };
  }
  try {
    if (!input.plans) throw new RangeError('The Planner plans were not asked for');
    const plans = await itemsOf<PlannerPlan>(client, input.plans);
    const plan = pickTeamPlan(plans, {
      groupId: input.groupId,
      ...(input.planTitle === undefined ? {} : { planTitle: input.planTitle }),
    });
    const tasks = await readActionTasks(client, { planId: plan.id, timeZone: input.timeZone });
    const matches = matchActionTasks(input.actions, tasks);
    return {
      read: { state: 'read', taskCount: tasks.length },
      actions: input.actions.map((action) => {
        const task = matches.get(action.id);
        return task ? withPlannerStatus(action, task) : action;
      }),
      tasks: matches,
    };
  } catch (error) {
    return { read: { state: 'failed', error }, actions: input.actions, tasks: new Map() };
  }
}
