/**
 * One CX Council meeting's outcomes in the demo tenant, built by the domain as the side panel
 * builds them: the default charter with the eleven CX Council members in their roles, a Mission
 * Moment, decisions recorded against the decision-rights matrix, actions with owners and due
 * dates, the meeting record that links them, and the summary `buildMeetingSummary` makes of it.
 *
 * Shared by the publishing benchmark (bench/publishSummary.ts) and the reliability drills
 * (test/drills/), so both measure and prove the same story. Imports only src/ and emulator/.
 */
import { DEMO_PEOPLE, upnOf, displayNameOf, type DemoPerson } from '../emulator/seed';
import {
  DEFAULT_CATEGORY_IDS,
  DEFAULT_ROLE_IDS,
  assignMember,
  createDefaultCharter,
  validateCharter,
  type Charter,
  type Department,
} from '../src/domain/charter';
import {
  actionItemId,
  decisionId,
  memberId,
  missionMomentId,
  type CadenceId,
  type MeetingId,
  type MemberId,
  type OccurrenceId,
  type RoleId,
} from '../src/domain/ids';
import {
  captureMissionMoment,
  createActionItem,
  meetingIdOf,
  recordDecision,
  withAction,
  withDecision,
  withMissionMoment,
  type ActionItem,
  type Decision,
  type MeetingRecord,
  type MissionMoment,
} from '../src/domain/records';
import {
  buildMeetingSummary,
  type MeetingSummary,
  type SummaryMember,
} from '../src/domain/summary';

/** The charter department and role of each CX Council member of the demo tenant. */
const ROLE_OF_DEPARTMENT: Readonly<Record<string, { department: Department; role: RoleId }>> = {
  Executive: { department: 'executive', role: DEFAULT_ROLE_IDS.executiveSponsor },
  'Customer Experience': { department: 'cx', role: DEFAULT_ROLE_IDS.cxLead },
  Marketing: { department: 'marketing', role: DEFAULT_ROLE_IDS.marketing },
  Sales: { department: 'sales', role: DEFAULT_ROLE_IDS.sales },
  'Customer Service': { department: 'customerService', role: DEFAULT_ROLE_IDS.customerService },
  'Customer Success': { department: 'customerSuccess', role: DEFAULT_ROLE_IDS.customerSuccess },
  Product: { department: 'product', role: DEFAULT_ROLE_IDS.product },
  Digital: { department: 'digital', role: DEFAULT_ROLE_IDS.digital },
  IT: { department: 'it', role: DEFAULT_ROLE_IDS.it },
  'HR & Learning': { department: 'hrLearning', role: DEFAULT_ROLE_IDS.hrLearning },
  Operations: { department: 'operations', role: DEFAULT_ROLE_IDS.operations },
};

/** The CX Council's eleven members, in the seed's order. */
export const COUNCIL: readonly DemoPerson[] = DEMO_PEOPLE.filter((person) => person.isCxMember);

const SPONSOR = memberIdOfDepartment('Executive');
const LEAD = memberIdOfDepartment('Customer Experience');

function memberIdOfDepartment(department: string): MemberId {
  const person = COUNCIL.find((candidate) => candidate.department === department);
  if (!person) throw new Error(`The demo CX Council has no ${department} member`);
  return memberId(person.id);
}

function roleOf(person: DemoPerson): { department: Department; role: RoleId } {
  return (
    ROLE_OF_DEPARTMENT[person.department] ?? { department: 'other', role: DEFAULT_ROLE_IDS.cxLead }
  );
}

/** The default charter with every CX Council member in their department's role. */
export function councilCharter(mission?: string): Charter {
  let charter = createDefaultCharter();
  for (const person of COUNCIL) {
    charter = assignMember(charter, { role: roleOf(person).role, member: memberId(person.id) });
  }
  return validateCharter(mission === undefined ? charter : { ...charter, mission });
}

/** Names and addresses of everyone in the demo tenant, as the summary needs them. */
export function summaryMembers(): SummaryMember[] {
  return DEMO_PEOPLE.map((person) => ({
    id: memberId(person.id),
    displayName: displayNameOf(person),
    email: upnOf(person),
  }));
}

/** Which meeting: one occurrence of a cadence. */
export interface OutcomesMeeting {
  readonly cadenceId: CadenceId;
  readonly occurrenceId: OccurrenceId;
  /** ISO instant of the occurrence's start, e.g. `2026-03-10T15:00:00Z`. */
  readonly scheduledStart: string;
}

export interface MeetingOutcomesOptions {
  readonly meeting: OutcomesMeeting;
  readonly charter: Charter;
  readonly decisions: number;
  readonly actions: number;
  /**
   * The text a person typed in a field; default: plain sample text. A drill passes hostile input
   * here (`kind` is `decision`, `rationale`, `action`, `story` or `why`; `index` counts from 0).
   */
  readonly text?: (kind: OutcomeTextKind, index: number) => string;
}

export type OutcomeTextKind = 'decision' | 'rationale' | 'action' | 'story' | 'why';

export interface MeetingOutcomes {
  readonly meetingId: MeetingId;
  readonly record: MeetingRecord;
  readonly missionMoment: MissionMoment;
  readonly decisions: readonly Decision[];
  readonly actions: readonly ActionItem[];
}

