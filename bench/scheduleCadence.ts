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
 * bodies (JSON), not headers. `runScheduleCadenceBench()` returns the rows for `npm run bench`.
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
  DEMO_CX_LEAD_UPN,
  DEMO_PEOPLE,
  DEMO_USER_IDS,
} from '../emulator/seed';
import { startEmulator, type RunningEmulator } from '../emulator/server';
import { staticTokenProvider } from '../src/auth/tokenProvider';
import { createStandardAgendaTemplate } from '../src/domain/agenda';
import { validateCadence, type Cadence } from '../src/domain/cadence';
import { createDefaultCharter } from '../src/domain/charter';
import { cadenceId, memberId } from '../src/domain/ids';
import {
  createGraphClient,
  type GraphCall,
  type GraphClient,
  type GraphPage,
} from '../src/graph/client';
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

export interface ScheduleCadenceBenchRow {
  readonly approach: string;
  readonly meetings: number;
  readonly people: number;
  /** Top-level HTTP requests the emulator served (a `$batch` counts once). */
  readonly httpRequests: number;
  /** Requests inside batches. */
  readonly innerRequests: number;
  readonly roundTrips: number;
  readonly bytesSent: number;
  readonly bytesReceived: number;
  readonly ms: number;
}

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

function benchCadence(): Cadence {
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
      range: { kind: 'untilDate', startDate: '2026-03-10', endDate: '2027-03-09' },
      firstDayOfWeek: 'sunday',
    },
    agenda: createStandardAgendaTemplate(),
    rotation: { memberIds: team, overrides: [] },
  });
}

interface Counters {
  sent: number;
  received: number;
}

/** A Graph client signed in as the CX lead that counts body bytes both ways. */
async function countingClient(emulator: RunningEmulator, counters: Counters): Promise<GraphClient> {
  const tokenResponse = await fetch(`${emulator.url}/emulator/token`, {
    method: 'POST',
    body: JSON.stringify({ userPrincipalName: DEMO_CX_LEAD_UPN }),
  });
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
  return createGraphClient({
    baseUrl: emulator.graphUrl,
    tokenProvider: staticTokenProvider(token),
    sleep: () => Promise.resolve(),
    fetch: async (input, init) => {
      counters.sent += byteLength(
        init?.body ?? (input instanceof Request ? await input.clone().text() : ''),
      );
      const response = await fetch(input, init);
      counters.received += (await response.clone().arrayBuffer()).byteLength;
      return response;
    },
  });
}

function byteLength(body: unknown): number {
  if (typeof body === 'string') return Buffer.byteLength(body);
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return body.byteLength;
  return 0;
}

async function control(emulator: RunningEmulator, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${emulator.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return response.json();
}

/** Runs `job` on a freshly seeded tenant (unless `keepState`) and measures it. */
async function measure(
  emulator: RunningEmulator,
  approach: string,
  job: (client: GraphClient) => Promise<unknown>,
  keepState = false,
): Promise<ScheduleCadenceBenchRow> {
  if (!keepState) await control(emulator, '/emulator/reset', { seed: 'demo' });
  const before = ((await control(emulator, '/emulator/requests')) as { batchId?: string }[]).length;
  const counters: Counters = { sent: 0, received: 0 };
  const client = await countingClient(emulator, counters);
  const started = performance.now();
  await job(client);
  const ms = performance.now() - started;
  const log = ((await control(emulator, '/emulator/requests')) as { batchId?: string }[]).slice(
    before,
  );
  return {
    approach,
    meetings: 27,
    people: 12,
    httpRequests: log.filter((entry) => entry.batchId === undefined).length,
    innerRequests: log.filter((entry) => entry.batchId !== undefined).length,
    roundTrips: client.metrics.snapshot().roundTrips,
    bytesSent: counters.sent,
    bytesReceived: counters.received,
    ms: Math.round(ms),
  };
}

function options(client: GraphClient, previous?: { seriesId: string }): ScheduleCadenceOptions {
  return {
    client,
    cadence: benchCadence(),
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
async function scheduleOneCallPerItem(client: GraphClient): Promise<void> {
  const cadence = benchCadence();
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

/** Runs the three measurements against one in-process emulator (demo tenant, fixed clock). */
export async function runScheduleCadenceBench(): Promise<ScheduleCadenceBenchRow[]> {
  const emulator = await startEmulator({ port: 0, inMemory: true, seed: 'demo', now: () => NOW });
  try {
    let seriesId = '';
    const batched = await measure(emulator, 'scheduleCadence', async (client) => {
      seriesId = (await scheduleCadence(options(client))).seriesId;
    });
    const again = await measure(
      emulator,
      'scheduleCadence again (no change)',
      (client) => scheduleCadence(options(client, { seriesId })),
      true,
    );
    const baseline = await measure(emulator, 'one call per item', scheduleOneCallPerItem);
    return [batched, again, baseline];
  } finally {
    await emulator.close();
  }
}

export function formatScheduleCadenceBench(rows: readonly ScheduleCadenceBenchRow[]): string {
  const header = ['approach', 'HTTP', 'inner', 'round trips', 'KB sent', 'KB received', 'ms'];
  const lines = rows.map((row) => [
    row.approach,
    String(row.httpRequests),
    String(row.innerRequests),
    String(row.roundTrips),
    (row.bytesSent / 1024).toFixed(1),
    (row.bytesReceived / 1024).toFixed(1),
    String(row.ms),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)),
  );
  const format = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ');
  const [batched, , baseline] = rows;
  const ratio =
    batched && baseline
      ? `\nOne call per item needs ${(baseline.httpRequests / batched.httpRequests).toFixed(1)}× the HTTP requests and ${(baseline.roundTrips / batched.roundTrips).toFixed(1)}× the round trips of scheduleCadence (bytes: ${(baseline.bytesSent / batched.bytesSent).toFixed(2)}× sent, ${(baseline.bytesReceived / batched.bytesReceived).toFixed(2)}× received).`
      : '';
  return (
    [
      `Scheduling a year of biweekly meetings (27) for 12 people against the Graph emulator`,
      format(header),
      ...lines.map(format),
    ].join('\n') + ratio
  );
}

if (require.main === module) {
  runScheduleCadenceBench()
    .then((rows) => console.log(formatScheduleCadenceBench(rows)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
