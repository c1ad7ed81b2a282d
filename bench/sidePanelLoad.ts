/**
 * What opening the meeting side panel costs (issue 7, benchmarks 1 and 2).
 *
 * Graph cost (`runOpenSidePanelBench`, the `graph.openSidePanel` figures): `readMeetingPanel`, the
 * panel's read flow, against the in-process emulator (demo tenant, fixed clock, no latency) for the
 * CX Council's second meeting, after the CX lead saved the charter, scheduled the cadence through
 * the planner's flow and recorded the first meeting (a Mission Moment, 5 decisions, 8 actions: the
 * carry-over). Rows: the panel with the team's site id remembered from an earlier visit, the panel's
 * first visit, and one call per item measured in the same run: the site, the site's lists (for
 * their ids), then the cadence, the charter, the meeting records, decisions, actions, Mission
 * Moments, the calendar around the meeting (for the invite's presenter, which the panel reads too)
 * and the members, each awaited before the next.
 *
 * Load in the browser (`runSidePanelLoadBench`, the `browser.sidePanelLoad` figures): production
 * builds of the app (webpack.config.js) and of a blank Fluent UI page (bench/blankFluent: the app's
 * webpack settings and HTML page, another entry), each served by the app server
 * (scripts/serveApp.ts), opened in headless Chromium with the e2e harness's switches, against the
 * emulator with {@link DEFAULT_LATENCY_MS} ms injected before each Graph request answers (inner
 * `$batch` requests included: a batch costs two latencies). The CX lead's token is held: the
 * persona is in sessionStorage as the emulator sign-in leaves it, so no picker shows. Each run is
 * a fresh browser context (empty HTTP cache), timed from navigation until the agenda's first item
 * (the blank page: its text) is in the page at the next animation frame. "Site id cached" runs
 * have the team's site id in localStorage from a visit made first, as a panel reopened in a
 * meeting has; "first visit" runs do not.
 *
 * - JavaScript: the `<script>` files of the page's HTML (initial) and the chunks fetched after them
 *   before the agenda shows (the target counts both), raw and gzip (level 9), from the build; and
 *   apart, the chunks fetched once it showed, until the network was idle (the capture forms below
 *   the agenda, which load while the rest of the meeting's data is on its way).
 * - Graph: the emulator's request log for requests received before the agenda showed: top-level HTTP
 *   requests, requests inside batches, and sequential round trips (the longest chain of requests
 *   each sent after the previous one answered). CORS preflights are not logged nor delayed.
 * - Timing is a median of `runs`; it is printed, never asserted.
 *
 *   npx tsx bench/sidePanelLoad.ts
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Event } from '@microsoft/microsoft-graph-types';
import type { Browser } from 'playwright-core';
import webpack, { type Configuration, type WebpackPluginInstance } from 'webpack';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import {
  DEMO_CX_CADENCE_APP_EXTERNAL_ID,
  DEMO_CX_GROUP_ID,
  DEMO_CX_LEAD_UPN,
} from '../emulator/seed';
import { startEmulator, type RunningEmulator } from '../emulator/server';
import { buildApp, startAppServer, type RunningAppServer } from '../scripts/serveApp';
import { createStandardAgendaTemplate } from '../src/domain/agenda';
import { validateCadence, type Cadence } from '../src/domain/cadence';
import type { Charter } from '../src/domain/charter';
import { cadenceId, memberId, occurrenceId } from '../src/domain/ids';
import { collectAll, type GraphClient, type GraphPage } from '../src/graph/client';
import { readMeetingPanel } from '../src/graph/meetingPanel';
import { schedulePlannedCadence } from '../src/graph/planning';
import {
  CHARTER_RECORD_KEY,
  NOT_PUBLISHED,
  listSchemaOf,
  resolveRecordsSiteId,
  type GraphListItem,
  type RecordListKey,
} from '../src/graph/records';
import { fieldNamesOf, odataString } from '../src/graph/records/listItemMapping';
import { listTeamMembers, openCxWorkspace } from '../src/graph/workspace';
import { EMULATOR_PERSONA_STORAGE_KEY } from '../src/auth/emulatorSignIn';
import { SITE_ID_STORAGE_PREFIX } from '../src/ui/sidePanel/useMeetingPanel';
import { launchChromium } from '../test/e2e/support/browser';
import {
  alignedTable,
  control,
  countingClient,
  describeRatio,
  formatCostTable,
  measureGraphCost,
  type CostRow,
} from './graphCost';
import { COUNCIL, councilCharter, meetingOutcomes } from './meetingOutcomes';

/** Injected before each Graph request answers, in the browser benchmark. */
export const DEFAULT_LATENCY_MS = 100;
/** Page loads per page and case; the figure is their median. */
export const DEFAULT_RUNS = 5;

