import { DEMO_CX_GROUP_ID, DEMO_USER_IDS } from '../../../emulator/seed/constants';
import type { DemoPersonKey } from '../../../emulator/seed/constants';
import { createStandardAgendaTemplate, fitAgendaToDuration } from '../../../src/domain/agenda';
import { cadenceOccurrences } from '../../../src/domain/cadence';
import type { Cadence } from '../../../src/domain/cadence';
import { addDays } from '../../../src/domain/calendarDate';
import {
  DEFAULT_CATEGORY_IDS,
  DEFAULT_ROLE_IDS,
  createDefaultCharter,
} from '../../../src/domain/charter';
import type { Charter } from '../../../src/domain/charter';
import {
  actionItemId,
  cadenceId,
  decisionId,
  memberId,
  missionMomentId,
} from '../../../src/domain/ids';
import type { MemberId, RoleId } from '../../../src/domain/ids';
import {
  captureMissionMoment,
  createActionItem,
  meetingIdOf,
  recordDecision,
} from '../../../src/domain/records';
import type { ActionItem, Decision, MeetingRecord } from '../../../src/domain/records';
import {
  createActionTasks,
  ensureCadenceBucket,
  findTeamPlan,
  readActionTasks,
  updateActionTask,
} from '../../../src/graph/planner';
import type { CxWorkspace } from '../../../src/graph/workspace';

/**
 * A CX team three weeks into its weekly council, written through the real repositories and
 * Planner flows, with every date relative to `now` so the browser test (real clock) and the
 * integration test (fixed clock) see the same story:
 *
 * - cadence "CX Council", weekly, 3 meetings, the last a week ago: 2 held (records), 1 unrecorded;
 * - Mission Moments: lived (Sam, first meeting) and missed (Marcus, second meeting);
 * - decisions: 2 approved, 1 pending approval by the Executive Sponsor;
 * - actions with Planner tasks: 1 overdue (not started), 1 completed, 1 in progress due later.
 */
export const SEED_ZONE = 'UTC';

const member = (key: DemoPersonKey): MemberId => memberId(DEMO_USER_IDS[key]);

export const SEEDED = {
  cadenceTitle: 'CX Council',
  approvedStatement: 'Offer callbacks instead of hold queues',
  pendingStatement: 'Fund a six-week callback pilot',
  ritualStatement: 'Start every council with the customer story',
  livedStory: 'A customer’s refund arrived the same day because service and finance talked first.',
  missedStory: 'A customer waited nine days for a promised call back after a hand-off.',
  overdueAction: 'Publish the callback script',
  completedAction: 'Brief the service agents',
  laterAction: 'Measure repeat calls for the pilot',
} as const;

export interface SeededTeam {
  readonly charter: Charter;
  readonly cadence: Cadence;
  readonly meetings: readonly MeetingRecord[];
  readonly decisions: readonly Decision[];
  readonly actions: readonly ActionItem[];
}

function seededCharter(): Charter {
  const holders: Partial<Record<RoleId, MemberId[]>> = {
    [DEFAULT_ROLE_IDS.executiveSponsor]: [member('amara')],
    [DEFAULT_ROLE_IDS.cxLead]: [member('dana')],
    [DEFAULT_ROLE_IDS.marketing]: [member('sam')],
    [DEFAULT_ROLE_IDS.sales]: [member('marcus')],
    [DEFAULT_ROLE_IDS.customerService]: [member('lukas')],
  };
  const charter = createDefaultCharter();
  return {
    ...charter,
    roles: charter.roles.map((role) => ({ ...role, memberIds: holders[role.id] ?? [] })),
  };
}

function seededCadence(now: Date): Cadence {
  const start = new Date(now.getTime() - 21 * 86_400_000);
  const startDate = start.toISOString().slice(0, 10);
  const weekdays = [
    'sunday',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
  ] as const;
  const attendees = [
    member('dana'),
    member('amara'),
    member('sam'),
    member('marcus'),
    member('lukas'),
  ];
  return {
    id: cadenceId('cx-council-insights'),
    version: 1,
    title: SEEDED.cadenceTitle,
    organizerId: member('dana'),
    attendeeIds: attendees,
    durationMinutes: 60,
    startTime: '09:00',
    timeZone: SEED_ZONE,
    recurrence: {
      frequency: { kind: 'weekly', dayOfWeek: weekdays[start.getUTCDay()] ?? 'monday' },
      range: { kind: 'numberOfMeetings', startDate, numberOfMeetings: 3 },
      firstDayOfWeek: 'sunday',
    },
    agenda: fitAgendaToDuration(createStandardAgendaTemplate(), 60),
    rotation: { memberIds: attendees, overrides: [] },
  };
}

