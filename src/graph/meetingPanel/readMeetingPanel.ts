import type { Event } from '@microsoft/microsoft-graph-types';
import type { Cadence } from '../../domain/cadence';
import type { Charter } from '../../domain/charter';
import type { CadenceId, MeetingId, MemberId } from '../../domain/ids';
import {
  findCurrentOccurrence,
  inviteTextOf,
  missionMomentPresenter,
  splitMeetingOutcomes,
  type MeetingOutcomes,
  type MissionMomentPresenter,
} from '../../domain/meetingPanel';
import type { CarryOver } from '../../domain/records/carryOver';
import { meetingIdOf } from '../../domain/records/meetingRecord';
import type { Occurrence } from '../../domain/recurrence';
import { GraphError, collectAll, executeBatch } from '../client';
import type { BatchRequest, BatchResult, GraphClient, GraphPage } from '../client';
// Each module by its own path, not the records' index: the side panel's start-up code must not
// pull in the record store and list provisioning, which only syncing needs (a later chunk).
import { RecordsAccessError, type InvalidRecordError, type StoredRecord } from '../records/errors';
import {
  fieldNamesOf,
  odataString,
  recordOfItem,
  recordsOfItems,
  type GraphListItem,
  type RecordMapper,
} from '../records/listItemMapping';
import { RECORD_LIST_SCHEMAS, listSchemaOf, type RecordListKey } from '../records/listSchemas';
import { actionItemMapper } from '../records/mappers/actionItemMapper';
import { cadenceMapper } from '../records/mappers/cadenceMapper';
import { CHARTER_RECORD_KEY, charterMapper } from '../records/mappers/charterMapper';
import { decisionMapper } from '../records/mappers/decisionMapper';
import { meetingMapper, type MeetingEntry } from '../records/mappers/meetingMapper';
import { missionMomentMapper } from '../records/mappers/missionMomentMapper';
import {
  resolveRecordsSiteId,
  withRecordsAccess,
  type RecordsLocation,
} from '../records/recordsSite';
import { threadIdFromJoinUrl } from '../scheduling/meetingChat';
import { listTeamMembers, type TeamMember } from '../workspace/teamMembers';
import { MeetingPanelError } from './errors';

/**
 * The side panel's read flow, built for its load budget: the agenda after at most two sequential
 * Graph round trips once a token is held, one when the team's site id is known.
 *
 * - Round trip 0 (only when the caller has no cached `siteId`): the team's site id
 *   (`GET /groups/{id}/sites/root`). Lists are addressed by their title
 *   (`/sites/{id}/lists/CX%20Cadences/items`, as Graph allows), so their ids are never needed.
 * - Round trip 1, five HTTP requests sent together: the cadence, the charter and the person's
 *   calendar around the meeting (the invite's presenter; in Teams, also which occurrence the
 *   meeting chat belongs to) as plain GETs, so the agenda (`onAgenda`) never waits for a batch's
 *   own dispatch; a `$batch` with the cadence's meeting records, decisions, actions and Mission
 *   Moments; and the team's members. Lists rarely need a second page; when one does, its pages
 *   follow.
 *
 * A cached site id that went stale answers 404: the flow looks the site up again and repeats the
 * round trip once. Lists that do not exist (nobody has opened the CX hub yet) are reported as such.
 */

export interface ReadMeetingPanelOptions {
  readonly client: GraphClient;
  /** The CX team's Microsoft 365 group. */
  readonly groupId: string;
  readonly cadenceId: CadenceId;
  /** The occurrence the page names (its UTC start); absent: found from the meeting and the clock. */
  readonly occurrenceId?: string;
  /** The meeting chat's thread id (Teams' context), to recognise the meeting in the calendar. */
  readonly chatId?: string;
  /** The team's site id from an earlier visit: saves the first round trip. */
  readonly siteId?: string;
  readonly now: () => Date;
  /** Called once the agenda can show (cadence, charter, occurrence), before the rest answers. */
  readonly onAgenda?: (agenda: MeetingPanelAgenda) => void;
}

/** What the agenda needs: enough to render the top of the panel. */
export interface MeetingPanelAgenda {
  readonly location: RecordsLocation;
  readonly cadence: Cadence;
  readonly charter: Charter;
  readonly occurrence: Occurrence;
  readonly meetingId: MeetingId;
}

