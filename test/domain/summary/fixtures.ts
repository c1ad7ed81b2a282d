import { actionItemId, cadenceId, decisionId } from '../../../src/domain/ids';
import { captureMissionMoment, carryOver } from '../../../src/domain/records';
import type { MeetingRecord } from '../../../src/domain/records';
import type { BuildMeetingSummaryOptions, SummaryMember } from '../../../src/domain/summary';
import { act, categories, charter, decide, march, members, roles } from '../records/fixtures';

/** The March CX Council: two decisions, two new actions, one older action carried forward. */
export const directory: SummaryMember[] = [
  { id: members.sponsor, displayName: 'Sam Okafor', email: 'sam@contoso.com' },
  { id: members.lead, displayName: 'Ana Silva', email: 'ana@contoso.com' },
  { id: members.marketing, displayName: 'Marco Rossi', email: 'Marco@Contoso.com' },
  { id: members.service, displayName: 'Priya Patel', email: 'priya@contoso.com' },
  { id: members.it, displayName: 'Ivan Petrov' },
];

export const record: MeetingRecord = {
  id: march.meetingId,
  cadenceId: cadenceId('cx-council'),
  occurrenceId: march.occurrenceId,
  scheduledStart: '2025-03-04T15:00:00Z',
  status: 'held',
  attendance: [
    { memberId: members.service, department: 'customerService', attended: true },
    { memberId: members.marketing, department: 'marketing', attended: true },
    { memberId: members.lead, department: 'cx', attended: true },
    { memberId: members.sponsor, department: 'executive', attended: false },
    { memberId: members.it, department: 'it', attended: false },
  ],
  missionMomentId: undefined,
  decisionIds: [decisionId('d-journey'), decisionId('d-budget')],
  actionIds: [actionItemId('a-script'), actionItemId('a-brief')],
};

export const missionMoment = captureMissionMoment({
  id: 'mm-1',
  ...march,
  presenterId: members.service,
  capturedAt: '2025-03-04T15:06:00Z',
  story: 'A customer was charged twice.\nPriya refunded it on the first call.',
  livedUpToMission: true,
  why: 'Resolved on first contact',
  celebrate: 'Priya',
  lesson: 'Let agents refund without a supervisor',
});

export const journeyDecision = decide({
  id: decisionId('d-journey'),
  contributors: [roles.service],
});
export const budgetDecision = decide({
  id: decisionId('d-budget'),
  statement: 'Fund a callback pilot',
  rationale: '',
  categoryId: categories.budget,
  driver: { roleId: roles.lead, memberId: members.lead },
  approver: { roleId: roles.lead, memberId: members.lead },
});

export const scriptAction = act({ id: actionItemId('a-script') });
export const briefAction = act({
  id: actionItemId('a-brief'),
  title: 'Brief the sales team',
  owner: members.marketing,
  dueDate: '2025-03-14',
});
const februaryAction = act({
  id: actionItemId('a-feb'),
  title: 'Collect complaint themes',
  owner: members.it,
  dueDate: '2025-03-01',
  meetingDate: '2025-02-04',
});

const februaryDecision = decide({
  id: decisionId('d-feb'),
  statement: 'Retire the survey pop-up',
  decidedAt: '2025-02-04T15:30:00Z',
  deferred: true,
});

export const summaryOptions: BuildMeetingSummaryOptions = {
  title: 'CX Council',
  record,
  timeZone: 'GMT Standard Time',
  charter,
  members: directory,
  missionMoment,
  decisions: [journeyDecision, budgetDecision],
  actions: [scriptAction, briefAction],
  carriedForward: carryOver({
    previousMeetings: [
      { meetingDate: '2025-02-04', actions: [februaryAction], decisions: [februaryDecision] },
      {
        meetingDate: '2025-03-04',
        actions: [scriptAction, briefAction],
        decisions: [journeyDecision, budgetDecision],
      },
    ],
    nextMeetingDate: '2025-04-01',
  }),
};