/** Writes the team's records (and Planner tasks) as the signed-in CX lead. */
export async function seedTeamInsights(
  workspace: CxWorkspace,
  options: { readonly now: Date },
): Promise<SeededTeam> {
  const charter = seededCharter();
  const cadence = seededCadence(options.now);
  const [first, second] = cadenceOccurrences(cadence).map((occurrence) => ({
    meetingId: meetingIdOf(cadence.id, occurrence.id),
    occurrenceId: occurrence.id,
    start: occurrence.utcStart,
    date: occurrence.utcStart.slice(0, 10),
  }));
  if (!first || !second) throw new Error('The seeded cadence has fewer than two meetings');

  const attendance = (absent: readonly DemoPersonKey[]) =>
    (
      [
        ['dana', 'cx'],
        ['amara', 'executive'],
        ['sam', 'marketing'],
        ['marcus', 'sales'],
        ['lukas', 'customerService'],
      ] as const
    ).map(([key, department]) => ({
      memberId: member(key),
      department,
      attended: !absent.includes(key),
    }));
  const lived = captureMissionMoment({
    id: missionMomentId('mm-lived'),
    meetingId: first.meetingId,
    occurrenceId: first.occurrenceId,
    presenterId: member('sam'),
    capturedAt: addMinutes(first.start, 5),
    story: SEEDED.livedStory,
    livedUpToMission: true,
    why: 'We kept the promise we made on the phone.',
    celebrate: 'Finance operations',
    lesson: 'Bring finance into refund calls early.',
  });
  const missed = captureMissionMoment({
    id: missionMomentId('mm-missed'),
    meetingId: second.meetingId,
    occurrenceId: second.occurrenceId,
    presenterId: member('marcus'),
    capturedAt: addMinutes(second.start, 5),
    story: SEEDED.missedStory,
    livedUpToMission: false,
    why: 'Nobody owned the call back after sales handed the case to service.',
    lesson: 'Every hand-off names one owner and a date.',
  });
  const decisions = [
    recordDecision({
      charter,
      id: decisionId('d-approved'),
      meetingId: first.meetingId,
      occurrenceId: first.occurrenceId,
      categoryId: DEFAULT_CATEGORY_IDS.journeyChange,
      statement: SEEDED.approvedStatement,
      driver: { roleId: DEFAULT_ROLE_IDS.cxLead, memberId: member('dana') },
      approver: { roleId: DEFAULT_ROLE_IDS.executiveSponsor, memberId: member('amara') },
      decidedAt: addMinutes(first.start, 40),
    }),
    recordDecision({
      charter,
      id: decisionId('d-pending'),
      meetingId: second.meetingId,
      occurrenceId: second.occurrenceId,
      categoryId: DEFAULT_CATEGORY_IDS.resourcesBudget,
      statement: SEEDED.pendingStatement,
      driver: { roleId: DEFAULT_ROLE_IDS.cxLead, memberId: member('dana') },
      approver: { roleId: DEFAULT_ROLE_IDS.marketing, memberId: member('sam') },
      decidedAt: addMinutes(second.start, 35),
    }),
    recordDecision({
      charter,
      id: decisionId('d-ritual'),
      meetingId: second.meetingId,
      occurrenceId: second.occurrenceId,
      categoryId: DEFAULT_CATEGORY_IDS.teamOperations,
      statement: SEEDED.ritualStatement,
      driver: { roleId: DEFAULT_ROLE_IDS.marketing, memberId: member('sam') },
      approver: { roleId: DEFAULT_ROLE_IDS.cxLead, memberId: member('dana') },
      decidedAt: addMinutes(second.start, 45),
    }),
  ];
  const action = (id: string, title: string, owner: DemoPersonKey, dueInDays: number) =>
    createActionItem({
      id: actionItemId(id),
      title,
      owner: member(owner),
      dueDate: addDays(options.now.toISOString().slice(0, 10), dueInDays),
      meetingDate: first.date,
      source: { meetingId: first.meetingId, occurrenceId: first.occurrenceId },
    });
  const actions = [
    action('a-overdue', SEEDED.overdueAction, 'sam', -10),
    action('a-completed', SEEDED.completedAction, 'lukas', -12),
    action('a-later', SEEDED.laterAction, 'marcus', 14),
  ];
  const meetings: MeetingRecord[] = [
    {
      id: first.meetingId,
      cadenceId: cadence.id,
      occurrenceId: first.occurrenceId,
      scheduledStart: first.start,
      status: 'held',
      attendance: attendance(['marcus']),
      missionMomentId: lived.id,
      decisionIds: [decisionId('d-approved')],
      actionIds: actions.map((item) => item.id),
    },
    {
      id: second.meetingId,
      cadenceId: cadence.id,
      occurrenceId: second.occurrenceId,
      scheduledStart: second.start,
      status: 'held',
      attendance: attendance(['amara', 'marcus']),
      missionMomentId: missed.id,
      decisionIds: [decisionId('d-pending'), decisionId('d-ritual')],
      actionIds: [],
    },
  ];

  await workspace.charter.create(charter);
  await workspace.cadences.create({ cadence });
  await workspace.meetings.createMany(
    meetings.map((record) => ({ record, summary: { state: 'notPublished', completedSteps: [] } })),
  );
  await workspace.missionMoments.append(lived);
  await workspace.missionMoments.append(missed);
  await workspace.decisions.appendMany(decisions);
  const linked = await planActions(workspace, actions);
  await workspace.actions.appendMany(linked);
  return { charter, cadence, meetings, decisions, actions: linked };
}

/** Creates the actions' Planner tasks, then marks one completed and one in progress in Planner. */
async function planActions(
  workspace: CxWorkspace,
  actions: readonly ActionItem[],
): Promise<readonly ActionItem[]> {
  const { client } = workspace;
  const plan = await findTeamPlan(client, { groupId: DEMO_CX_GROUP_ID });
  const { bucketId } = await ensureCadenceBucket(client, {
    planId: plan.id,
    bucketName: SEEDED.cadenceTitle,
  });
  const report = await createActionTasks(client, {
    actions,
    planId: plan.id,
    bucketId,
    timeZone: SEED_ZONE,
  });
  const tasks = await readActionTasks(client, { planId: plan.id, timeZone: SEED_ZONE });
  const progress = new Map([
    [SEEDED.completedAction as string, 'completed' as const],
    [SEEDED.laterAction as string, 'inProgress' as const],
  ]);
  for (const task of tasks) {
    const status = progress.get(task.title);
    if (status) await updateActionTask(client, { task, changes: { status }, timeZone: SEED_ZONE });
  }
  return report.actions;
}

function addMinutes(instant: string, minutes: number): string {
  return new Date(Date.parse(instant) + minutes * 60_000).toISOString().replace('.000Z', 'Z');
}
