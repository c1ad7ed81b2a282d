import { createStandardAgendaTemplate, fitAgendaToDuration } from '../../../src/domain/agenda';
import type { Cadence } from '../../../src/domain/cadence';
import {
  cadenceId,
  decisionId,
  meetingId,
  memberId,
  missionMomentId,
  occurrenceId,
} from '../../../src/domain/ids';
import { captureMissionMoment } from '../../../src/domain/records';
import type { Decision, MissionMoment } from '../../../src/domain/records';
import { provisionRecordLists } from '../../../src/graph/records';
import type { RecordsContext } from '../../../src/graph/records';
import type { MeetingEntry } from '../../../src/graph/records';
import {
  DEMO_CX_GROUP_ID,
  DEMO_CX_LEAD_UPN,
  DEMO_EXECUTIVE_SPONSOR_UPN,
  DEMO_USER_IDS,
} from '../../../emulator/seed/constants';
import type { EmulatorRequest, EmulatorSession } from '../support/emulatorSession';
import { decide } from '../../domain/records/fixtures';

export { DEMO_CX_GROUP_ID, DEMO_CX_LEAD_UPN, DEMO_EXECUTIVE_SPONSOR_UPN };

/** Provisions the lists as the CX lead and returns a records context for `upn` (default: lead). */
export async function recordsFor(
  session: EmulatorSession,
  upn: string = DEMO_CX_LEAD_UPN,
): Promise<RecordsContext> {
  const lead = await session.clientFor(DEMO_CX_LEAD_UPN);
  const location = await provisionRecordLists({ client: lead, groupId: DEMO_CX_GROUP_ID });
  const client = upn === DEMO_CX_LEAD_UPN ? lead : await session.clientFor(upn);
  return { client, siteId: location.siteId, listIds: location.listIds };
}

/** Requests that change something (every `$batch` counts: it is a POST). */
export function writesIn(log: readonly EmulatorRequest[]): EmulatorRequest[] {
  return log.filter((entry) => entry.method !== 'GET' && entry.batchId === undefined);
}

export const dana = memberId(DEMO_USER_IDS.dana);
export const amara = memberId(DEMO_USER_IDS.amara);
export const sam = memberId(DEMO_USER_IDS.sam);

export function councilCadence(): Cadence {
  return {
    id: cadenceId('cx-council'),
    version: 1,
    title: 'CX Council',
    organizerId: dana,
    attendeeIds: [dana, amara, sam],
    durationMinutes: 60,
    startTime: '10:00',
    timeZone: 'Pacific Standard Time',
    recurrence: {
      frequency: { kind: 'everyNWeeks', interval: 2, daysOfWeek: ['tuesday'] },
      range: { kind: 'untilDate', startDate: '2026-03-10', endDate: '2026-12-31' },
      firstDayOfWeek: 'sunday',
    },
    agenda: fitAgendaToDuration(createStandardAgendaTemplate(), 60),
    rotation: { memberIds: [dana, amara, sam], overrides: [] },
  };
}

export const marchMeeting = {
  meetingId: meetingId('meeting-2026-03-10'),
  occurrenceId: occurrenceId('2026-03-10T17:00:00Z'),
};

export function meetingEntry(overrides: Partial<MeetingEntry['record']> = {}): MeetingEntry {
  return {
    record: {
      id: marchMeeting.meetingId,
      cadenceId: cadenceId('cx-council'),
      occurrenceId: marchMeeting.occurrenceId,
      scheduledStart: '2026-03-10T17:00:00Z',
      status: 'held',
      attendance: [
        { memberId: dana, department: 'cx', attended: true },
        { memberId: sam, department: 'sales', attended: false },
      ],
      decisionIds: [],
      actionIds: [],
      ...overrides,
    },
    summary: { state: 'notPublished', completedSteps: [] },
  };
}

/** A decision from `recordDecision`, in the March meeting. */
export function decision(id: string, statement = `Decision ${id}`): Decision {
  return decide({ id: decisionId(id), ...marchMeeting, statement });
}

export function missionMoment(id: string, presenter = sam): MissionMoment {
  return captureMissionMoment({
    id: missionMomentId(id),
    ...marchMeeting,
    presenterId: presenter,
    capturedAt: '2026-03-10T17:05:00Z',
    story: 'A customer’s refund arrived the same day because service and finance talked first.',
    livedUpToMission: true,
    why: 'We kept the promise we made on the phone.',
    celebrate: 'Finance operations',
  });
}
