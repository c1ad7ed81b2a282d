import type {
  Event,
  OnlineMeeting,
  TeamsApp,
  TeamsAppInstallation,
  TeamsTab,
} from '@microsoft/microsoft-graph-types';
import type { AgendaCarryOver } from '../../domain/agenda';
import { validateCadence, type Cadence } from '../../domain/cadence';
import type { MemberId, OccurrenceId, RoleId } from '../../domain/ids';
import type { AssignmentReason, PresenterAssignment, SkippedMember } from '../../domain/rotation';
import { GraphError, type BatchRequest, type GraphClient, type GraphPage } from '../client';
import { agendaHtml, type AgendaContent } from './agendaBody';
import { cadenceSpan } from './cadenceSpan';
import { CadenceSchedulingError } from './errors';
import {
  answerBody,
  failuresAmong,
  graphFailure,
  remainingPages,
  sendBatch,
  sendCounted,
  type BatchAnswers,
} from './graphCalls';
import {
  CATALOG_REQUEST_ID,
  INSTALLED_REQUEST_ID,
  INSTALL_REQUEST_ID,
  MEETING_REQUEST_ID,
  TABS_REQUEST_ID,
  TAB_REQUEST_ID,
  addTabRequest,
  catalogAppIdOf,
  catalogAppRequest,
  chatIdOf,
  hasAppTab,
  installAppRequest,
  installedAppsRequest,
  isAppInstalled,
  onlineMeetingRequest,
  tabsRequest,
  threadIdFromJoinUrl,
  type SidePanelTab,
} from './meetingChat';
import {
  INSTANCES_REQUEST_ID,
  PRESENTER_REQUEST_PREFIX,
  instancesRequest,
  planPresenters,
  presenterPatches,
  toSeriesOccurrences,
  type SeriesOccurrence,
} from './occurrences';
import { readFreeBusy } from './readFreeBusy';
import { readTeam } from './readTeam';
import { SERIES_FIELDS, newSeriesEvent, seriesChanges, type SeriesEvent } from './seriesMapper';
import {
  NO_COST,
  afterEachOther,
  type GraphCost,
  type ScheduleCadenceStep,
  type ScheduleCheckpoint,
} from './steps';

/** What the agenda needs from the charter. */
export interface AgendaCharter {
  /** The CX mission statement, the agenda's header. */
  readonly mission: string;
  /** Display names of the charter's roles, for the agenda's owner column. */
  readonly roleNames: Readonly<Partial<Record<RoleId, string>>>;
}

/** CX Cadence in the organisation's Teams app catalog, and the side panel tab to pin. */
export interface CadenceApp {
  /** The app's manifest id (`externalId` in the catalog). */
  readonly externalId: string;
  readonly tab: SidePanelTab;
}

export interface ScheduleCadenceOptions {
  /** Signed in as the cadence's organizer: the series is created in their calendar. */
  readonly client: GraphClient;
  readonly cadence: Cadence;
  /** The CX team's Microsoft 365 group. */
  readonly groupId: string;
  readonly charter: AgendaCharter;
  /** Open actions and deferred decisions to show in the agenda. */
  readonly carryOver?: AgendaCarryOver;
  readonly app: CadenceApp;
  /** What an earlier run returned (persist `seriesId`): the series is then updated in place. */
  readonly previous?: { readonly seriesId: string };
  /** Meetings that have ended by now are left alone. */
  readonly now: () => Date;
  /** Called after each step (see `SCHEDULE_CADENCE_STEPS`); throwing stops the run there. */
  readonly checkpoint?: ScheduleCheckpoint;
  /** Stops the run before the next step when aborted. */
  readonly signal?: AbortSignal;
}

/** One meeting of the scheduled series. */
export interface ScheduledOccurrence {
  readonly occurrenceId: OccurrenceId;
  readonly eventId: string;
  /** Local date in the cadence's zone. */
  readonly date: string;
  /** `undefined` when everyone in the rotation is away that day. */
  readonly presenterId: MemberId | undefined;
  readonly presenterName: string | undefined;
  readonly reason: AssignmentReason;
  /** Members passed over because they are out of office that day. */
  readonly skipped: readonly SkippedMember[];
}