/** Everything the side panel shows for one meeting. */
export interface MeetingPanelData extends MeetingPanelAgenda {
  readonly members: readonly TeamMember[];
  readonly presenter: MissionMomentPresenter;
  readonly carryOver: CarryOver;
  /** What this meeting already holds in the team's records. */
  readonly thisMeeting: MeetingOutcomes;
  /** The meeting's record; `undefined` until the first entry is synced. */
  readonly meeting: StoredRecord<MeetingEntry> | undefined;
  /** Items that could not be read (hand edits in SharePoint), as messages for the person. */
  readonly unreadable: readonly string[];
}

/** Items per page of a list read: a year of weekly meetings' outcomes fits one page. */
export const PANEL_PAGE_SIZE = 999;
/** Events read from the calendar around the meeting. */
export const CALENDAR_PAGE_SIZE = 50;
/** Without an occurrence, the calendar is read this long either side of now. */
export const CALENDAR_SEARCH_HOURS = 24;

const MS_PER_HOUR = 3_600_000;

/**
 * Reads the side panel's meeting: see the module comment for the round trips.
 *
 * @throws MeetingPanelError (`cadenceNotFound`, `charterNotFound`) when the records lack them.
 * @throws ValidationError when the named occurrence is not one of the cadence's meetings.
 * @throws RecordsAccessError / GraphError when Graph refuses or fails.
 */