/** Targets of issue 7: the panel's JavaScript, its round trips once a token is held, its time. */
export const TARGET_GZIP_KB = 250;
export const TARGET_ROUND_TRIPS = 2;
export const TARGET_TIME_RATIO = 2;

const NOW = new Date('2026-03-02T12:00:00Z');
const COUNCIL_CADENCE = cadenceId('cx-council');
const FIRST_MEETING = '2026-03-10T15:00:00Z';
/** The meeting the panel opens: the second, with the first meeting's open actions carried over. */
export const PANEL_MEETING = '2026-03-24T15:00:00Z';
const APP = {
  externalId: DEMO_CX_CADENCE_APP_EXTERNAL_ID,
  tab: { entityId: 'cx-council', contentUrl: 'https://cxcadence.contoso.example/sidePanel.html' },
};
/** The agenda's first item (the side panel) and the blank page's text (bench/blankFluent). */
const AGENDA_SELECTOR = 'ol[aria-label="Agenda items"] li';
const BLANK_SELECTOR = '#blank-fluent-text';
const VIEWPORT = { width: 280, height: 900 };
const PAGE_TIMEOUT_MS = 60_000;

function councilCadence(): Cadence {
  const team = COUNCIL.map((person) => memberId(person.id));
  const lead = COUNCIL.find((person) => person.department === 'Customer Experience');
  return validateCadence({
    id: COUNCIL_CADENCE,
    version: 1,
    title: 'CX Council',
    organizerId: memberId(lead?.id ?? ''),
    attendeeIds: team,
    durationMinutes: 60,
    startTime: '08:00',
    timeZone: 'America/Los_Angeles',
    recurrence: {
      frequency: { kind: 'everyNWeeks', interval: 2, daysOfWeek: ['tuesday'] },
      range: { kind: 'untilDate', startDate: '2026-03-10', endDate: '2026-06-30' },
      firstDayOfWeek: 'sunday',
    },
    agenda: createStandardAgendaTemplate(),
    rotation: { memberIds: team, overrides: [] },
  });
}

/**
 * The CX lead's work before the meeting, through the app's own flows: the charter saved, the
 * cadence saved and scheduled (the Outlook series with the panel's tab), and the first meeting's
 * Mission Moment, 5 decisions and 8 actions recorded.
 */
export async function seedCouncilMeetings(client: GraphClient): Promise<void> {
  const workspace = await openCxWorkspace({ client, groupId: DEMO_CX_GROUP_ID });
  const charter: Charter = councilCharter();
  await workspace.charter.create(charter);
  await schedulePlannedCadence({
    workspace,
    cadence: councilCadence(),
    charter,
    app: APP,
    now: () => NOW,
  });
  const first = meetingOutcomes({
    meeting: {
      cadenceId: COUNCIL_CADENCE,
      occurrenceId: occurrenceId(FIRST_MEETING),
      scheduledStart: FIRST_MEETING,
    },
    charter,
    decisions: 5,
    actions: 8,
  });
  await workspace.missionMoments.append(first.missionMoment);
  await workspace.decisions.appendMany(first.decisions);
  await workspace.actions.appendMany(first.actions);
  await workspace.meetings.create({ record: first.record, summary: NOT_PUBLISHED });
}

const readPanel = (client: GraphClient, siteId?: string) =>
  readMeetingPanel({
    client,
    groupId: DEMO_CX_GROUP_ID,
    cadenceId: COUNCIL_CADENCE,
    occurrenceId: PANEL_MEETING,
    ...(siteId ? { siteId } : {}),
    now: () => NOW,
  });

