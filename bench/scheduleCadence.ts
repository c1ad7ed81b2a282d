/**
 * What does scheduling a cadence cost in Graph traffic? Schedules a year of biweekly meetings
 * (27, Tuesdays 08:00 Los Angeles) for 12 people against the in-process Graph emulator and prints
 * HTTP requests, sequential round trips and bytes sent and received for:
 *
 * - `scheduleCadence` (batched: 6 HTTP requests, 5 round trips);
 * - `scheduleCadence` run again for the same cadence (reads only, writes nothing);
 * - a one-call-per-item baseline measured in the same run: the same job done the naive way, every
 *   lookup, every getSchedule window, every occurrence PATCH its own request, one after another.
 *
 *   npx tsx bench/scheduleCadence.ts
 *
 * The 12 people: the demo tenant's CX Council (11 members in 6 time zones, busy calendars, one
 * out-of-office week) and Noah Fischer, a Contoso colleague outside the team, invited as the
 * twelfth attendee (CX Cadence resolves anyone in the organisation). Bytes are request and response
 * bodies (JSON), not headers (see graphCost.ts). `runScheduleCadenceBench()` returns the rows for `npm run bench`.
 */
import type {
  Event,
  OnlineMeeting,
  TeamsApp,
  TeamsTab,
  User,
} from '@microsoft/microsoft-graph-types';
import {
  DEMO_CX_CADENCE_APP_EXTERNAL_ID,
  DEMO_CX_GROUP_ID,
  DEMO_PEOPLE,
  DEMO_USER_IDS,
} from '../emulator/seed';
import { startEmulator, type RunningEmulator } from '../emulator/server';
import { createStandardAgendaTemplate } from '../src/domain/agenda';
import { validateCadence, type Cadence } from '../src/domain/cadence';
import { createDefaultCharter } from '../src/domain/charter';
import { cadenceId, memberId } from '../src/domain/ids';
import { type GraphCall, type GraphClient, type GraphPage } from '../src/graph/client';
import { scheduleCadence, type ScheduleCadenceOptions } from '../src/graph/scheduling';
import { agendaHtml } from '../src/graph/scheduling/agendaBody';
import { cadenceSpan } from '../src/graph/scheduling/cadenceSpan';
import {
  planScheduleWindows,
  scheduleRequest,
  spanAroundDates,
  toPersonAvailability,
} from '../src/graph/scheduling/freeBusy';
import {
  addTabRequest,
  catalogAppRequest,
  installAppRequest,
  installedAppsRequest,
  onlineMeetingRequest,
  tabsRequest,
} from '../src/graph/scheduling/meetingChat';
import {
  instancesRequest,
  planPresenters,
  presenterPatches,
  toSeriesOccurrences,
} from '../src/graph/scheduling/occurrences';
import { newSeriesEvent } from '../src/graph/scheduling/seriesMapper';
import { resolveAttendees, teamMembersRequest } from '../src/graph/scheduling/team';
import {
  describeRatio,
  formatCostTable,
  measureGraphCost,
  type GraphCostFigures,
} from './graphCost';

export type ScheduleCadenceBenchRow = GraphCostFigures & {
  readonly approach: string;
  readonly meetings: number;
  readonly people: number;
};

const NOW = new Date('2026-03-02T12:00:00Z');
const charter = createDefaultCharter();
const CHARTER = {
  mission: 'Every customer leaves every conversation with their problem solved.',
  roleNames: Object.fromEntries(charter.roles.map((role) => [role.id, role.name])),
};
const APP = {
  externalId: DEMO_CX_CADENCE_APP_EXTERNAL_ID,
  tab: {
    entityId: 'cx-council',
    contentUrl: 'https://cxcadence.contoso.example/side-panel?cadence=cx-council',
  },
};

function benchCadence(endDate: string = DEFAULT_END_DATE): Cadence {
  const team = DEMO_PEOPLE.filter((person) => person.isCxMember).map((person) =>
    memberId(person.id),
  );
  return validateCadence({
    id: cadenceId('cx-council'),
    version: 1,
    title: 'CX Council',
    organizerId: memberId(DEMO_USER_IDS.dana),
    attendeeIds: [...team, memberId(DEMO_USER_IDS.noah)],
    durationMinutes: 60,
    startTime: '08:00',
    timeZone: 'America/Los_Angeles',
    recurrence: {
      frequency: { kind: 'everyNWeeks', interval: 2, daysOfWeek: ['tuesday'] },
      range: { kind: 'untilDate', startDate: '2026-03-10', endDate },
      firstDayOfWeek: 'sunday',
    },
    agenda: createStandardAgendaTemplate(),
    rotation: { memberIds: team, overrides: [] },
  });
}

/** Runs `job` on a freshly seeded tenant (unless `keepState`) and measures it. */
async function measure(
  emulator: RunningEmulator,
  approach: string,
  job: (client: GraphClient) => Promise<unknown>,
  options: { readonly keepState?: boolean; readonly cadence: Cadence },
): Promise<ScheduleCadenceBenchRow> {
  const figures = await measureGraphCost(emulator, job, { keepState: options.keepState ?? false });
  const meetings = cadenceSpan(options.cadence, NOW).dates.length;
  return { approach, meetings, people: options.cadence.attendeeIds.length, ...figures };
}

