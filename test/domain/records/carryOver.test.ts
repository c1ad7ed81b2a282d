import { ValidationError } from '../../../src/domain/errors';
import { actionItemId, decisionId, memberId } from '../../../src/domain/ids';
import type { MemberId } from '../../../src/domain/ids';
import {
  approveDecision,
  carryOver,
  deferDecision,
  toAgendaCarryOver,
  withActionStatus,
} from '../../../src/domain/records';
import type { PastMeetingOutcomes } from '../../../src/domain/records';
import { act, categories, charter, decide, members, roles } from './fixtures';

// Three monthly meetings. A1 stays open throughout; A2 is completed by April; A3 is raised in
// April; A4 is raised and done in May. D1 waits for the sponsor until May; D3 is deferred in April;
// D4 (tooling) has nobody who can approve it.
const a1 = act({ id: actionItemId('a1'), title: 'Map the billing journey', dueDate: '2025-03-31' });
const a2 = act({ id: actionItemId('a2'), title: 'Share NPS verbatims', dueDate: '2025-03-20' });
const a3 = act({
  id: actionItemId('a3'),
  title: 'Brief the sales team',
  owner: members.marketing,
  dueDate: '2025-04-15',
  meetingDate: '2025-04-01',
});
const a4 = act({
  id: actionItemId('a4'),
  title: 'Book the room',
  dueDate: '2025-05-07',
  meetingDate: '2025-05-06',
});

const d1 = decide({
  id: decisionId('d1'),
  statement: 'Fund a callback pilot',
  categoryId: categories.budget,
  driver: { roleId: roles.lead, memberId: members.lead },
  approver: { roleId: roles.lead, memberId: members.lead },
  decidedAt: '2025-03-04T15:40:00Z',
});
const d2 = decide({ id: decisionId('d2'), statement: 'Publish the journey map' });
const d3 = decide({
  id: decisionId('d3'),
  statement: 'Retire the survey pop-up',
  decidedAt: '2025-04-01T15:30:00+01:00',
  deferred: true,
});
const d4 = decide({
  id: decisionId('d4'),
  statement: 'Adopt a journey analytics tool',
  categoryId: categories.tooling,
  driver: { roleId: roles.it, memberId: members.it },
  decidedAt: '2025-05-06T15:30:00+01:00',
});

const march: PastMeetingOutcomes = {
  meetingDate: '2025-03-04',
  actions: [a1, a2],
  decisions: [d1, d2],
};
const april: PastMeetingOutcomes = {
  meetingDate: '2025-04-01',
  actions: [withActionStatus(a1, 'inProgress'), withActionStatus(a2, 'completed'), a3],
  decisions: [deferDecision(d1, { at: '2025-04-01T15:50:00+01:00' }), d3],
};
const may: PastMeetingOutcomes = {
  meetingDate: '2025-05-06',
  actions: [withActionStatus(a1, 'inProgress'), a3, withActionStatus(a4, 'completed')],
  decisions: [
    approveDecision({
      charter,
      decision: d1,
      memberId: members.sponsor,
      at: '2025-05-06T15:10:00+01:00',
    }),
    d4,
  ],
};

