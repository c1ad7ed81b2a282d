import {
  DEMO_CX_CADENCE_APP_EXTERNAL_ID,
  DEMO_CX_GROUP_ID,
} from '../../../emulator/seed/constants';
import { createStandardAgendaTemplate, fitAgendaToDuration } from '../../../src/domain/agenda';
import { validateCadence } from '../../../src/domain/cadence';
import type { Cadence } from '../../../src/domain/cadence';
import { DEFAULT_CATEGORY_IDS, DEFAULT_ROLE_IDS } from '../../../src/domain/charter';
import type { Charter } from '../../../src/domain/charter';
import {
  actionItemId,
  cadenceId,
  decisionId,
  missionMomentId,
  occurrenceId,
} from '../../../src/domain/ids';
import type { MeetingId, OccurrenceId } from '../../../src/domain/ids';
import {
  captureMissionMoment,
  createActionItem,
  meetingIdOf,
  recordDecision,
} from '../../../src/domain/records';
import type {
  ActionItem,
  Decision,
  MeetingRecord,
  MissionMoment,
} from '../../../src/domain/records';
import type { GraphClient } from '../../../src/graph/client';
import { NOT_PUBLISHED } from '../../../src/graph/records';
import type { MeetingEntry, SummaryPublication } from '../../../src/graph/records';
import { scheduleCadence } from '../../../src/graph/scheduling';
import { openCxWorkspace } from '../../../src/graph/workspace';
import type { CxWorkspace } from '../../../src/graph/workspace';
import { AMARA, DANA, MARCUS, SAM, councilCharter } from '../meetingPanel/fixtures';

export { AMARA, DANA, MARCUS, SAM, councilCharter };

/** The emulator's clock (TEST_NOW): Monday 2 March 2026, 12:00 UTC. */
export const NOW = new Date('2026-03-02T12:00:00Z');

export const SUMMARY_CADENCE_ID = cadenceId('cx-council-summary');

/**
 * Mondays 09:00 London time from 23 February 2026: the 2 March meeting (09:00Z) has just been
 * held when the emulator's clock reads 12:00Z, and the next is on 9 March.
 */
export function summaryCadence(change: Partial<Cadence> = {}): Cadence {
  return validateCadence({
    id: SUMMARY_CADENCE_ID,
    version: 1,
    title: 'CX Council',
    organizerId: DANA,
    attendeeIds: [DANA, AMARA, SAM, MARCUS],
    durationMinutes: 60,
    startTime: '09:00',
    timeZone: 'GMT Standard Time',
    recurrence: {
      frequency: { kind: 'weekly', dayOfWeek: 'monday' },
      range: { kind: 'untilDate', startDate: '2026-02-23', endDate: '2026-06-29' },
      firstDayOfWeek: 'monday',
    },
    agenda: fitAgendaToDuration(createStandardAgendaTemplate(), 60),
    rotation: { memberIds: [SAM, DANA, AMARA, MARCUS], overrides: [] },
    ...change,
  });
}

export const FEBRUARY = occurrenceId('2026-02-23T09:00:00Z');
export const MARCH = occurrenceId('2026-03-02T09:00:00Z');

/** What one held meeting produced, as the side panel stores it. */
export interface MeetingOutcomes {
  readonly meetingId: MeetingId;
  readonly occurrenceId: OccurrenceId;
  readonly moment: MissionMoment;
  readonly decisions: readonly Decision[];
  readonly actions: readonly ActionItem[];
  readonly record: MeetingRecord;
}

