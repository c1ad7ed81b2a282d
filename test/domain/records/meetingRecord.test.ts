import { createDefaultCharter } from '../../../src/domain/charter';
import {
  actionItemId,
  cadenceId,
  decisionId,
  meetingId,
  memberId,
  missionMomentId,
  occurrenceId,
} from '../../../src/domain/ids';
import {
  absenteesOf,
  attendanceByDepartment,
  attendeesOf,
  invitedAttendance,
  meetingIdOf,
  withAction,
  withAttendance,
  withDecision,
  withMissionMoment,
} from '../../../src/domain/records';
import type { MeetingRecord } from '../../../src/domain/records';
import { members } from './fixtures';

const record: MeetingRecord = {
  id: meetingId('meeting-march'),
  cadenceId: cadenceId('cx-council'),
  occurrenceId: occurrenceId('2025-03-04T15:00:00Z'),
  scheduledStart: '2025-03-04T15:00:00Z',
  status: 'held',
  attendance: [
    { memberId: members.sponsor, department: 'executive', attended: false },
    { memberId: members.lead, department: 'cx', attended: true },
    { memberId: members.marketing, department: 'marketing', attended: true },
    { memberId: members.service, department: 'customerService', attended: true },
    { memberId: members.it, department: 'it', attended: false },
  ],
  decisionIds: [],
  actionIds: [],
};

describe('meetingRecord', () => {
  it('lists who came and who did not, in the record order', () => {
    expect(attendeesOf(record)).toEqual([members.lead, members.marketing, members.service]);
    expect(absenteesOf(record)).toEqual([members.sponsor, members.it]);
  });

  it('counts attendance per department, showing a department nobody came from', () => {
    const withGuest = withAttendance(record, {
      memberId: members.outsider,
      department: 'marketing',
      attended: false,
    });
    expect(attendanceByDepartment(withGuest)).toEqual([
      { department: 'executive', attended: 0, invited: 1 },
      { department: 'cx', attended: 1, invited: 1 },
      { department: 'marketing', attended: 1, invited: 2 },
      { department: 'customerService', attended: 1, invited: 1 },
      { department: 'it', attended: 0, invited: 1 },
    ]);
  });

  it('marks a member present as a new record, the same record when nothing changes', () => {
    const updated = withAttendance(record, {
      memberId: members.it,
      department: 'it',
      attended: true,
    });
    expect(attendeesOf(updated)).toContain(members.it);
    expect(attendeesOf(record)).not.toContain(members.it);
    expect(
      withAttendance(updated, { memberId: members.it, department: 'it', attended: true }),
    ).toBe(updated);
  });

  it('adds outcomes once, leaving the original untouched', () => {
    const withOutcomes = withMissionMoment(
      withAction(withDecision(record, decisionId('d1')), actionItemId('a1')),
      missionMomentId('mm-1'),
    );
    expect(withOutcomes.decisionIds).toEqual(['d1']);
    expect(withOutcomes.actionIds).toEqual(['a1']);
    expect(withOutcomes.missionMomentId).toBe('mm-1');
    expect(record.decisionIds).toEqual([]);
    expect(withDecision(withOutcomes, decisionId('d1'))).toBe(withOutcomes);
    expect(withAction(withOutcomes, actionItemId('a1'))).toBe(withOutcomes);
    expect(withMissionMoment(withOutcomes, missionMomentId('mm-1'))).toBe(withOutcomes);
  });
});

describe('meetingIdOf', () => {
  it('names the same record for the same occurrence, and different records for different ones', () => {
    const first = meetingIdOf(cadenceId('cad-1'), occurrenceId('2026-03-02T15:00:00Z'));
    expect(first).toBe('cad-1@2026-03-02T15:00:00Z');
    expect(meetingIdOf(cadenceId('cad-1'), occurrenceId('2026-03-02T15:00:00Z'))).toBe(first);
    expect(meetingIdOf(cadenceId('cad-1'), occurrenceId('2026-03-16T15:00:00Z'))).not.toBe(first);
  });
});

describe('invitedAttendance', () => {
  const charter = createDefaultCharter();
  const sponsorRole = charter.roles.find((role) => role.department === 'executive');
  const sponsor = memberId('amara');
  const withSponsor = {
    roles: charter.roles.map((role) =>
      role.id === sponsorRole?.id ? { ...role, memberIds: [sponsor] } : role,
    ),
  };

  it('lists everyone invited as present, by the department of their charter role first', () => {
    const attendance = invitedAttendance({
      attendeeIds: [sponsor, memberId('lukas'), memberId('grace')],
      charter: withSponsor,
      directoryDepartments: new Map([
        [sponsor, 'Finance'],
        [memberId('lukas'), 'Customer Service'],
        [memberId('grace'), 'Legal'],
      ]),
    });
    expect(attendance).toEqual([
      { memberId: sponsor, department: 'executive', attended: true },
      { memberId: memberId('lukas'), department: 'customerService', attended: true },
      { memberId: memberId('grace'), department: 'other', attended: true },
    ]);
  });

  it.each([
    ['Customer Experience', 'cx'],
    ['HR & Learning', 'hrLearning'],
    ['it', 'it'],
    [undefined, 'other'],
    ['', 'other'],
  ])('reads the directory department %p as %p', (name, department) => {
    const [entry] = invitedAttendance({
      attendeeIds: [memberId('x')],
      charter: { roles: [] },
      directoryDepartments: new Map([[memberId('x'), name]]),
    });
    expect(entry?.department).toBe(department);
  });
});
