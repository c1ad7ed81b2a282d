import {
  DEMO_CX_CADENCE_APP_EXTERNAL_ID,
  DEMO_CX_GROUP_ID,
  DEMO_CX_LEAD_UPN,
  DEMO_PEOPLE,
  DEMO_USER_IDS,
} from '../../../emulator/seed';
import { createStandardAgendaTemplate } from '../../../src/domain/agenda';
import { validateCadence, type Cadence } from '../../../src/domain/cadence';
import { createDefaultCharter } from '../../../src/domain/charter';
import { cadenceId, memberId, type MemberId } from '../../../src/domain/ids';
import type { GraphClient } from '../../../src/graph/client';
import type { ScheduleCadenceOptions } from '../../../src/graph/scheduling';
import { TEST_NOW } from '../../emulator/support/graphClient';
import type { EmulatorRequest, EmulatorSession } from '../support/emulatorSession';

/** The CX Council's 11 members, in the seed's order. */
export const TEAM_IDS: readonly MemberId[] = DEMO_PEOPLE.filter((person) => person.isCxMember).map(
  (person) => memberId(person.id),
);
export const DANA = memberId(DEMO_USER_IDS.dana);
export const LUKAS = memberId(DEMO_USER_IDS.lukas);
/** In the tenant, not on the CX team: the 12th attendee of the budget run. */
export const NOAH = memberId(DEMO_USER_IDS.noah);

const charter = createDefaultCharter();
export const CHARTER = {
  mission: 'Every customer leaves every conversation with their problem solved.',
  roleNames: Object.fromEntries(charter.roles.map((role) => [role.id, role.name])),
};

export const APP = {
  externalId: DEMO_CX_CADENCE_APP_EXTERNAL_ID,
  tab: {
    entityId: 'cx-council',
    contentUrl: 'https://cxcadence.contoso.example/side-panel?cadence=cx-council',
    websiteUrl: 'https://cxcadence.contoso.example/hub',
  },
};

/** Lukas second in the rotation: his turn is the 24 March meeting, in his out-of-office week. */
export const ROTATION: readonly MemberId[] = [
  DANA,
  LUKAS,
  ...TEAM_IDS.filter((id) => id !== DANA && id !== LUKAS),
];

/**
 * The budget case: a year of meetings every two weeks (Tuesdays 08:00 Los Angeles, 2026-03-10 to
 * 2027-03-09: 27 meetings) for 12 people (the 11 members and Noah from elsewhere in Contoso).
 */
export function demoCadence(change: Partial<Cadence> = {}): Cadence {
  return validateCadence({
    id: cadenceId('cx-council'),
    version: 1,
    title: 'CX Council',
    organizerId: DANA,
    attendeeIds: [...TEAM_IDS, NOAH],
    durationMinutes: 60,
    startTime: '08:00',
    timeZone: 'America/Los_Angeles',
    recurrence: {
      frequency: { kind: 'everyNWeeks', interval: 2, daysOfWeek: ['tuesday'] },
      range: { kind: 'untilDate', startDate: '2026-03-10', endDate: '2027-03-09' },
      firstDayOfWeek: 'sunday',
    },
    agenda: createStandardAgendaTemplate(),
    rotation: { memberIds: ROTATION, overrides: [] },
    ...change,
  });
}

/** A client signed in as Dana, the CX lead and organizer, with the default retry policy. */
export function danaClient(session: EmulatorSession): Promise<GraphClient> {
  return session.clientFor(DEMO_CX_LEAD_UPN);
}

export function scheduleOptions(
  client: GraphClient,
  change: Partial<ScheduleCadenceOptions> = {},
): ScheduleCadenceOptions {
  return {
    client,
    cadence: demoCadence(),
    groupId: DEMO_CX_GROUP_ID,
    charter: CHARTER,
    app: APP,
    now: () => TEST_NOW,
    ...change,
  };
}

const READ_ONLY_POSTS = [/\/\$batch$/, /\/calendar\/getSchedule$/];

/** Requests that change something: PATCH, DELETE, PUT and POSTs other than $batch and getSchedule. */
export function writesIn(log: readonly EmulatorRequest[]): EmulatorRequest[] {
  return log.filter((entry) => {
    if (entry.method === 'GET') return false;
    const path = entry.path.split('?')[0] ?? '';
    return !(entry.method === 'POST' && READ_ONLY_POSTS.some((pattern) => pattern.test(path)));
  });
}

interface EventJson {
  readonly id: string;
  readonly subject: string;
  readonly type: string;
  readonly body: { readonly content: string };
  readonly originalStart?: string;
  readonly onlineMeeting?: { readonly joinUrl: string };
}

export interface TenantView {
  readonly series: readonly EventJson[];
  readonly instances: readonly EventJson[];
  readonly installations: number;
  readonly tabs: number;
}

/** What Dana's calendar and the meeting chat hold now, read through Graph as she would see it. */
export async function viewTenant(client: GraphClient, title = 'CX Council'): Promise<TenantView> {
  const events = await client.request<{ value: EventJson[] }>({
    method: 'GET',
    url: '/me/events?$top=999&$select=id,subject,type,body,onlineMeeting',
  });
  const series = events.value.filter(
    (event) => event.subject === title && event.type === 'seriesMaster',
  );
  const master = series[0];
  if (!master?.onlineMeeting) return { series, instances: [], installations: 0, tabs: 0 };
  const instances = await client.request<{ value: EventJson[] }>({
    method: 'GET',
    url: `/me/events/${encodeURIComponent(master.id)}/instances?startDateTime=2026-03-01T00:00:00Z&endDateTime=2027-04-01T00:00:00Z&$top=999&$select=id,originalStart,body,type`,
  });
  const meetings = await client.request<{ value: { chatInfo: { threadId: string } }[] }>({
    method: 'GET',
    url: `/me/onlineMeetings?$filter=${encodeURIComponent(`JoinWebUrl eq '${master.onlineMeeting.joinUrl}'`)}`,
  });
  const chat = encodeURIComponent(meetings.value[0]?.chatInfo.threadId ?? '');
  const ours = (items: { teamsApp?: { externalId?: string } }[]) =>
    items.filter((item) => item.teamsApp?.externalId === APP.externalId).length;
  const installed = await client.request<{ value: { teamsApp?: { externalId?: string } }[] }>({
    method: 'GET',
    url: `/chats/${chat}/installedApps?$expand=teamsApp`,
  });
  const tabs = await client.request<{ value: { teamsApp?: { externalId?: string } }[] }>({
    method: 'GET',
    url: `/chats/${chat}/tabs?$expand=teamsApp`,
  });
  return {
    series,
    instances: instances.value,
    installations: ours(installed.value),
    tabs: ours(tabs.value),
  };
}

/** The Teams join block Exchange appended: everything from its first separator on. */
export function joinBlockOf(bodyHtml: string): string {
  return bodyHtml.slice(bodyHtml.indexOf('<div style="width:100%">'));
}

/** How many times a body names a Mission Moment presenter ("told by …"). */
export function presenterLinesIn(bodyHtml: string): string[] {
  return [...bodyHtml.matchAll(/told by ([^<]+)/g)].map((match) => match[1] as string);
}
