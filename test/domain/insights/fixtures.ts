import { createStandardAgendaTemplate, fitAgendaToDuration } from '../../../src/domain/agenda';
import type { Cadence } from '../../../src/domain/cadence';
import {
  cadenceId,
  meetingId,
  memberId,
  missionMomentId,
  occurrenceId,
} from '../../../src/domain/ids';
import { captureMissionMoment } from '../../../src/domain/records';
import type { MeetingRecord, MissionMoment, MissionMomentInput } from '../../../src/domain/records';
import { members } from '../records/fixtures';

export { act, categories, charter, decide, members, roles } from '../records/fixtures';

/** A fortnightly council on Tuesdays at 10:00 in Los Angeles from 10 March 2026. */
export function council(overrides: Partial<Cadence> = {}): Cadence {
  return {
    id: cadenceId('council'),
    version: 1,
    title: 'CX Council',
    organizerId: members.lead,
    attendeeIds: [members.lead, members.marketing, members.service],
    durationMinutes: 60,
    startTime: '10:00',
    timeZone: 'Pacific Standard Time',
    recurrence: {
      frequency: { kind: 'everyNWeeks', interval: 2, daysOfWeek: ['tuesday'] },
      range: { kind: 'untilDate', startDate: '2026-03-10', endDate: '2026-12-31' },
      firstDayOfWeek: 'sunday',
    },
    agenda: fitAgendaToDuration(createStandardAgendaTemplate(), 60),
    rotation: { memberIds: [members.lead, members.marketing], overrides: [] },
    ...overrides,
  };
}

/** The council's first meetings: 10 March 2026 at 17:00Z (PDT), then 24 March. */
export const FIRST_COUNCIL = occurrenceId('2026-03-10T17:00:00Z');
export const SECOND_COUNCIL = occurrenceId('2026-03-24T17:00:00Z');

/** A held meeting record of the council where the CX lead came and sales did not. */
export function meeting(overrides: Partial<MeetingRecord> = {}): MeetingRecord {
  const occurrence = overrides.occurrenceId ?? FIRST_COUNCIL;
  return {
    id: meetingId(`council@${occurrence}`),
    cadenceId: cadenceId('council'),
    occurrenceId: occurrence,
    scheduledStart: occurrence,
    status: 'held',
    attendance: [
      { memberId: members.lead, department: 'cx', attended: true },
      { memberId: members.marketing, department: 'marketing', attended: true },
      { memberId: members.service, department: 'customerService', attended: false },
    ],
    decisionIds: [],
    actionIds: [],
    ...overrides,
  };
}

/** A Mission Moment told in the first council meeting. */
export function moment(overrides: Partial<MissionMomentInput> = {}): MissionMoment {
  return captureMissionMoment({
    id: missionMomentId('mm-1'),
    meetingId: meetingId(`council@${FIRST_COUNCIL}`),
    occurrenceId: FIRST_COUNCIL,
    presenterId: members.service,
    capturedAt: '2026-03-10T17:06:00Z',
    story: 'A caller’s refund arrived the same day because service and finance talked first.',
    livedUpToMission: true,
    why: 'We kept the promise made on the phone.',
    celebrate: 'Finance operations',
    ...overrides,
  });
}

export const directory = new Map<string, string>([
  [members.lead, 'Dana Kim'],
  [members.marketing, 'Amara Okafor'],
  [members.service, 'Sam Taylor'],
  [members.sponsor, 'Jordan Lee'],
]);

export { memberId };
