import {
  createDefaultCharter,
  DEFAULT_CATEGORY_IDS,
  DEFAULT_ROLE_IDS,
  assignMember,
} from '../../../src/domain/charter';
import {
  actionItemId,
  decisionId,
  meetingId,
  missionMomentId,
  occurrenceId,
} from '../../../src/domain/ids';
import { splitMeetingOutcomes } from '../../../src/domain/meetingPanel';
import {
  captureMissionMoment,
  createActionItem,
  recordDecision,
} from '../../../src/domain/records';
import { ANA, BEN } from './fixtures';

const charter = assignMember(
  assignMember(createDefaultCharter(), { role: DEFAULT_ROLE_IDS.cxLead, member: ANA }),
  { role: DEFAULT_ROLE_IDS.executiveSponsor, member: BEN },
);
const meetings = {
  march10: {
    meetingId: meetingId('c@2026-03-10T15:00:00Z'),
    occurrenceId: occurrenceId('2026-03-10T15:00:00Z'),
  },
  march24: {
    meetingId: meetingId('c@2026-03-24T15:00:00Z'),
    occurrenceId: occurrenceId('2026-03-24T15:00:00Z'),
  },
  april7: {
    meetingId: meetingId('c@2026-04-07T15:00:00Z'),
    occurrenceId: occurrenceId('2026-04-07T15:00:00Z'),
  },
};

const decide = (id: string, at: keyof typeof meetings, deferred: boolean) =>
  recordDecision({
    charter,
    id: decisionId(id),
    ...meetings[at],
    categoryId: DEFAULT_CATEGORY_IDS.resourcesBudget,
    statement: id,
    driver: { roleId: DEFAULT_ROLE_IDS.cxLead, memberId: ANA },
    approver: { roleId: DEFAULT_ROLE_IDS.executiveSponsor, memberId: BEN },
    decidedAt: `${meetings[at].occurrenceId}`,
    deferred,
  });
const act = (id: string, at: keyof typeof meetings, status: 'notStarted' | 'completed') =>
  createActionItem({
    id: actionItemId(id),
    title: id,
    owner: ANA,
    dueDate: '2026-05-01',
    meetingDate: meetings[at].occurrenceId.slice(0, 10),
    source: meetings[at],
    status,
  });

describe('splitMeetingOutcomes', () => {
  const split = splitMeetingOutcomes({
    timeZone: 'America/Los_Angeles',
    ...meetings.march24,
    decisions: [
      decide('deferred-early', 'march10', true),
      decide('approved-early', 'march10', false),
      decide('today', 'march24', false),
      decide('later', 'april7', true),
    ],
    actions: [
      act('open-early', 'march10', 'notStarted'),
      act('done-early', 'march10', 'completed'),
      act('today-action', 'march24', 'notStarted'),
    ],
    missionMoments: [
      captureMissionMoment({
        id: missionMomentId('m'),
        ...meetings.march24,
        presenterId: ANA,
        capturedAt: '2026-03-24T15:05:00Z',
        story: 'A story',
        livedUpToMission: false,
        why: 'Because',
      }),
    ],
  });

  it('carries over what earlier meetings left open, and nothing from later ones', () => {
    expect(split.carryOver.deferredDecisions.map((d) => d.id)).toEqual(['deferred-early']);
    expect(split.carryOver.openActions.map((a) => a.id)).toEqual(['open-early']);
    expect(split.carryOver.nextMeetingDate).toBe('2026-03-24');
  });

  it("lists this meeting's own decisions, actions and Mission Moment", () => {
    expect(split.thisMeeting.decisions.map((d) => d.id)).toEqual(['today']);
    expect(split.thisMeeting.actions.map((a) => a.id)).toEqual(['today-action']);
    expect(split.thisMeeting.missionMoment?.id).toBe('m');
  });

  it('has nothing for a meeting nobody captured anything in', () => {
    const empty = splitMeetingOutcomes({
      timeZone: 'America/Los_Angeles',
      ...meetings.april7,
      decisions: [],
      actions: [],
      missionMoments: [],
    });
    expect(empty.thisMeeting).toEqual({ missionMoment: undefined, decisions: [], actions: [] });
  });
});