/** What the run found and did; persist `seriesId` and pass it back as `previous`. */
export interface ScheduledCadence {
  readonly seriesId: string;
  readonly cadenceVersion: number;
  readonly joinUrl: string;
  readonly chatId: string;
  readonly occurrences: readonly ScheduledOccurrence[];
  /** Invitees from elsewhere in the organisation, not members of the CX group. */
  readonly attendeesOutsideTeam: readonly MemberId[];
  readonly writes: {
    /**
     * `created` also when the create found the series an interrupted run had made (same
     * `transactionId`); `updated` when a PATCH brought it in line with a changed cadence.
     */
    readonly series: 'created' | 'updated' | 'unchanged';
    /** Occurrence bodies rewritten to name their presenter. */
    readonly presenterUpdates: number;
    readonly appInstalled: boolean;
    readonly tabAdded: boolean;
  };
  readonly cost: GraphCost;
}

/** Tries of the side panel tab before giving up (each after checking the chat's tabs again). */
export const MAX_TAB_ATTEMPTS = 6;
/** Tries of the series PATCH when someone else changed the series in between (412). */
export const MAX_SERIES_UPDATE_ATTEMPTS = 3;

const SERIES_REQUEST_ID = 'series';

/**
 * Schedules a CX cadence in Microsoft 365 with one call from the planner: the Teams meeting series
 * with the standard agenda, each occurrence's Mission Moment presenter in its agenda (skipping
 * members out of office that day), and the CX Cadence side panel in the meeting chat.
 *
 * Idempotent: a second run for the same cadence writes nothing. A changed cadence (a new version,
 * with `previous.seriesId`) updates the series in place, never a second series. Every write is
 * safe to repeat (the create carries the cadence's `transactionId`, bodies are recomputed from
 * what is there, the app and tab are added only when missing), so after any failure or
 * interruption, running it again finishes the job.
 *
 * Graph traffic for a year of biweekly meetings and 12 people: 6 HTTP requests in 5 sequential
 * round trips (the team; free/busy; the series; its occurrences and meeting chat; the presenter
 * PATCHes, 20 to a batch, with the app and tab when missing).
 *
 * @throws ValidationError for an invalid cadence, attendees outside the organisation, or an
 *   organizer who is not the signed-in person (before any write).
 * @throws CadenceSchedulingError when Graph refuses a step after every retry, the app is not in
 *   the catalog, or the series has no Teams meeting.
 */
export async function scheduleCadence(options: ScheduleCadenceOptions): Promise<ScheduledCadence> {
  const run = new FlowRun(options);
  const cadence = validateCadence(options.cadence);
  const span = cadenceSpan(cadence, options.now());

  const team = await run.step('team', () =>
    readTeam({
      client: options.client,
      cadence,
      groupId: options.groupId,
      requireOrganizer: true,
      alongside: [
        catalogAppRequest(options.app.externalId),
        ...(options.previous ? [seriesReadRequest(options.previous.seriesId)] : []),
      ],
    }),
  );
  const catalogAppId = catalogAppOf(team.extra, options.app.externalId);
  const existing = options.previous ? existingSeries(team.extra) : undefined;

  const { availability } = await run.step('freeBusy', () =>
    readFreeBusy({ client: options.client, people: team.people, dates: span.dates }),
  );

  const agenda: AgendaContent = {
    template: cadence.agenda,
    mission: options.charter.mission,
    roleNames: options.charter.roleNames,
    meetingMinutes: cadence.durationMinutes,
    ...(options.carryOver ? { carryOver: options.carryOver } : {}),
  };
  const desired = newSeriesEvent({ cadence, people: team.people, agenda: agendaHtml(agenda) });
  const series = await run.step('series', () => writeSeries(options.client, desired, existing));
  const joinUrl = series.event.onlineMeeting?.joinUrl;
  if (!series.event.id || !joinUrl) {
    throw new CadenceSchedulingError({
      code: 'notAnOnlineMeeting',
      message:
        'Microsoft 365 created the meeting series without a Teams meeting, so it has no meeting chat for the side panel. Check that Teams meetings are the default online meeting provider for your mailbox, then run it again.',
    });
  }
  const seriesId = series.event.id;

  const meeting = await run.step('occurrences', () =>
    readMeeting({
      client: options.client,
      seriesId,
      joinUrl,
      instancesSpan: span.instances,
      externalId: options.app.externalId,
    }),
  );
  const occurrences = toSeriesOccurrences(meeting.instances, cadence.timeZone);
  const assignments = planPresenters({ cadence, occurrences, availability });
  const names = new Map(team.people.map((person) => [person.id, person.displayName]));
  const patches = presenterPatches({ occurrences, assignments, agenda, names });
  const sidePanel = {
    chatId: meeting.chatId,
    catalogAppId,
    graphBaseUrl: options.client.settings.baseUrl,
  };
  const writes = await run.step('presenters', () =>
    writePresentersAndSidePanel({
      client: options.client,
      patches,
      install: meeting.isInstalled ? undefined : installAppRequest(sidePanel),
      tab: meeting.hasTab ? undefined : addTabRequest({ ...sidePanel, tab: options.app.tab }),
    }),
  );
  const tab = await run.step('sidePanel', () =>
    writes.tabFailed
      ? ensureTab({
          client: options.client,
          request: addTabRequest({ ...sidePanel, tab: options.app.tab }),
          chatId: meeting.chatId,
          externalId: options.app.externalId,
          lastError: writes.tabFailed,
        })
      : Promise.resolve({ added: writes.tabAdded, cost: NO_COST }),
  );

  return {
    seriesId,
    cadenceVersion: cadence.version,
    joinUrl,
    chatId: meeting.chatId,
    occurrences: scheduledOccurrences(occurrences, assignments, names),
    attendeesOutsideTeam: team.people
      .filter((person) => !person.isTeamMember)
      .map((person) => person.id),
    writes: {
      series: series.outcome,
      presenterUpdates: patches.length,
      appInstalled: writes.appInstalled,
      tabAdded: tab.added,
    },
    cost: run.cost,
  };
}

