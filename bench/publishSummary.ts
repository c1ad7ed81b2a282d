/**
 * What does recording and publishing a meeting cost in Graph traffic? Against the in-process Graph
 * emulator (demo tenant, fixed clock), for a CX Council meeting on 2 March 2026 with a Mission
 * Moment, 5 decisions and 8 actions, whose summary goes to the 11 council members:
 *
 * Publishing (`publishSummary`: the chat message, the mail, a Planner task per action):
 * - `publishSummary` first time (the cadence's Planner bucket is created on the way);
 * - `publishSummary` again (finds every step done, writes nothing);
 * - one call per item, measured in the same run: the same job the naive way, each request awaited
 *   before the next and no look-before-write: the team's plans, the plan's buckets, the group's
 *   members (for the same To/Bcc split), the bucket POST, the chat POST, one `sendMail` for all
 *   recipients (Graph takes many recipients in one mail; one mail per recipient would only inflate
 *   the baseline), then one `POST /planner/tasks` per action. It uses the flow's own message and
 *   task builders, so only the traffic differs. It is not safe to run twice: that is what the
 *   flow's look-ups buy.
 *
 * Recording (the side panel's capture, lists already provisioned and their location known, the
 * meeting's record already there):
 * - record repositories: `syncMeetingEntries`, the side panel's own save: at the same time the
 *   Mission Moment `append` and the decisions' and actions' `appendMany` (each a look-up by key,
 *   then one `$batch`), then the meeting record read and `update`d (If-Match) to link them;
 * - one list item per record: a `POST …/items` per Mission Moment, decision and action, then the
 *   meeting record's PATCH, no look-ups (so a retry would duplicate).
 *
 * Not counted in either: linking each action record to its new task (`plannerTaskId`), which the
 * side panel saves after publishing. Bytes are request and response bodies (see graphCost.ts).
 *
 *   npx tsx bench/publishSummary.ts
 */
import type {
  OnlineMeeting,
  PlannerBucket,
  PlannerPlan,
  User,
} from '@microsoft/microsoft-graph-types';
import { DEMO_CX_GROUP_ID, DEMO_PEOPLE, upnOf } from '../emulator/seed';
import { startEmulator, type RunningEmulator } from '../emulator/server';
import { cadenceId, occurrenceId } from '../src/domain/ids';
import type { MeetingSummary } from '../src/domain/summary';
import type { GraphClient, GraphPage } from '../src/graph/client';
import {
  actionTaskCreateRequests,
  pickTeamPlan,
  planBucketsUrl,
  teamPlansUrl,
} from '../src/graph/planner';
import {
  publishSummary,
  splitSummaryRecipients,
  summaryChatMessage,
  summaryMail,
  summaryReference,
  teamAddressesOf,
  teamMembersLookup,
  type PublishSummaryOptions,
} from '../src/graph/publishing';
import {
  NOT_PUBLISHED,
  actionItemMapper,
  decisionMapper,
  meetingMapper,
  missionMomentMapper,
  type MeetingEntry,
  type RecordMapper,
  type RecordsLocation,
  type StoredRecord,
} from '../src/graph/records';
import { fieldsOf } from '../src/graph/records/listItemMapping';
import { syncMeetingEntries, type MeetingEntryValue } from '../src/graph/meetingPanel';
import { openCxWorkspace, workspaceAt } from '../src/graph/workspace';
import {
  describeRatio,
  formatCostTable,
  measureGraphCost,
  type CostRow,
  type GraphCostFigures,
} from './graphCost';
import {
  councilCharter,
  meetingOutcomes,
  summaryOf,
  type MeetingOutcomes,
} from './meetingOutcomes';

export type PublishSummaryBenchRow = GraphCostFigures & {
  readonly approach: string;
  readonly decisions: number;
  readonly actions: number;
  readonly recipients: number;
};

export type RecordMeetingBenchRow = GraphCostFigures & {
  readonly approach: string;
  /** List items written: Mission Moment, decisions, actions (the meeting record is updated). */
  readonly listItems: number;
};

export interface PublishSummaryBench {
  readonly publish: readonly PublishSummaryBenchRow[];
  readonly record: readonly RecordMeetingBenchRow[];
}

export const BENCH_DECISIONS = 5;
export const BENCH_ACTIONS = 8;
const NOW = new Date('2026-03-02T12:00:00Z');
const TEAM_ZONE = 'GMT Standard Time';
const BUCKET = 'CX Council';
const MEETING = {
  cadenceId: cadenceId('cx-council'),
  occurrenceId: occurrenceId('2026-03-02T15:00:00Z'),
  scheduledStart: '2026-03-02T15:00:00Z',
};

interface BenchMeeting {
  readonly outcomes: MeetingOutcomes;
  readonly summary: MeetingSummary;
}