/** The panel's read, one request per item, each awaited before the next (module comment). */
async function openOneCallPerItem(client: GraphClient): Promise<void> {
  const siteId = await resolveRecordsSiteId(client, DEMO_CX_GROUP_ID);
  const lists = await client.request<GraphPage<{ id: string; displayName: string }>>({
    method: 'GET',
    url: `/sites/${siteId}/lists?$select=id,displayName`,
  });
  const items = (key: RecordListKey, filter: string) => {
    const schema = listSchemaOf(key);
    const list = lists.value.find((candidate) => candidate.displayName === schema.displayName);
    const query = [
      '$select=id,eTag',
      `$expand=fields($select=${fieldNamesOf(schema).join(',')})`,
      `$filter=${encodeURIComponent(filter)}`,
    ];
    return collectAll<GraphListItem>(
      client,
      `/sites/${siteId}/lists/${list?.id ?? ''}/items?${query.join('&')}`,
    );
  };
  const ofCadence = `fields/CadenceId eq ${odataString(COUNCIL_CADENCE)}`;
  const ofMeetings = `startswith(fields/MeetingId, ${odataString(`${COUNCIL_CADENCE}@`)})`;
  await items('cadences', ofCadence);
  await items('charter', `fields/CharterKey eq ${odataString(CHARTER_RECORD_KEY)}`);
  await items('meetings', ofCadence);
  await items('decisions', ofMeetings);
  await items('actionItems', ofMeetings);
  await items('missionMoments', ofMeetings);
  const end = new Date(Date.parse(PANEL_MEETING) + 60_000).toISOString();
  await collectAll<Event>(
    client,
    `/me/calendarView?startDateTime=${encodeURIComponent(PANEL_MEETING)}&endDateTime=${encodeURIComponent(end)}&$select=subject,body,start,originalStart,onlineMeeting`,
  );
  await listTeamMembers(client, DEMO_CX_GROUP_ID);
}

/** The three rows of the "open the side panel" Graph cost, against one emulator. */
export async function runOpenSidePanelBench(): Promise<CostRow[]> {
  const emulator = await startEmulator({ port: 0, inMemory: true, seed: 'demo', now: () => NOW });
  try {
    let siteId = '';
    const firstVisit = await measureGraphCost(
      emulator,
      async (client) => {
        siteId = (await readPanel(client)).location.siteId;
      },
      { setUp: seedCouncilMeetings },
    );
    const cached = await measureGraphCost(emulator, (client) => readPanel(client, siteId), {
      keepState: true,
    });
    const baseline = await measureGraphCost(emulator, openOneCallPerItem, { keepState: true });
    return [
      { approach: 'readMeetingPanel, site id cached', ...cached },
      { approach: 'readMeetingPanel, first visit', ...firstVisit },
      { approach: 'one call per item', ...baseline },
    ];
  } finally {
    await emulator.close();
  }
}