/** Runs the steps in order, adding up their cost, with the caller's checkpoint after each. */
class FlowRun {
  cost: GraphCost = NO_COST;

  constructor(private readonly options: Pick<ScheduleCadenceOptions, 'checkpoint' | 'signal'>) {}

  async step<T extends { readonly cost: GraphCost }>(
    name: ScheduleCadenceStep,
    work: () => Promise<T>,
  ): Promise<T> {
    this.options.signal?.throwIfAborted();
    const result = await work();
    this.cost = afterEachOther(this.cost, result.cost);
    await this.options.checkpoint?.(name);
    return result;
  }
}

function seriesReadRequest(seriesId: string): BatchRequest {
  return {
    id: SERIES_REQUEST_ID,
    method: 'GET',
    url: `/me/events/${encodeURIComponent(seriesId)}?$select=${SERIES_FIELDS}`,
  };
}

function catalogAppOf(answers: BatchAnswers, externalId: string): string {
  const apps = answerBody<GraphPage<TeamsApp>>(
    answers,
    CATALOG_REQUEST_ID,
    "find CX Cadence in your organisation's Teams app catalog",
  ).value;
  const id = catalogAppIdOf(apps);
  if (id === undefined) {
    throw new CadenceSchedulingError({
      code: 'appNotInCatalog',
      message: `CX Cadence (app id ${externalId}) is not in your organisation's Teams app catalog, so it cannot be added to the meeting. Ask your Teams admin to upload or approve the app, then run it again.`,
    });
  }
  return id;
}

/** A Graph event with the ETag Graph sends along. */
type TaggedEvent = Event & { readonly '@odata.etag'?: string };

/** The series an earlier run made, or `undefined` when someone deleted it since (404). */
function existingSeries(answers: BatchAnswers): TaggedEvent | undefined {
  const result = answers.byId.get(SERIES_REQUEST_ID);
  if (result && !result.ok && result.status === 404) return undefined;
  return answerBody<TaggedEvent>(answers, SERIES_REQUEST_ID, 'read the meeting series');
}

interface SeriesWrite {
  readonly event: Event;
  readonly outcome: ScheduledCadence['writes']['series'];
  readonly cost: GraphCost;
}

/**
 * Creates the series, or brings the existing one in line with a PATCH of only what differs, under
 * `If-Match` so an edit someone made in Outlook meanwhile is read again rather than overwritten.
 */