function options(
  client: GraphClient,
  cadence: Cadence,
  previous?: { seriesId: string },
): ScheduleCadenceOptions {
  return {
    client,
    cadence,
    groupId: DEMO_CX_GROUP_ID,
    charter: CHARTER,
    app: APP,
    now: () => NOW,
    ...(previous ? { previous } : {}),
  };
}

/**
 * The same job, one Graph call per item, each awaited before the next: what a straightforward
 * implementation without `$batch` does. Uses the flow's own mappers, so only the traffic differs.
 */
async function scheduleOneCallPerItem(client: GraphClient, cadence: Cadence): Promise<void> {
  const span = cadenceSpan(cadence, NOW);
  const get = <T>(call: Pick<GraphCall, 'url'>) =>
    client.request<T>({ method: 'GET', url: call.url });

  const team = await get<GraphPage<User>>(teamMembersRequest(DEMO_CX_GROUP_ID));
  const profiles: User[] = [];
  for (const id of cadence.attendeeIds) {
    profiles.push(
      await get<User>({ url: `/users/${id}?$select=id,displayName,mail,userPrincipalName` }),
    );
  }
  const me = await get<User>({ url: '/me?$select=id' });
  const people = resolveAttendees({
    cadence,
    teamMembers: team.value,
    profiles,
    signedInUserId: me.id ?? '',
  });
  const app = await get<GraphPage<TeamsApp>>(catalogAppRequest(APP.externalId));

  const windows = planScheduleWindows({
    addresses: people.map((person) => person.address),
    span: spanAroundDates(span.dates),
  });
  const answers = [];
  for (const window of windows) {
    const request = scheduleRequest(window);
    const page = await client.request<GraphPage<never>>({
      method: 'POST',
      url: request.url,
      body: request.body,
      options: { retrySafe: true },
    });
    answers.push({ window, schedules: page.value });
  }
  const availability = toPersonAvailability({ people, answers });

  const agenda = {
    template: cadence.agenda,
    mission: CHARTER.mission,
    roleNames: CHARTER.roleNames,
    meetingMinutes: cadence.durationMinutes,
  };
  const series = await client.request<Event>({
    method: 'POST',
    url: '/me/events',
    body: newSeriesEvent({ cadence, people, agenda: agendaHtml(agenda) }),
  });
  const joinUrl = series.onlineMeeting?.joinUrl ?? '';
  const instances = await get<GraphPage<Event>>(instancesRequest(series.id ?? '', span.instances));
  const meeting = await get<GraphPage<OnlineMeeting>>(onlineMeetingRequest(joinUrl));
  const chatId = meeting.value[0]?.chatInfo?.threadId ?? '';
  await get(installedAppsRequest(chatId, APP.externalId));
  await get<GraphPage<TeamsTab>>(tabsRequest(chatId));

  const occurrences = toSeriesOccurrences(instances.value, cadence.timeZone);
  const names = new Map(people.map((person) => [person.id, person.displayName]));
  const assignments = planPresenters({ cadence, occurrences, availability });
  for (const patch of presenterPatches({ occurrences, assignments, agenda, names })) {
    await client.request({
      method: 'PATCH',
      url: patch.url,
      body: patch.body,
      options: { retrySafe: true },
    });
  }
  const target = {
    chatId,
    catalogAppId: app.value[0]?.id ?? '',
    graphBaseUrl: client.settings.baseUrl,
  };
  for (const write of [installAppRequest(target), addTabRequest({ ...target, tab: APP.tab })]) {
    await client.request({ method: 'POST', url: write.url, body: write.body });
  }
}

/** The cadence's last possible meeting date: a year of meetings, 27 in all. */
export const DEFAULT_END_DATE = '2027-03-09';

export interface ScheduleCadenceBenchOptions {
  /** A shorter range for a quick run (the smoke test); default {@link DEFAULT_END_DATE}. */
  readonly endDate?: string;
}

/** Runs the three measurements against one in-process emulator (demo tenant, fixed clock). */
export async function runScheduleCadenceBench(
  benchOptions: ScheduleCadenceBenchOptions = {},
): Promise<ScheduleCadenceBenchRow[]> {
  const cadence = benchCadence(benchOptions.endDate);
  const emulator = await startEmulator({ port: 0, inMemory: true, seed: 'demo', now: () => NOW });
  try {
    let seriesId = '';
    const batched = await measure(
      emulator,
      'scheduleCadence',
      async (client) => {
        seriesId = (await scheduleCadence(options(client, cadence))).seriesId;
      },
      { cadence },
    );
    const again = await measure(
      emulator,
      'scheduleCadence again (no change)',
      (client) => scheduleCadence(options(client, cadence, { seriesId })),
      { cadence, keepState: true },
    );
    const baseline = await measure(
      emulator,
      'one call per item',
      (client) => scheduleOneCallPerItem(client, cadence),
      { cadence },
    );
    return [batched, again, baseline];
  } finally {
    await emulator.close();
  }
}

export function formatScheduleCadenceBench(rows: readonly ScheduleCadenceBenchRow[]): string {
  const [batched, , baseline] = rows;
  const table = formatCostTable(
    `Scheduling biweekly meetings (${batched?.meetings ?? 0}) for ${batched?.people ?? 0} people against the Graph emulator`,
    rows,
  );
  return batched && baseline ? `${table}\n${describeRatio(batched, baseline)}` : table;
}

if (require.main === module) {
  runScheduleCadenceBench()
    .then((rows) => console.log(formatScheduleCadenceBench(rows)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