export function formatOpenSidePanelBench(rows: readonly CostRow[]): string {
  const [cached, , baseline] = rows;
  return [
    formatCostTable(
      'Opening the side panel (charter, cadence, 2nd meeting with 5 decisions and 8 actions carried over, 11 members) against the Graph emulator',
      rows,
    ),
    ...(cached && baseline ? [describeRatio(cached, baseline)] : []),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// The browser benchmark.

/** JavaScript files and their total size in bytes. */
export interface ScriptFigures {
  readonly files: number;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

/** One page's loads: the median and each run, with Graph traffic before the content showed. */
export interface PageLoadFigures {
  readonly medianMs: number;
  readonly runsMs: readonly number[];
  /** The page's own `<script>` files. */
  readonly initialScripts: ScriptFigures;
  /** Chunks fetched after them, before the content showed (the panel's lazily loaded code). */
  readonly lazyScripts: ScriptFigures;
  /** Chunks fetched once the content showed, until the network was idle (the capture forms). */
  readonly afterScripts: ScriptFigures;
  /** Graph requests received before the content showed (medians over the runs). */
  readonly graphHttpRequests: number;
  readonly graphInnerRequests: number;
  readonly graphRoundTrips: number;
}

export interface SidePanelLoadBench {
  readonly runs: number;
  readonly latencyMs: number;
  readonly blank: PageLoadFigures;
  /** The team's site id remembered from an earlier visit, as in a meeting. */
  readonly sidePanel: PageLoadFigures;
  /** No site id on the device yet. */
  readonly sidePanelFirstVisit: PageLoadFigures;
}

export interface SidePanelLoadOptions {
  readonly runs?: number;
  readonly latencyMs?: number;
}

/** One logged Graph request's time span, in epoch ms of the emulator's clock. */
export interface LoggedSpan {
  readonly startedAt: number;
  readonly endedAt: number;
}

/**
 * Sequential round trips among requests: the longest chain in which each request was received
 * after the previous one had answered. Requests sent together count once.
 */
export function sequentialRoundTrips(spans: readonly LoggedSpan[]): number {
  const sorted = [...spans].sort((a, b) => a.startedAt - b.startedAt);
  const depth: number[] = [];
  sorted.forEach((span, index) => {
    let deepest = 0;
    for (let earlier = 0; earlier < index; earlier += 1) {
      const before = sorted[earlier];
      if (before && before.endedAt <= span.startedAt)
        deepest = Math.max(deepest, depth[earlier] ?? 0);
    }
    depth.push(deepest + 1);
  });
  return Math.max(0, ...depth);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

interface ServedBuild {
  readonly dir: string;
  readonly server: RunningAppServer;
}

interface LoadRun {
  readonly ms: number;
  readonly visibleAtEpochMs: number;
  /** Script files fetched by the time the content showed. */
  readonly scripts: readonly string[];
  /** Script files fetched by the time the network was idle. */
  readonly allScripts: readonly string[];
}

type MeasuredLoad = LoadRun & { readonly graph: readonly LogEntry[] };

interface LogEntry {
  readonly startedAt: string;
  readonly endedAt: string;
  readonly batchId?: string;
}

/** The blank page: the app's webpack configuration with another entry and page (same settings). */
export async function buildBlankPage(outDir: string): Promise<void> {
  const appConfigOf = createRequire(__filename)('../webpack.config.js') as (
    env: Record<string, string>,
    argv: Record<string, string>,
  ) => Configuration;
  const appConfig = appConfigOf({ outDir }, { mode: 'production' });
  const sidePanelPage = (appConfig.plugins ?? []).find(
    (plugin): plugin is HtmlWebpackPlugin =>
      plugin instanceof HtmlWebpackPlugin && plugin.userOptions.filename === 'sidePanel.html',
  );
  if (!sidePanelPage) throw new Error('webpack.config.js builds no sidePanel.html page');
  const template = String(sidePanelPage.userOptions.templateContent ?? '');
  const config: Configuration = {
    ...appConfig,
    entry: { blankFluent: path.join(__dirname, 'blankFluent/index.tsx') },
    plugins: [
      new HtmlWebpackPlugin({
        ...sidePanelPage.userOptions,
        filename: 'blankFluent.html',
        chunks: ['blankFluent'],
        templateContent: template.replace(/<title>.*<\/title>/, '<title>Blank Fluent page</title>'),
      }) as WebpackPluginInstance,
    ],
  };
  await new Promise<void>((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    });
  });
}

/** What the page records once its content is in the document (see `loadOnce`). */
interface VisibleMark {
  readonly ms: number;
  readonly epochMs: number;
  readonly scripts: readonly string[];
}

const POLL_INTERVAL_MS = 50;

async function pollVisible(read: () => Promise<VisibleMark | undefined>): Promise<VisibleMark> {
  const deadline = Date.now() + PAGE_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const mark = await read();
    if (mark) return mark;
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  throw new Error(`The page showed nothing to measure within ${PAGE_TIMEOUT_MS} ms`);
}

/** The `<script src>` files of a built page and their sizes. */
export async function scriptFigures(dir: string, files: readonly string[]): Promise<ScriptFigures> {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const body = await readFile(path.join(dir, file));
    rawBytes += body.byteLength;
    gzipBytes += gzipSync(body, { level: 9 }).byteLength;
  }
  return { files: files.length, rawBytes, gzipBytes };
}

export async function initialScriptsOf(dir: string, page: string): Promise<string[]> {
  const html = await readFile(path.join(dir, page), 'utf8');
  return [...html.matchAll(/<script[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((match) =>
    path.posix.basename(match[1] ?? ''),
  );
}

/**
 * The script run in the page before the app's own (plain source: tsx would wrap a serialised
 * function's inner functions in helpers the page lacks): puts the storage in place, then records
 * when `selector` is in the document, at the next frame, with the scripts fetched by then.
 */
function visibilityProbe(target: {
  readonly url: string;
  readonly selector: string;
  readonly session?: Record<string, string>;
  readonly local?: Record<string, string>;
}): string {
  const settings = JSON.stringify({
    origin: new URL(target.url).origin,
    selector: target.selector,
    session: target.session ?? {},
    local: target.local ?? {},
  });
  return `(function (settings) {
  if (location.origin !== settings.origin) return;
  for (var key in settings.session) sessionStorage.setItem(key, settings.session[key]);
  for (var key in settings.local) localStorage.setItem(key, settings.local[key]);
  var observer = new MutationObserver(function () {
    if (!document.querySelector(settings.selector)) return;
    observer.disconnect();
    requestAnimationFrame(function () {
      var at = performance.now();
      globalThis.benchVisible = {
        ms: at,
        epochMs: performance.timeOrigin + at,
        scripts: performance.getEntriesByType('resource').map(function (entry) { return entry.name; })
          .filter(function (name) { return new URL(name).pathname.endsWith('.js'); }),
      };
    });
  });
  observer.observe(document, { childList: true, subtree: true });
})(${settings});`;
}

/**
 * Opens `url` in a fresh context with `sessionStorage`/`localStorage` set before the app starts,
 * and times the navigation until `selector` shows, from inside the page.
 */
async function loadOnce(
  browser: Browser,
  target: {
    readonly url: string;
    readonly selector: string;
    readonly session?: Record<string, string>;
    readonly local?: Record<string, string>;
  },
): Promise<LoadRun & { readonly local: Record<string, string> }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(visibilityProbe(target));
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    await page.goto(target.url, { waitUntil: 'commit' });
    // Polled from here: waitForFunction evaluates with eval, which the app's CSP forbids.
    const visible = await pollVisible(() =>
      page.evaluate(() => (globalThis as { benchVisible?: VisibleMark }).benchVisible),
    );
    // Let the rest of the panel's reads finish so the emulator has logged them.
    await page.waitForLoadState('networkidle');
    const local = await page.evaluate(() => ({ ...localStorage }) as Record<string, string>);
    const allScripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => new URL(name).pathname.endsWith('.js')),
    );
    const fileOf = (url: string) => path.posix.basename(new URL(url).pathname);
    return {
      ms: Math.round(visible.ms),
      visibleAtEpochMs: visible.epochMs,
      scripts: visible.scripts.map(fileOf),
      allScripts: allScripts.map(fileOf),
      local,
    };
  } finally {
    await context.close();
  }
}