async function writeSeries(
  client: GraphClient,
  desired: SeriesEvent,
  existing: TaggedEvent | undefined,
): Promise<SeriesWrite> {
  if (!existing) {
    // The transactionId makes a replay return the first event: safe to retry.
    const created = await sendCounted<Event>(client, {
      method: 'POST',
      url: '/me/events',
      body: desired,
      options: { retrySafe: true },
    });
    return { event: created.body, outcome: 'created', cost: created.cost };
  }
  let current: TaggedEvent = existing;
  let cost = NO_COST;
  for (let attempt = 1; ; attempt++) {
    const patch = seriesChanges(current, desired);
    if (!patch) return { event: current, outcome: 'unchanged', cost };
    const etag = current['@odata.etag'];
    try {
      // Safe to replay: the same PATCH again, or a 412 that makes us read the series afresh.
      const updated = await sendCounted<Event>(client, {
        method: 'PATCH',
        url: `/me/events/${encodeURIComponent(current.id ?? '')}`,
        body: patch,
        ...(etag ? { headers: { 'If-Match': etag } } : {}),
        options: { retrySafe: true },
      });
      return { event: updated.body, outcome: 'updated', cost: afterEachOther(cost, updated.cost) };
    } catch (error) {
      if (!isPreconditionFailed(error) || attempt === MAX_SERIES_UPDATE_ATTEMPTS) throw error;
      const fresh = await sendCounted<TaggedEvent>(client, {
        method: 'GET',
        url: seriesReadRequest(current.id ?? '').url,
      });
      current = fresh.body;
      cost = afterEachOther(cost, fresh.cost);
    }
  }
}

function isPreconditionFailed(error: unknown): boolean {
  return error instanceof GraphError && error.status === 412;
}

interface MeetingRead {
  readonly instances: readonly Event[];
  readonly chatId: string;
  readonly isInstalled: boolean;
  readonly hasTab: boolean;
  readonly cost: GraphCost;
}

interface ReadMeetingOptions {
  readonly client: GraphClient;
  readonly seriesId: string;
  readonly joinUrl: string;
  readonly instancesSpan: { readonly from: string; readonly to: string };
  readonly externalId: string;
}

/**
 * One `$batch`: the occurrences, the online meeting (for its chat), and the chat's installed apps
 * and tabs, reading the chat's id from the join URL so they need not wait for the meeting lookup.
 * Graph's `chatInfo.threadId` is checked against it; only if they differ is the chat read again.
 */
async function readMeeting(options: ReadMeetingOptions): Promise<MeetingRead> {
  const { client, externalId } = options;
  const guessedChatId = threadIdFromJoinUrl(options.joinUrl);
  const answers = await sendBatch(client, [
    instancesRequest(options.seriesId, options.instancesSpan),
    onlineMeetingRequest(options.joinUrl),
    ...(guessedChatId
      ? [installedAppsRequest(guessedChatId, externalId), tabsRequest(guessedChatId)]
      : []),
  ]);
  const firstPage = answerBody<GraphPage<Event>>(
    answers,
    INSTANCES_REQUEST_ID,
    "read the series' meetings",
  );
  const instances = await remainingPages(client, firstPage);
  const meetings = answerBody<GraphPage<OnlineMeeting>>(
    answers,
    MEETING_REQUEST_ID,
    "find the series' Teams meeting",
  ).value;
  const chatId = chatIdOf(meetings);
  if (!chatId) {
    throw new CadenceSchedulingError({
      code: 'meetingChatNotFound',
      message:
        "Microsoft Teams did not find the series' online meeting by its join link, so CX Cadence cannot add its side panel to the meeting chat. Try again in a minute: a new meeting can take a moment to appear.",
    });
  }
  const chatAnswers =
    chatId === guessedChatId
      ? answers
      : await sendBatch(client, [installedAppsRequest(chatId, externalId), tabsRequest(chatId)]);
  const installed = answerBody<GraphPage<TeamsAppInstallation>>(
    chatAnswers,
    INSTALLED_REQUEST_ID,
    'read the apps installed in the meeting chat',
  ).value;
  const tabs = answerBody<GraphPage<TeamsTab>>(
    chatAnswers,
    TABS_REQUEST_ID,
    "read the meeting chat's tabs",
  ).value;
  const cost = [instances.cost, ...(chatAnswers === answers ? [] : [chatAnswers.cost])].reduce(
    afterEachOther,
    answers.cost,
  );
  return {
    instances: instances.items,
    chatId,
    isInstalled: isAppInstalled(installed, externalId),
    hasTab: hasAppTab(tabs, externalId),
    cost,
  };
}

interface PresenterWrites {
  readonly appInstalled: boolean;
  readonly tabAdded: boolean;
  /** The tab POST's error when it failed in a way another try may fix. */
  readonly tabFailed: GraphError | undefined;
  readonly cost: GraphCost;
}