describe('carryOver', () => {
  it('carries open actions and undecided decisions across three meetings, each once, oldest first', () => {
    const result = carryOver({
      previousMeetings: [may, march, april],
      nextMeetingDate: '2025-06-03',
    });
    expect(result.openActions.map((action) => [action.id, action.status])).toEqual([
      ['a1', 'inProgress'],
      ['a3', 'notStarted'],
    ]);
    expect(result.deferredDecisions.map((decision) => [decision.id, decision.status])).toEqual([
      ['d3', 'deferred'],
      ['d4', 'pendingApproval'],
    ]);
    expect(result.nextMeetingDate).toBe('2025-06-03');
  });

  it('ignores meetings on or after the next meeting date', () => {
    const result = carryOver({
      previousMeetings: [march, april, may],
      nextMeetingDate: '2025-05-06',
    });
    expect(result.openActions.map((action) => action.id)).toEqual(['a1', 'a3']);
    expect(result.deferredDecisions.map((decision) => [decision.id, decision.status])).toEqual([
      ['d1', 'deferred'],
      ['d3', 'deferred'],
    ]);
  });

  it('orders items first seen at the same meeting by due date, then decision time', () => {
    const early = act({ id: actionItemId('z-early'), dueDate: '2025-03-10' });
    const pendingLater = decide({
      id: decisionId('a-later'),
      decidedAt: '2025-03-04T16:10:00Z',
      approver: { roleId: roles.sponsor, memberId: members.sponsor },
    });
    const pendingEarlier = decide({
      id: decisionId('b-earlier'),
      decidedAt: '2025-03-04T16:05:00+01:00',
      approver: { roleId: roles.sponsor, memberId: members.sponsor },
    });
    const result = carryOver({
      previousMeetings: [
        {
          meetingDate: '2025-03-04',
          actions: [a1, early],
          decisions: [pendingLater, pendingEarlier],
        },
      ],
      nextMeetingDate: '2025-04-01',
    });
    expect(result.openActions.map((action) => action.id)).toEqual(['z-early', 'a1']);
    expect(result.deferredDecisions.map((decision) => decision.id)).toEqual([
      'b-earlier',
      'a-later',
    ]);
  });

  it('reports malformed dates by field', () => {
    expect.assertions(1);
    try {
      carryOver({
        previousMeetings: [{ ...march, meetingDate: '4/3/2025' }],
        nextMeetingDate: 'June',
      });
    } catch (error) {
      expect((error as ValidationError).issues.map((issue) => issue.field)).toEqual([
        'nextMeetingDate',
        'previousMeetings.0.meetingDate',
      ]);
    }
  });

  it('returns nothing to carry when there were no earlier meetings', () => {
    expect(carryOver({ previousMeetings: [], nextMeetingDate: '2025-03-04' })).toEqual({
      nextMeetingDate: '2025-03-04',
      openActions: [],
      deferredDecisions: [],
    });
  });
});

describe('toAgendaCarryOver', () => {
  it('gives the agenda owner names, due dates and decision status labels', () => {
    const names = new Map<MemberId, string>([
      [members.service, 'Priya Patel'],
      [members.marketing, 'Marco Rossi'],
    ]);
    const carried = carryOver({ previousMeetings: [march, april], nextMeetingDate: '2025-05-06' });
    expect(toAgendaCarryOver(carried, { memberNames: names, charter })).toEqual({
      openActions: [
        { title: 'Map the billing journey', ownerName: 'Priya Patel', dueDate: '2025-03-31' },
        { title: 'Brief the sales team', ownerName: 'Marco Rossi', dueDate: '2025-04-15' },
      ],
      deferredDecisions: [
        { statement: 'Fund a callback pilot', statusLabel: 'Deferred to the next meeting' },
        { statement: 'Retire the survey pop-up', statusLabel: 'Deferred to the next meeting' },
      ],
    });
  });

  it('names an owner missing from the directory "Unknown member" and explains a category without approver', () => {
    const carried = carryOver({
      previousMeetings: [
        { meetingDate: '2025-05-06', actions: [act({ owner: memberId('gone') })], decisions: [d4] },
      ],
      nextMeetingDate: '2025-06-03',
    });
    expect(toAgendaCarryOver(carried, { memberNames: new Map(), charter })).toEqual({
      openActions: [
        { title: 'Draft the callback script', ownerName: 'Unknown member', dueDate: '2025-03-31' },
      ],
      deferredDecisions: [
        {
          statement: 'Adopt a journey analytics tool',
          statusLabel:
            'Pending approval: the decision-rights matrix needs an Approver for CX tooling',
        },
      ],
    });
  });
});