const DECISION_CATEGORIES = [
  DEFAULT_CATEGORY_IDS.cxPriorities,
  DEFAULT_CATEGORY_IDS.customerPolicy,
  DEFAULT_CATEGORY_IDS.journeyChange,
  DEFAULT_CATEGORY_IDS.resourcesBudget,
  DEFAULT_CATEGORY_IDS.measurement,
];

const SAMPLE_TEXT: Readonly<Record<OutcomeTextKind, (index: number) => string>> = {
  decision: (index) => `Decision ${index + 1}: pilot a callback option in region ${index + 1}`,
  rationale: () => 'Customers wait too long on hold',
  action: (index) => `Action ${index + 1}: brief the department on the callback pilot`,
  story: () => 'A customer was charged twice; the agent refunded it on the first call.',
  why: () => 'Resolved on first contact, as our mission promises',
};

/**
 * The outcomes of one meeting: a Mission Moment told by the member after the lead, `decisions`
 * decisions driven by the CX lead and approved by the sponsor (so `approved`), and `actions`
 * actions owned by the members in turn, due two weeks after the meeting. Ids are derived from the
 * meeting, so building them twice gives the same records (what a retried capture sends).
 */
export function meetingOutcomes(options: MeetingOutcomesOptions): MeetingOutcomes {
  const { meeting, charter } = options;
  const text = (kind: OutcomeTextKind, index: number) =>
    options.text?.(kind, index) ?? SAMPLE_TEXT[kind](index);
  const meetingId = meetingIdOf(meeting.cadenceId, meeting.occurrenceId);
  const where = { meetingId, occurrenceId: meeting.occurrenceId };
  const date = meeting.scheduledStart.slice(0, 10);
  const decidedAt = new Date(Date.parse(meeting.scheduledStart) + 40 * 60_000).toISOString();
  const presenter = COUNCIL[2] ?? COUNCIL[0];
  const missionMoment = captureMissionMoment({
    id: missionMomentId(`${meetingId}#moment`),
    ...where,
    presenterId: memberId(presenter?.id ?? ''),
    capturedAt: new Date(Date.parse(meeting.scheduledStart) + 5 * 60_000).toISOString(),
    story: text('story', 0),
    livedUpToMission: true,
    why: text('why', 0),
  });
  const decisions = Array.from({ length: options.decisions }, (_, index) =>
    recordDecision({
      charter,
      id: decisionId(`${meetingId}#decision-${index + 1}`),
      ...where,
      categoryId:
        DECISION_CATEGORIES[index % DECISION_CATEGORIES.length] ??
        DEFAULT_CATEGORY_IDS.cxPriorities,
      statement: text('decision', index),
      rationale: text('rationale', index),
      driver: { roleId: DEFAULT_ROLE_IDS.cxLead, memberId: LEAD },
      approver: { roleId: DEFAULT_ROLE_IDS.executiveSponsor, memberId: SPONSOR },
      decidedAt,
    }),
  );
  const dueDate = new Date(Date.parse(`${date}T00:00:00Z`) + 14 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const actions = Array.from({ length: options.actions }, (_, index) =>
    createActionItem({
      id: actionItemId(`${meetingId}#action-${index + 1}`),
      title: text('action', index),
      owner: memberId(COUNCIL[(index + 1) % COUNCIL.length]?.id ?? ''),
      dueDate,
      meetingDate: date,
      source: { ...where, ...(decisions[0] ? { decisionId: decisions[0].id } : {}) },
    }),
  );
  const empty: MeetingRecord = {
    id: meetingId,
    cadenceId: meeting.cadenceId,
    occurrenceId: meeting.occurrenceId,
    scheduledStart: meeting.scheduledStart,
    status: 'held',
    attendance: COUNCIL.map((person, index) => ({
      memberId: memberId(person.id),
      department: roleOf(person).department,
      attended: index !== COUNCIL.length - 1,
    })),
    decisionIds: [],
    actionIds: [],
  };
  return {
    meetingId,
    record: linkOutcomes(empty, { missionMoment, decisions, actions }),
    missionMoment,
    decisions,
    actions,
  };
}

/** The meeting record with the outcomes linked, as the side panel saves it after each capture. */
export function linkOutcomes(
  record: MeetingRecord,
  outcomes: Pick<MeetingOutcomes, 'missionMoment' | 'decisions' | 'actions'>,
): MeetingRecord {
  const withMoment = withMissionMoment(record, outcomes.missionMoment.id);
  const withDecisions = outcomes.decisions.reduce(
    (current, decision) => withDecision(current, decision.id),
    withMoment,
  );
  return outcomes.actions.reduce(
    (current, action) => withAction(current, action.id),
    withDecisions,
  );
}

/** The post-meeting summary of these outcomes, as `buildMeetingSummary` makes it. */
export function summaryOf(
  outcomes: MeetingOutcomes,
  options: { readonly charter: Charter; readonly title: string; readonly timeZone: string },
): MeetingSummary {
  return buildMeetingSummary({
    title: options.title,
    record: outcomes.record,
    timeZone: options.timeZone,
    charter: options.charter,
    members: summaryMembers(),
    missionMoment: outcomes.missionMoment,
    decisions: outcomes.decisions,
    actions: outcomes.actions,
  });
}