interface WritePresentersOptions {
  readonly client: GraphClient;
  readonly patches: readonly BatchRequest[];
  readonly install: BatchRequest | undefined;
  readonly tab: BatchRequest | undefined;
}

/**
 * The last round trip: the occurrence PATCHes and, when missing, the app installation and the
 * tab (the tab after the installation, which it needs), all through the batch executor.
 */
async function writePresentersAndSidePanel(
  options: WritePresentersOptions,
): Promise<PresenterWrites> {
  const { install, tab } = options;
  const tabRequest = tab && install ? { ...tab, dependsOn: [INSTALL_REQUEST_ID] } : tab;
  const answers = await sendBatch(options.client, [
    ...options.patches,
    ...(install ? [install] : []),
    ...(tabRequest ? [tabRequest] : []),
  ]);
  const patchIds = options.patches.map((patch) => patch.id ?? PRESENTER_REQUEST_PREFIX);
  const failed = [
    ...failuresAmong(answers, patchIds),
    ...failuresAmong(answers, install ? [INSTALL_REQUEST_ID] : [], isAlreadyThere),
  ];
  if (failed.length > 0) {
    throw graphFailure(
      "name every meeting's Mission Moment presenter and add the side panel",
      failed,
    );
  }
  const [tabError] = failuresAmong(answers, tab ? [TAB_REQUEST_ID] : []);
  if (tabError && !isWorthAnotherTry(tabError)) {
    throw graphFailure('add the CX Cadence side panel to the meeting chat', [tabError]);
  }
  return {
    appInstalled: install !== undefined,
    tabAdded: tab !== undefined && tabError === undefined,
    tabFailed: tabError,
    cost: answers.cost,
  };
}

/** 409: the app is already installed in the chat (a replayed install). */
function isAlreadyThere(error: GraphError): boolean {
  return error.status === 409;
}

function isWorthAnotherTry(error: GraphError): boolean {
  return error.status === 429 || error.status === 503 || error.status === 504;
}

interface EnsureTabOptions {
  readonly client: GraphClient;
  readonly request: BatchRequest;
  readonly chatId: string;
  readonly externalId: string;
  readonly lastError: GraphError;
}

/**
 * Another try at the tab after a throttled or failed POST: Graph may have pinned it before the
 * failure reached us, so the chat's tabs are read again first, and the POST is sent only if the
 * tab is still missing. Bounded by {@link MAX_TAB_ATTEMPTS}.
 */
async function ensureTab(
  options: EnsureTabOptions,
): Promise<{ readonly added: boolean; readonly cost: GraphCost }> {
  let cost = NO_COST;
  let lastError = options.lastError;
  for (let attempt = 2; attempt <= MAX_TAB_ATTEMPTS; attempt++) {
    const tabs = await sendCounted<GraphPage<TeamsTab>>(options.client, {
      method: 'GET',
      url: tabsRequest(options.chatId).url,
    });
    cost = afterEachOther(cost, tabs.cost);
    if (hasAppTab(tabs.body.value, options.externalId)) return { added: true, cost };
    try {
      const { method, url, body } = options.request;
      const added = await sendCounted(options.client, {
        method,
        url,
        body,
        options: { retrySafe: false },
      });
      return { added: true, cost: afterEachOther(cost, added.cost) };
    } catch (error) {
      if (!(error instanceof GraphError) || !isWorthAnotherTry(error)) throw error;
      lastError = error;
    }
  }
  throw graphFailure('add the CX Cadence side panel to the meeting chat', [lastError]);
}

function scheduledOccurrences(
  occurrences: readonly SeriesOccurrence[],
  assignments: readonly PresenterAssignment[],
  names: ReadonlyMap<MemberId, string>,
): ScheduledOccurrence[] {
  const byId = new Map(assignments.map((assignment) => [assignment.occurrenceId, assignment]));
  return occurrences.map((occurrence) => {
    const assignment = byId.get(occurrence.occurrenceId);
    const presenterId = assignment?.presenterId;
    return {
      occurrenceId: occurrence.occurrenceId,
      eventId: occurrence.eventId,
      date: occurrence.date,
      presenterId,
      presenterName: presenterId === undefined ? undefined : names.get(presenterId),
      reason: assignment?.reason ?? 'noOneAvailable',
      skipped: assignment?.skipped ?? [],
    };
  });
}