async function graphLog(emulator: RunningEmulator): Promise<LogEntry[]> {
  return (await control(emulator, '/emulator/requests')) as LogEntry[];
}

/** Loads a page `runs` times and gathers its figures. */
async function measurePage(input: {
  readonly build: ServedBuild;
  readonly page: string;
  readonly runs: readonly (() => Promise<MeasuredLoad>)[];
}): Promise<PageLoadFigures> {
  const loads: MeasuredLoad[] = [];
  for (const run of input.runs) loads.push(await run());
  const initial = await initialScriptsOf(input.build.dir, input.page);
  const lazy = [...new Set(loads.flatMap((load) => load.scripts))].filter(
    (file) => !initial.includes(file),
  );
  const after = [...new Set(loads.flatMap((load) => load.allScripts))].filter(
    (file) => !initial.includes(file) && !lazy.includes(file),
  );
  const graphOf = (load: MeasuredLoad) => load.graph;
  return {
    medianMs: median(loads.map((load) => load.ms)),
    runsMs: loads.map((load) => load.ms),
    initialScripts: await scriptFigures(input.build.dir, initial),
    lazyScripts: await scriptFigures(input.build.dir, lazy),
    afterScripts: await scriptFigures(input.build.dir, after),
    graphHttpRequests: median(
      loads.map((load) => graphOf(load).filter((entry) => !entry.batchId).length),
    ),
    graphInnerRequests: median(
      loads.map((load) => graphOf(load).filter((entry) => entry.batchId).length),
    ),
    graphRoundTrips: median(
      loads.map((load) =>
        sequentialRoundTrips(
          graphOf(load)
            .filter((entry) => !entry.batchId)
            .map((entry) => ({
              startedAt: Date.parse(entry.startedAt),
              endedAt: Date.parse(entry.endedAt),
            })),
        ),
      ),
    ),
  };
}

