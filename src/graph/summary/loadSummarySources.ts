import type { OnlineMeeting } from '@microsoft/microsoft-graph-types';
import type { Charter } from '../../domain/charter';
import type { CadenceId, MeetingId, OccurrenceId } from '../../domain/ids';
import type { ActionItem, Decision, MissionMoment } from '../../domain/records';
import { meetingIdOf } from '../../domain/records';
import type { SummaryMember } from '../../domain/summary';
import type { BatchRequest, GraphClient } from '../client';
import { GraphError, executeBatch } from '../client';
import { allItemsOf } from '../planner';
import {
  CHARTER_RECORD_KEY,
  InvalidRecordError,
  RecordsAccessError,
  actionItemMapper,
  cadenceMapper,
  charterMapper,
  decisionMapper,
  listSchemaOf,
  meetingMapper,
  missionMomentMapper,
} from '../records';
import type {
  CadenceRecord,
  GraphListItem,
  MeetingEntry,
  RecordMapper,
  RecordsContext,
  StoredRecord,
} from '../records';
import { fieldNamesOf, odataString, recordsOfItems } from '../records/listItemMapping';
import { isForbidden } from '../records/recordsSite';
import { chatIdOf, onlineMeetingRequest, threadIdFromJoinUrl } from '../scheduling/meetingChat';
import type { CxWorkspace, TeamMember } from '../workspace';
import { listTeamMembers } from '../workspace';
import { SummarySourceError } from './errors';

/**
 * Everything the post-meeting summary is built from, read in one round trip: the meeting's record,
 * its Mission Moment, decisions and actions, the cadence, the charter, and the team's members
 * (names and mail addresses).
 */
export interface SummarySources {
  readonly meetingId: MeetingId;
  readonly meeting: StoredRecord<MeetingEntry>;
  readonly cadence: StoredRecord<CadenceRecord>;
  readonly charter: Charter;
  readonly members: readonly TeamMember[];
  /** The one the record links, else one stored for the meeting that the record does not link yet. */
  readonly missionMoment?: MissionMoment;
  /** The record's decisions in its order, then any other decision taken in the meeting. */
  readonly decisions: readonly Decision[];
  /** As stored, so publishing can link each to its Planner task under `If-Match`. */
  readonly actions: readonly StoredRecord<ActionItem>[];
  /** Items that exist but cannot be read (hand edits): shown, never silently dropped. */
  readonly unreadable: readonly InvalidRecordError[];
}

export interface LoadSummarySourcesOptions {
  readonly workspace: Pick<CxWorkspace, 'client' | 'groupId' | 'records'>;
  readonly cadenceId: CadenceId;
  readonly occurrenceId: OccurrenceId;
  /** The team's members when already read (saves their request). */
  readonly members?: readonly TeamMember[];
}

/**
 * Reads a meeting's summary sources: one `$batch` of six list reads (the meeting by its id; its
 * decisions, Mission Moments and actions by their indexed `MeetingId`; the cadence; the charter)
 * alongside the team's members: 2 HTTP requests in 1 round trip (more only when a list answers
 * in several pages).
 *
 * @throws SummarySourceError when the meeting, its cadence or the charter is not there yet.
 * @throws RecordsAccessError when the person may not read the team's lists.
 */
export async function loadSummarySources(
  options: LoadSummarySourcesOptions,
): Promise<SummarySources> {
  const { workspace } = options;
  const meetingId = meetingIdOf(options.cadenceId, options.occurrenceId);
  const [lists, members] = await Promise.all([
    readLists(workspace.records, { meetingId, cadenceId: options.cadenceId }),
    options.members ?? listTeamMembers(workspace.client, workspace.groupId),
  ]);
  const unreadable: InvalidRecordError[] = [];
  const parsed = <T>(mapper: RecordMapper<T>, items: readonly GraphListItem[]) => {
    const read = recordsOfItems(mapper, items);
    unreadable.push(...read.unreadable);
    return read.records;
  };
  const meeting = parsed(meetingMapper, lists.meeting)[0];
  const cadence = parsed(cadenceMapper, lists.cadence)[0];
  const charter = parsed(charterMapper, lists.charter)[0];
  if (!meeting) throw SummarySourceError.noMeeting(meetingId);
  if (!cadence) throw SummarySourceError.noCadence(options.cadenceId);
  if (!charter) throw SummarySourceError.noCharter();
  const record = meeting.value.record;
  const moments = parsed(missionMomentMapper, lists.missionMoments).map((stored) => stored.value);
  // The record links its moment once the side panel's sync has run; until then (or after a sync
  // that stopped between its writes) the moment stored for the meeting is still the meeting's.
  const missionMoment =
    moments.find((moment) => moment.id === record.missionMomentId) ?? moments[0];
  return {
    meetingId,
    meeting,
    cadence,
    charter: charter.value,
    members,
    ...(missionMoment ? { missionMoment } : {}),
    decisions: inRecordOrder(
      parsed(decisionMapper, lists.decisions).map((stored) => stored.value),
      record.decisionIds,
      (decision) => decision.id,
    ),
    actions: inRecordOrder(
      parsed(actionItemMapper, lists.actions),
      record.actionIds,
      (stored) => stored.value.id,
    ),
    unreadable,
  };
}