function benchMeeting(): BenchMeeting {
  const charter = councilCharter();
  const outcomes = meetingOutcomes({
    meeting: MEETING,
    charter,
    decisions: BENCH_DECISIONS,
    actions: BENCH_ACTIONS,
  });
  return {
    outcomes,
    summary: summaryOf(outcomes, { charter, title: 'CX Council', timeZone: TEAM_ZONE }),
  };
}

/**
 * The 2 March Teams meeting with the council invited, created by the CX lead (not measured), and
 * its chat's id, found as the app finds it: join URL → `onlineMeetings` → `chatInfo.threadId`.
 */
async function createMeetingChat(client: GraphClient): Promise<string> {
  const event = await client.request<{ onlineMeeting: { joinUrl: string } }>({
    method: 'POST',
    url: '/me/events',
    body: {
      subject: 'CX Council',
      start: { dateTime: '2026-03-02T15:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-03-02T16:00:00', timeZone: 'UTC' },
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      attendees: DEMO_PEOPLE.filter((person) => person.isCxMember).map((person) => ({
        emailAddress: { address: upnOf(person) },
        type: 'required',
      })),
    },
  });
  const filter = encodeURIComponent(`JoinWebUrl eq '${event.onlineMeeting.joinUrl}'`);
  const meetings = await client.request<GraphPage<OnlineMeeting>>({
    method: 'GET',
    url: `/me/onlineMeetings?$filter=${filter}`,
  });
  const chatId = meetings.value[0]?.chatInfo?.threadId;
  if (!chatId) throw new Error('The Teams meeting has no chat');
  return chatId;
}

function publishOptions(meeting: BenchMeeting, chatId: string): PublishSummaryOptions {
  return {
    summary: meeting.summary,
    meetingId: meeting.outcomes.meetingId,
    chatId,
    groupId: DEMO_CX_GROUP_ID,
    actions: meeting.outcomes.actions,
    planner: { bucketName: BUCKET, planTitle: 'CX Council', timeZone: TEAM_ZONE },
  };
}

/** The same publication, one request per item, each awaited before the next (module comment). */
async function publishOneCallPerItem(
  client: GraphClient,
  options: PublishSummaryOptions,
): Promise<void> {
  const get = <T>(url: string) => client.request<T>({ method: 'GET', url });
  const plans = await get<GraphPage<PlannerPlan>>(teamPlansUrl(options.groupId));
  const plan = pickTeamPlan(plans.value, { groupId: options.groupId, planTitle: 'CX Council' });
  const buckets = await get<GraphPage<PlannerBucket>>(planBucketsUrl(plan.id ?? ''));
  const members = await get<GraphPage<User>>(teamMembersLookup('members', options.groupId).url);
  const bucket =
    buckets.value.find((candidate) => candidate.name === BUCKET) ??
    (await client.request<PlannerBucket>({
      method: 'POST',
      url: '/planner/buckets',
      body: { name: BUCKET, planId: plan.id, orderHint: ' !' },
    }));
  const reference = summaryReference({ meetingId: options.meetingId });
  await client.request({
    method: 'POST',
    url: `/chats/${encodeURIComponent(options.chatId)}/messages`,
    body: summaryChatMessage({ summary: options.summary, reference, format: 'html' }),
  });
  await client.request({
    method: 'POST',
    url: '/me/sendMail',
    body: summaryMail({
      summary: options.summary,
      reference,
      recipients: splitSummaryRecipients(
        options.summary.recipients,
        teamAddressesOf(members.value),
      ),
    }),
  });
  const creates = actionTaskCreateRequests(options.actions, {
    planId: plan.id ?? '',
    bucketId: bucket.id ?? '',
    timeZone: options.planner.timeZone,
  });
  for (const create of creates) {
    await client.request({ method: 'POST', url: create.url, body: create.body });
  }
}

async function runPublishRows(emulator: RunningEmulator): Promise<PublishSummaryBenchRow[]> {
  const meeting = benchMeeting();
  let chatId = '';
  const setUp = async (client: GraphClient) => {
    chatId = await createMeetingChat(client);
  };
  const row = (approach: string, figures: GraphCostFigures): PublishSummaryBenchRow => ({
    approach,
    decisions: BENCH_DECISIONS,
    actions: BENCH_ACTIONS,
    recipients: meeting.summary.recipients.length,
    ...figures,
  });
  const first = await measureGraphCost(
    emulator,
    (client) => publishSummary(client, publishOptions(meeting, chatId)),
    { setUp },
  );
  const again = await measureGraphCost(
    emulator,
    (client) => publishSummary(client, publishOptions(meeting, chatId)),
    { keepState: true },
  );
  const baseline = await measureGraphCost(
    emulator,
    (client) => publishOneCallPerItem(client, publishOptions(meeting, chatId)),
    { setUp },
  );
  return [
    row('publishSummary', first),
    row('publishSummary again (no change)', again),
    row('one call per item', baseline),
  ];
}