/** Builds both pages, seeds the tenant and loads each page `runs` times (module comment). */
export async function runSidePanelLoadBench(
  options: SidePanelLoadOptions = {},
): Promise<SidePanelLoadBench> {
  const runs = options.runs ?? DEFAULT_RUNS;
  const latencyMs = options.latencyMs ?? DEFAULT_LATENCY_MS;
  const opened: { close(): Promise<void> }[] = [];
  try {
    // A clock that ticks from NOW: the cadence lies ahead, and the log's times are real durations.
    const offsetMs = NOW.getTime() - Date.now();
    const emulator = await startEmulator({
      port: 0,
      inMemory: true,
      seed: 'demo',
      now: () => new Date(Date.now() + offsetMs),
    });
    opened.push(emulator);
    const serve = async (prefix: string): Promise<ServedBuild> => {
      const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
      opened.push({ close: () => rm(dir, { recursive: true, force: true }) });
      const server = await startAppServer({ root: dir, port: 0 });
      opened.push(server);
      return { dir, server };
    };
    const app = await serve('cx-cadence-bench-app-');
    const blank = await serve('cx-cadence-bench-blank-');
    await buildApp({
      mode: 'production',
      outDir: app.dir,
      config: {
        CX_CADENCE_AUTH_MODE: 'emulator',
        CX_CADENCE_EMULATOR_URL: emulator.url,
        CX_CADENCE_GRAPH_BASE_URL: emulator.graphUrl,
        CX_CADENCE_APP_URL: app.server.url,
      },
    });
    await buildBlankPage(blank.dir);

    await seedCouncilMeetings(await countingClient(emulator, { sent: 0, received: 0 }));
    await control(emulator, '/emulator/faults', { latencyMs });
    const personas = (await control(emulator, '/emulator/personas')) as {
      id: string;
      userPrincipalName: string;
      displayName: string;
    }[];
    const lead = personas.find((persona) => persona.userPrincipalName === DEMO_CX_LEAD_UPN);
    if (!lead) throw new Error('The demo tenant has no CX lead persona');
    // What the emulator sign-in remembers (src/auth/emulatorSignIn.ts): the token is fetched from it.
    const session = {
      [EMULATOR_PERSONA_STORAGE_KEY]: JSON.stringify({
        userPrincipalName: lead.userPrincipalName,
        displayName: lead.displayName,
        userObjectId: lead.id,
      }),
    };

    const chromium = await launchChromium();
    opened.push(chromium);
    const query = new URLSearchParams({
      groupId: DEMO_CX_GROUP_ID,
      cadenceId: COUNCIL_CADENCE,
      occurrence: PANEL_MEETING,
      theme: 'default',
    });
    const panelUrl = `${app.server.url}/sidePanel.html?${query.toString()}`;
    const blankUrl = `${blank.server.url}/blankFluent.html`;
    const loadPanel = async (local: Record<string, string>) => {
      const before = (await graphLog(emulator)).length;
      const load = await loadOnce(chromium.browser, {
        url: panelUrl,
        selector: AGENDA_SELECTOR,
        session,
        local,
      });
      const cutoff = load.visibleAtEpochMs + offsetMs;
      const graph = (await graphLog(emulator))
        .slice(before)
        .filter((entry) => Date.parse(entry.startedAt) < cutoff);
      return { ...load, graph };
    };
    const loadBlank = async () => ({
      ...(await loadOnce(chromium.browser, { url: blankUrl, selector: BLANK_SELECTOR })),
      graph: [],
    });

    // Not measured: warms the browser and leaves the site id as a first visit does.
    await loadBlank();
    const firstVisit = await loadPanel({});
    const siteKey = Object.keys(firstVisit.local).find((key) =>
      key.startsWith(SITE_ID_STORAGE_PREFIX),
    );
    const cachedSite = siteKey ? { [siteKey]: firstVisit.local[siteKey] ?? '' } : {};

    const repeat = <T>(job: () => Promise<T>) => Array.from({ length: runs }, () => job);
    return {
      runs,
      latencyMs,
      blank: await measurePage({ build: blank, page: 'blankFluent.html', runs: repeat(loadBlank) }),
      sidePanel: await measurePage({
        build: app,
        page: 'sidePanel.html',
        runs: repeat(() => loadPanel(cachedSite)),
      }),
      sidePanelFirstVisit: await measurePage({
        build: app,
        page: 'sidePanel.html',
        runs: repeat(() => loadPanel({})),
      }),
    };
  } finally {
    for (const resource of opened.reverse()) await resource.close();
  }
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function totalGzip(figures: PageLoadFigures): number {
  return figures.initialScripts.gzipBytes + figures.lazyScripts.gzipBytes;
}

export function formatSidePanelLoadBench(bench: SidePanelLoadBench): string {
  const { blank, sidePanel, sidePanelFirstVisit: first } = bench;
  const row = (name: string, figures: PageLoadFigures) => [
    name,
    `${figures.initialScripts.files}+${figures.lazyScripts.files}`,
    kb(figures.initialScripts.rawBytes),
    kb(figures.initialScripts.gzipBytes),
    kb(figures.lazyScripts.rawBytes),
    kb(figures.lazyScripts.gzipBytes),
    kb(totalGzip(figures)),
    kb(figures.afterScripts.gzipBytes),
    String(figures.medianMs),
    String(figures.graphHttpRequests),
    String(figures.graphInnerRequests),
    String(figures.graphRoundTrips),
  ];
  const ratio = (a: number, b: number) => (b === 0 ? '–' : `${(a / b).toFixed(2)}×`);
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const gzipKb = totalGzip(sidePanel) / 1024;
  return [
    `Side panel load in headless Chromium (median of ${bench.runs} runs, ${bench.latencyMs} ms Graph latency, token held)`,
    ...alignedTable(
      [
        'page',
        'JS files',
        'entry KB',
        'entry gz',
        'lazy KB',
        'lazy gz',
        'total gz',
        'after gz',
        'visible ms',
        'Graph HTTP',
        'inner',
        'round trips',
      ],
      [
        row('blank Fluent page', blank),
        row('side panel, site id cached', sidePanel),
        row('side panel, first visit', first),
      ],
    ),
    `Runs (ms): blank ${blank.runsMs.join(', ')}; cached ${sidePanel.runsMs.join(', ')}; first visit ${first.runsMs.join(', ')}.`,
    '',
    ...alignedTable(
      ['target', 'side panel', 'blank', 'ratio', 'result'],
      [
        [
          `JS before the agenda ≤ ${TARGET_GZIP_KB} KB gzip`,
          `${gzipKb.toFixed(1)} KB`,
          `${kb(totalGzip(blank))} KB`,
          ratio(totalGzip(sidePanel), totalGzip(blank)),
          met(gzipKb <= TARGET_GZIP_KB),
        ],
        [
          `Graph round trips ≤ ${TARGET_ROUND_TRIPS} (site id cached)`,
          String(sidePanel.graphRoundTrips),
          '0',
          '–',
          met(sidePanel.graphRoundTrips <= TARGET_ROUND_TRIPS),
        ],
        [
          `Graph round trips ≤ ${TARGET_ROUND_TRIPS} (first visit)`,
          String(first.graphRoundTrips),
          '0',
          '–',
          met(first.graphRoundTrips <= TARGET_ROUND_TRIPS),
        ],
        [
          `time to agenda ≤ ${TARGET_TIME_RATIO}× blank (site id cached)`,
          `${sidePanel.medianMs} ms`,
          `${blank.medianMs} ms`,
          ratio(sidePanel.medianMs, blank.medianMs),
          met(sidePanel.medianMs <= TARGET_TIME_RATIO * blank.medianMs),
        ],
        [
          `time to agenda ≤ ${TARGET_TIME_RATIO}× blank (first visit)`,
          `${first.medianMs} ms`,
          `${blank.medianMs} ms`,
          ratio(first.medianMs, blank.medianMs),
          met(first.medianMs <= TARGET_TIME_RATIO * blank.medianMs),
        ],
      ],
    ),
  ].join('\n');
}

if (require.main === module) {
  const wantsBrowser = !process.argv.includes('--graph-only');
  (async () => {
    console.log(formatOpenSidePanelBench(await runOpenSidePanelBench()));
    if (wantsBrowser) console.log(`\n${formatSidePanelLoadBench(await runSidePanelLoadBench())}`);
  })().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