/** The 2 March meeting (or another occurrence): a Mission Moment, two decisions, two actions. */
export function meetingOutcomes(
  charter: Charter,
  occurrence: OccurrenceId = MARCH,
  prefix = 'mar',
): MeetingOutcomes {
  const meetingId = meetingIdOf(SUMMARY_CADENCE_ID, occurrence);
  const where = { meetingId, occurrenceId: occurrence };
  const meetingDate = occurrence.slice(0, 10);
  const moment = captureMissionMoment({
    id: `mm-${prefix}`,
    ...where,
    presenterId: SAM,
    capturedAt: occurrence,
    story: 'A customer was charged twice; Sam refunded it on the first call.',
    livedUpToMission: true,
    why: 'Resolved on first contact',
  });
  const decisions = [
    recordDecision({
      charter,
      id: decisionId(`d-${prefix}-callback`),
      ...where,
      categoryId: DEFAULT_CATEGORY_IDS.cxPriorities,
      statement: 'Pilot a callback option',
      rationale: 'Customers wait too long on hold',
      driver: { roleId: DEFAULT_ROLE_IDS.cxLead, memberId: DANA },
      approver: { roleId: DEFAULT_ROLE_IDS.executiveSponsor, memberId: AMARA },
      decidedAt: occurrence,
    }),
    recordDecision({
      charter,
      id: decisionId(`d-${prefix}-refunds`),
      ...where,
      categoryId: DEFAULT_CATEGORY_IDS.resourcesBudget,
      statement: 'Fund a refunds specialist',
      driver: { roleId: DEFAULT_ROLE_IDS.cxLead, memberId: DANA },
      approver: { roleId: DEFAULT_ROLE_IDS.executiveSponsor, memberId: AMARA },
      decidedAt: occurrence,
    }),
  ];
  const actions = [
    createActionItem({
      id: actionItemId(`a-${prefix}-survey`),
      title: 'Send the NPS survey',
      owner: SAM,
      dueDate: '2026-03-31',
      meetingDate,
      source: where,
    }),
    createActionItem({
      id: actionItemId(`a-${prefix}-brief`),
      title: 'Brief sales on the callback pilot',
      owner: MARCUS,
      dueDate: '2026-03-31',
      meetingDate,
      source: { ...where, decisionId: decisionId(`d-${prefix}-callback`) },
    }),
  ];
  const record: MeetingRecord = {
    id: meetingId,
    cadenceId: SUMMARY_CADENCE_ID,
    occurrenceId: occurrence,
    scheduledStart: occurrence,
    status: 'held',
    attendance: [
      { memberId: DANA, department: 'cx', attended: true },
      { memberId: AMARA, department: 'executive', attended: true },
      { memberId: SAM, department: 'marketing', attended: true },
      { memberId: MARCUS, department: 'sales', attended: false },
    ],
    missionMomentId: missionMomentId(`mm-${prefix}`),
    decisionIds: decisions.map((decision) => decision.id),
    actionIds: actions.map((action) => action.id),
  };
  return { meetingId, occurrenceId: occurrence, moment, decisions, actions, record };
}

/** Stores a meeting's outcomes and its entry through the real repositories. */
export async function storeMeeting(
  workspace: CxWorkspace,
  outcomes: MeetingOutcomes,
  summary: SummaryPublication = NOT_PUBLISHED,
): Promise<MeetingEntry> {
  await workspace.missionMoments.append(outcomes.moment);
  await workspace.decisions.appendMany(outcomes.decisions);
  await workspace.actions.appendMany(outcomes.actions);
  const entry: MeetingEntry = { record: outcomes.record, summary };
  await workspace.meetings.create(entry);
  return entry;
}

export interface SeededCouncil {
  readonly workspace: CxWorkspace;
  readonly charter: Charter;
  readonly cadence: Cadence;
  /** The series' meeting chat, when scheduled. */
  readonly chatId?: string;
  readonly seriesId?: string;
}

/** Opens the CX team's records as the lead and saves what is asked: charter, cadence (scheduled). */
export async function seedCouncil(
  lead: GraphClient,
  what: { charter?: boolean; cadence?: boolean; schedule?: boolean } = {},
): Promise<SeededCouncil> {
  const workspace = await openCxWorkspace({ client: lead, groupId: DEMO_CX_GROUP_ID });
  const charter = councilCharter();
  const cadence = summaryCadence();
  if (what.charter ?? true) await workspace.charter.create(charter);
  if (!(what.cadence ?? true)) return { workspace, charter, cadence };
  if (!what.schedule) {
    await workspace.cadences.create({ cadence });
    return { workspace, charter, cadence };
  }
  const scheduled = await scheduleCadence({
    client: lead,
    cadence,
    groupId: DEMO_CX_GROUP_ID,
    charter: {
      mission: charter.mission,
      roleNames: Object.fromEntries(charter.roles.map((role) => [role.id, role.name])),
    },
    app: {
      externalId: DEMO_CX_CADENCE_APP_EXTERNAL_ID,
      tab: { entityId: cadence.id, contentUrl: 'https://cxcadence.contoso.example/sidePanel.html' },
    },
    now: () => NOW,
  });
  await workspace.cadences.create({ cadence, seriesId: scheduled.seriesId });
  return {
    workspace,
    charter,
    cadence,
    chatId: scheduled.chatId,
    seriesId: scheduled.seriesId,
  };
}