/** The summary's view of the team's members: names for every id, addresses for the mail. */
export function summaryMembersOf(members: readonly TeamMember[]): SummaryMember[] {
  return members.map((member) => ({
    id: member.id as SummaryMember['id'],
    displayName: member.displayName,
    ...(member.mail ? { email: member.mail } : {}),
  }));
}

type ListAnswers = Record<
  'meeting' | 'cadence' | 'charter' | 'decisions' | 'missionMoments' | 'actions',
  readonly GraphListItem[]
>;

async function readLists(
  records: RecordsContext,
  keys: { meetingId: MeetingId; cadenceId: CadenceId },
): Promise<ListAnswers> {
  const requests: BatchRequest[] = [
    listRead(records, {
      id: 'meeting',
      mapper: meetingMapper,
      column: 'MeetingId',
      value: keys.meetingId,
    }),
    listRead(records, {
      id: 'cadence',
      mapper: cadenceMapper,
      column: 'CadenceId',
      value: keys.cadenceId,
    }),
    listRead(records, {
      id: 'charter',
      mapper: charterMapper,
      column: 'CharterKey',
      value: CHARTER_RECORD_KEY,
    }),
    listRead(records, {
      id: 'decisions',
      mapper: decisionMapper,
      column: 'MeetingId',
      value: keys.meetingId,
    }),
    listRead(records, {
      id: 'missionMoments',
      mapper: missionMomentMapper,
      column: 'MeetingId',
      value: keys.meetingId,
    }),
    listRead(records, {
      id: 'actions',
      mapper: actionItemMapper,
      column: 'MeetingId',
      value: keys.meetingId,
    }),
  ];
  const { results } = await executeBatch<unknown>(records.client, requests);
  const answers = await Promise.all(
    results.map(async (result) => {
      if (!result.ok)
        throw isForbidden(result.error) ? new RecordsAccessError(result.error) : result.error;
      return [result.id, await allItemsOf<GraphListItem>(records.client, result.body)] as const;
    }),
  );
  return Object.fromEntries(answers) as unknown as ListAnswers;
}

/** The same read as the record store's query: the item's id, ETag and the schema's fields. */
function listRead<T>(
  records: RecordsContext,
  read: { id: string; mapper: RecordMapper<T>; column: string; value: string },
): BatchRequest {
  const schema = listSchemaOf(read.mapper.list);
  const filter = `fields/${read.column} eq ${odataString(read.value)}`;
  return {
    id: read.id,
    method: 'GET',
    url:
      `/sites/${records.siteId}/lists/${records.listIds[read.mapper.list]}/items` +
      `?$select=id,eTag&$expand=fields($select=${fieldNamesOf(schema).join(',')})` +
      `&$filter=${encodeURIComponent(filter)}`,
  };
}

/** Items listed by the record first, in its order; then the others, in the order read. */
function inRecordOrder<T>(
  items: readonly T[],
  order: readonly string[],
  idOf: (item: T) => string,
): T[] {
  const byId = new Map(items.map((item) => [idOf(item), item]));
  const listed = order.flatMap((id) => {
    const item = byId.get(id);
    return item === undefined ? [] : [item];
  });
  const listedIds = new Set(order);
  return [...listed, ...items.filter((item) => !listedIds.has(idOf(item)))];
}

/**
 * The meeting chat of a cadence's series, for posting the summary: the series master's join URL
 * (`GET /me/events/{id}`, so only its organizer can read it), the thread id read from the URL, or
 * when the URL does not carry it, `GET /me/onlineMeetings?$filter=JoinWebUrl eq '…'`.
 *
 * @throws SummarySourceError when the cadence was never scheduled or its meeting has no chat.
 */
export async function findMeetingChat(
  client: GraphClient,
  cadence: Pick<CadenceRecord, 'seriesId'>,
): Promise<string> {
  if (!cadence.seriesId) throw SummarySourceError.notScheduled();
  let joinUrl: string | undefined;
  try {
    const series = await client.request<{ onlineMeeting?: { joinUrl?: string } | null }>({
      method: 'GET',
      url: `/me/events/${encodeURIComponent(cadence.seriesId)}?$select=onlineMeeting`,
    });
    joinUrl = series.onlineMeeting?.joinUrl ?? undefined;
  } catch (error) {
    if (error instanceof GraphError && error.status === 404) throw SummarySourceError.noChat();
    throw error;
  }
  if (!joinUrl) throw SummarySourceError.noChat();
  const fromUrl = threadIdFromJoinUrl(joinUrl);
  if (fromUrl) return fromUrl;
  const request = onlineMeetingRequest(joinUrl);
  const meetings = await client.request<{ value: OnlineMeeting[] }>({
    method: 'GET',
    url: request.url,
  });
  const chatId = chatIdOf(meetings.value);
  if (!chatId) throw SummarySourceError.noChat();
  return chatId;
}