async function runRecordRows(emulator: RunningEmulator): Promise<RecordMeetingBenchRow[]> {
  const { outcomes } = benchMeeting();
  const listItems = 1 + outcomes.decisions.length + outcomes.actions.length;
  let location: RecordsLocation | undefined;
  let stored: StoredRecord<MeetingEntry> | undefined;
  const linked: MeetingEntry = { record: outcomes.record, summary: NOT_PUBLISHED };
  const unlinked: MeetingEntry = {
    record: { ...outcomes.record, missionMomentId: undefined, decisionIds: [], actionIds: [] },
    summary: NOT_PUBLISHED,
  };
  // Lists provisioned and the meeting's record created, as scheduling and opening the panel leave them.
  const setUp = async (client: GraphClient) => {
    const workspace = await openCxWorkspace({ client, groupId: DEMO_CX_GROUP_ID });
    location = workspace.location;
    stored = await workspace.meetings.create(JSON.parse(JSON.stringify(unlinked)) as MeetingEntry);
  };
  const workspaceOf = (client: GraphClient) => {
    if (!location) throw new Error('The records were not provisioned');
    return workspaceAt({ client, groupId: DEMO_CX_GROUP_ID, location });
  };
  const repositories = await measureGraphCost(
    emulator,
    async (client) => {
      const { record } = outcomes;
      const report = await syncMeetingEntries({
        workspace: workspaceOf(client),
        meeting: {
          cadenceId: record.cadenceId,
          occurrenceId: record.occurrenceId,
          meetingId: outcomes.meetingId,
          scheduledStart: record.scheduledStart,
          invited: record.attendance,
        },
        entries: [
          { kind: 'missionMoment', value: outcomes.missionMoment },
          ...outcomes.decisions.map((value): MeetingEntryValue => ({ kind: 'decision', value })),
          ...outcomes.actions.map((value): MeetingEntryValue => ({ kind: 'action', value })),
        ],
      });
      const [failure] = report.failed;
      if (failure) throw failure.error;
    },
    { setUp },
  );
  const baseline = await measureGraphCost(
    emulator,
    async (client) => {
      const { records } = workspaceOf(client);
      const itemsUrl = (list: keyof RecordsLocation['listIds']) =>
        `/sites/${records.siteId}/lists/${records.listIds[list]}/items`;
      const post = async <T>(mapper: RecordMapper<T>, value: T) =>
        client.request({
          method: 'POST',
          url: itemsUrl(mapper.list),
          body: { fields: fieldsOf(mapper, value) },
        });
      await post(missionMomentMapper, outcomes.missionMoment);
      for (const decision of outcomes.decisions) await post(decisionMapper, decision);
      for (const action of outcomes.actions) await post(actionItemMapper, action);
      await client.request({
        method: 'PATCH',
        url: `${itemsUrl('meetings')}/${stored?.itemId ?? ''}/fields`,
        body: fieldsOf(meetingMapper, linked),
      });
    },
    { setUp },
  );
  return [
    { approach: 'record repositories', listItems, ...repositories },
    { approach: 'one list item per record', listItems, ...baseline },
  ];
}

/** Both tables against one in-process emulator (demo tenant, fixed clock). */
export async function runPublishSummaryBench(): Promise<PublishSummaryBench> {
  const emulator = await startEmulator({ port: 0, inMemory: true, seed: 'demo', now: () => NOW });
  try {
    return { publish: await runPublishRows(emulator), record: await runRecordRows(emulator) };
  } finally {
    await emulator.close();
  }
}

export function formatPublishSummaryBench(bench: PublishSummaryBench): string {
  const [published, , publishBaseline] = bench.publish;
  const [recorded, recordBaseline] = bench.record;
  const recipients = bench.publish[0]?.recipients ?? 0;
  const ratio = (flow: CostRow | undefined, baseline: CostRow | undefined) =>
    flow && baseline ? [describeRatio(flow, baseline)] : [];
  return [
    formatCostTable(
      `Publishing a summary (${BENCH_DECISIONS} decisions, ${BENCH_ACTIONS} actions, ${recipients} recipients) against the Graph emulator`,
      bench.publish,
    ),
    ...ratio(published, publishBaseline),
    '',
    formatCostTable(
      `Recording the meeting (1 Mission Moment, ${BENCH_DECISIONS} decisions, ${BENCH_ACTIONS} actions, the meeting record)`,
      bench.record,
    ),
    ...ratio(recorded, recordBaseline),
  ].join('\n');
}

if (require.main === module) {
  runPublishSummaryBench()
    .then((bench) => console.log(formatPublishSummaryBench(bench)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