export async function readMeetingPanel(
  options: ReadMeetingPanelOptions,
): Promise<MeetingPanelData> {
  if (options.siteId) {
    try {
      return await readAt(options, recordsLocationByTitle(options.siteId));
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
  const siteId = await resolveRecordsSiteId(options.client, options.groupId);
  try {
    return await readAt(options, recordsLocationByTitle(siteId));
  } catch (error) {
    if (!isNotFound(error)) throw error;
    throw new MeetingPanelError(
      'recordsNotFound',
      "The CX team's records are not set up yet: ask the CX lead to open the CX hub once, then reload the side panel.",
    );
  }
}

/**
 * The records' location with each list named by its title (URL-encoded), which Graph accepts
 * wherever a list id goes: repositories built on it need no request to learn the list ids.
 */
export function recordsLocationByTitle(siteId: string): RecordsLocation {
  const listIds = Object.fromEntries(
    RECORD_LIST_SCHEMAS.map((schema) => [schema.key, encodeURIComponent(schema.displayName)]),
  ) as Record<RecordListKey, string>;
  return { siteId, listIds };
}

async function readAt(
  options: ReadMeetingPanelOptions,
  location: RecordsLocation,
): Promise<MeetingPanelData> {
  const { client, cadenceId } = options;
  const ofCadence = `fields/CadenceId eq ${odataString(cadenceId)}`;
  const startsWithCadence = `startswith(fields/MeetingId, ${odataString(`${cadenceId}@`)})`;
  const outcomesRead = executeBatch<GraphPage<unknown>>(client, [
    itemsRequest(location, 'meetings', ofCadence),
    itemsRequest(location, 'decisions', startsWithCadence),
    itemsRequest(location, 'actionItems', startsWithCadence),
    itemsRequest(location, 'missionMoments', startsWithCadence),
  ]);
  const calendarRead = readCalendar(client, calendarWindowOf(options));
  const agendaRead = Promise.all([
    readPage(client, itemsRequest(location, 'cadences', ofCadence)),
    readPage(
      client,
      itemsRequest(location, 'charter', `fields/CharterKey eq ${odataString(CHARTER_RECORD_KEY)}`),
    ),
  ]).then(async (pages) => {
    // Only a panel that must find its meeting through the chat waits for the calendar (sent in
    // the same round trip); otherwise the agenda shows at once.
    const needsCalendar = options.occurrenceId === undefined && options.chatId !== undefined;
    const events = needsCalendar ? await calendarRead : [];
    const agenda = agendaOf({ options, location, pages, events });
    options.onAgenda?.(agenda);
    return agenda;
  });
  const membersRead = listTeamMembers(client, options.groupId);
  // Settle all three before failing, so no read is left running unobserved.
  const [agendaResult, outcomesResult, membersResult] = await Promise.allSettled([
    agendaRead,
    outcomesRead,
    membersRead,
  ]);
  if (agendaResult.status === 'rejected') throw agendaResult.reason;
  if (outcomesResult.status === 'rejected') throw outcomesResult.reason;
  if (membersResult.status === 'rejected') throw membersResult.reason;
  const agenda = agendaResult.value;
  const members = membersResult.value;

  const [meetings, decisions, actions, moments] = await Promise.all([
    readRecords(client, outcomesResult.value.results[0], meetingMapper),
    readRecords(client, outcomesResult.value.results[1], decisionMapper),
    readRecords(client, outcomesResult.value.results[2], actionItemMapper),
    readRecords(client, outcomesResult.value.results[3], missionMomentMapper),
  ]);
  const events = await calendarRead;
  const invite = inviteFor(events, agenda.occurrence);
  const split = splitMeetingOutcomes({
    timeZone: agenda.cadence.timeZone,
    occurrenceId: agenda.occurrence.id,
    meetingId: agenda.meetingId,
    decisions: values(decisions.records),
    actions: values(actions.records),
    missionMoments: values(moments.records),
  });
  return {
    ...agenda,
    members,
    presenter: missionMomentPresenter({
      cadence: agenda.cadence,
      occurrence: agenda.occurrence,
      ...(invite ? { inviteText: inviteTextOf(invite.body?.content ?? '') } : {}),
      members: members.map((member) => ({
        id: member.id as MemberId,
        displayName: member.displayName,
      })),
    }),
    carryOver: split.carryOver,
    thisMeeting: split.thisMeeting,
    meeting: meetings.records.find((record) => record.value.record.id === agenda.meetingId),
    unreadable: [meetings, decisions, actions, moments].flatMap((read) =>
      read.unreadable.map((error) => error.message),
    ),
  };

  function agendaOf(input: {
    options: ReadMeetingPanelOptions;
    location: RecordsLocation;
    pages: readonly [GraphPage<GraphListItem>, GraphPage<GraphListItem>];
    events: readonly Event[];
  }): MeetingPanelAgenda {
    const [cadencePage, charterPage] = input.pages;
    const cadence = firstRecord(cadencePage, cadenceMapper)?.value.cadence;
    if (!cadence) {
      throw new MeetingPanelError(
        'cadenceNotFound',
        `This meeting's cadence (${cadenceId}) is not in the CX team's records: it may have been cancelled, or the side panel belongs to another team's meeting. Ask the CX lead to open the cadence planner.`,
      );
    }
    const charter = firstRecord(charterPage, charterMapper)?.value;
    if (!charter) {
      throw new MeetingPanelError(
        'charterNotFound',
        'The CX team has no charter yet, so there is no mission or decision rights to show. Ask the CX lead to save the charter in the CX hub.',
      );
    }
    const fromCalendar =
      input.options.occurrenceId ?? occurrenceInChat(input.events, input.options);
    const occurrence = findCurrentOccurrence({
      cadence,
      now: input.options.now().toISOString(),
      ...(fromCalendar ? { occurrenceId: fromCalendar } : {}),
    });
    return {
      location: input.location,
      cadence,
      charter,
      occurrence,
      meetingId: meetingIdOf(cadence.id, occurrence.id),
    };
  }
}

/** A read of one records list: the items whose fields match `filter`, every field the list has. */
function itemsRequest(
  location: RecordsLocation,
  list: RecordListKey,
  filter: string,
): BatchRequest {
  const query = [
    `$select=id,eTag`,
    `$expand=fields($select=${fieldNamesOf(listSchemaOf(list)).join(',')})`,
    `$filter=${encodeURIComponent(filter)}`,
    `$top=${PANEL_PAGE_SIZE}`,
  ];
  return {
    id: list,
    method: 'GET',
    url: `/sites/${location.siteId}/lists/${location.listIds[list]}/items?${query.join('&')}`,
  };
}

interface CalendarWindow {
  readonly from: string;
  readonly to: string;
}

function calendarWindowOf(options: ReadMeetingPanelOptions): CalendarWindow {
  const center = options.occurrenceId ? Date.parse(options.occurrenceId) : undefined;
  if (center !== undefined && Number.isFinite(center)) {
    return { from: isoOf(center), to: isoOf(center + 60_000) };
  }
  const now = options.now().getTime();
  return {
    from: isoOf(now - CALENDAR_SEARCH_HOURS * MS_PER_HOUR),
    to: isoOf(now + CALENDAR_SEARCH_HOURS * MS_PER_HOUR),
  };
}

/**
 * The person's events in the window. A nicety (the invite's presenter, the chat's occurrence): a
 * failure reads as no events, and the panel falls back to the rota and the clock.
 */
function readCalendar(client: GraphClient, window: CalendarWindow): Promise<readonly Event[]> {
  const query = [
    `startDateTime=${encodeURIComponent(window.from)}`,
    `endDateTime=${encodeURIComponent(window.to)}`,
    '$select=subject,body,start,originalStart,onlineMeeting',
    `$top=${CALENDAR_PAGE_SIZE}`,
  ];
  return client
    .request<GraphPage<Event>>({ method: 'GET', url: `/me/calendarView?${query.join('&')}` })
    .then(
      (page) => page.value,
      () => [],
    );
}

function isoOf(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The occurrence of the meeting whose chat the panel is in, from the calendar, if it shows. */
function occurrenceInChat(
  events: readonly Event[],
  options: ReadMeetingPanelOptions,
): string | undefined {
  if (!options.chatId) return undefined;
  const inChat = events.find(
    (event) => threadIdFromJoinUrl(event.onlineMeeting?.joinUrl ?? '') === options.chatId,
  );
  const start = inChat ? startOf(inChat) : undefined;
  return start === undefined ? undefined : isoOf(start);
}

/** The invite of the occurrence in the person's calendar (its original start matches). */
function inviteFor(events: readonly Event[], occurrence: Occurrence): Event | undefined {
  const startMs = Date.parse(occurrence.utcStart);
  return events.find((event) => startOf(event) === startMs);
}

function startOf(event: Event): number | undefined {
  const original = event.originalStart ? Date.parse(event.originalStart) : Number.NaN;
  if (Number.isFinite(original)) return original;
  const start = event.start?.dateTime;
  if (!start) return undefined;
  // calendarView answers in UTC unless a Prefer header asks otherwise.
  const ms = Date.parse(/(?:Z|[+-]\d{2}:?\d{2})$/i.test(start) ? start : `${start}Z`);
  return Number.isFinite(ms) ? ms : undefined;
}

interface RecordsRead<T> {
  readonly records: readonly StoredRecord<T>[];
  readonly unreadable: readonly InvalidRecordError[];
}

/** A list read's records, following `@odata.nextLink` when the first page is not all. */
async function readRecords<T>(
  client: GraphClient,
  result: BatchResult<GraphPage<unknown>> | undefined,
  mapper: RecordMapper<T>,
): Promise<RecordsRead<T>> {
  const page = answered(result) as GraphPage<GraphListItem>;
  const next = page['@odata.nextLink'];
  const items = next
    ? [...page.value, ...(await collectAll<GraphListItem>(client, next))]
    : page.value;
  return recordsOfItems(mapper, items);
}

function firstRecord<T>(
  page: GraphPage<GraphListItem>,
  mapper: RecordMapper<T>,
): StoredRecord<T> | undefined {
  const [item] = page.value;
  return item ? recordOfItem(mapper, item) : undefined;
}

/** One list read on its own, refused access reported as the records' access problem. */
function readPage(client: GraphClient, request: BatchRequest): Promise<GraphPage<GraphListItem>> {
  return withRecordsAccess(() =>
    client.request<GraphPage<GraphListItem>>({ method: 'GET', url: request.url }),
  );
}

function answered<T>(result: BatchResult<T> | undefined): T {
  if (!result) throw new Error('Graph left a request of the batch unanswered.');
  if (result.ok) return result.body;
  if (result.status === 403) throw new RecordsAccessError(result.error);
  throw result.error;
}

function values<T>(records: readonly StoredRecord<T>[]): T[] {
  return records.map((record) => record.value);
}

/** A site id that no longer exists, or lists that do not. */
function isNotFound(error: unknown): boolean {
  return error instanceof GraphError && error.status === 404;
}
