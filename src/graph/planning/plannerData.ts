import type { User } from '@microsoft/microsoft-graph-types';
import type { Charter } from '../../domain/charter';
import type { MemberId } from '../../domain/ids';
import { GraphError, type GraphClient, type GraphPage } from '../client';
import type { CadenceRecord, InvalidRecordError, StoredRecord } from '../records';
import { listTeamMembers, type CxWorkspace, type TeamMember } from '../workspace';
import { MEMBER_FIELDS, toTeamMember } from '../workspace/teamMembers';

/** The signed-in person, who organises what the planner schedules. */
export interface PlannerOrganizer {
  readonly id: MemberId;
  readonly displayName: string;
  /** Their Outlook time zone (Windows or IANA name), when their mailbox settings say. */
  readonly timeZone: string | undefined;
}

/** Everything the planner opens with. */
export interface PlannerData {
  readonly organizer: PlannerOrganizer;
  /** The CX group's members, by name: the people picker's choices. */
  readonly members: readonly TeamMember[];
  /** The team's charter, when it saved one. */
  readonly charter: StoredRecord<Charter> | undefined;
  /** The team's saved cadences, scheduled or not. */
  readonly cadences: readonly StoredRecord<CadenceRecord>[];
  /** Cadence items nobody can read (hand edits in SharePoint), to report, not to hide. */
  readonly unreadable: readonly InvalidRecordError[];
}

/**
 * Reads what the planner shows first, all at once (one round trip, five requests): who is signed
 * in and their mailbox time zone, the team's members, its charter and its cadences. A mailbox
 * whose settings cannot be read (no mailbox, no permission) leaves the time zone to the caller.
 */
export async function loadPlannerData(workspace: CxWorkspace): Promise<PlannerData> {
  const { client } = workspace;
  const [me, timeZone, members, charter, cadences] = await Promise.all([
    client.request<User>({ method: 'GET', url: '/me?$select=id,displayName,userPrincipalName' }),
    mailboxTimeZone(client),
    listTeamMembers(client, workspace.groupId),
    workspace.charter.read(),
    workspace.cadences.list(),
  ]);
  return {
    organizer: {
      id: (me.id ?? '') as MemberId,
      displayName: me.displayName ?? me.userPrincipalName ?? '',
      timeZone,
    },
    members,
    charter,
    cadences: [...cadences.records].sort((left, right) =>
      left.value.cadence.title.localeCompare(right.value.cadence.title),
    ),
    unreadable: cadences.unreadable,
  };
}

async function mailboxTimeZone(client: GraphClient): Promise<string | undefined> {
  try {
    const setting = await client.request<{ value?: string }>({
      method: 'GET',
      url: '/me/mailboxSettings/timeZone',
    });
    return setting.value?.trim() || undefined;
  } catch (error) {
    // Not having a mailbox time zone is normal (no mailbox, no MailboxSettings.Read): the planner
    // then uses the browser's zone. Anything but a Graph answer is a real failure.
    if (error instanceof GraphError) return undefined;
    throw error;
  }
}

/** How many people a directory search offers at most. */
const ORGANISATION_SEARCH_LIMIT = 10;
/** Shorter text matches too many people to be useful. */
const MIN_ORGANISATION_SEARCH_LENGTH = 2;

/**
 * People anywhere in the organisation whose name or address starts with `text`, to invite
 * someone from outside the CX team (a product owner for one initiative). Empty for text shorter
 * than {@link MIN_ORGANISATION_SEARCH_LENGTH}. One request.
 */
export async function searchOrganisation(client: GraphClient, text: string): Promise<TeamMember[]> {
  const query = text.trim();
  if (query.length < MIN_ORGANISATION_SEARCH_LENGTH) return [];
  const literal = `'${query.replace(/'/g, "''")}'`;
  const filter = `startswith(displayName,${literal}) or startswith(mail,${literal}) or startswith(userPrincipalName,${literal})`;
  const page = await client.request<GraphPage<User>>({
    method: 'GET',
    url: `/users?$filter=${encodeURIComponent(filter)}&$select=${MEMBER_FIELDS}&$top=${ORGANISATION_SEARCH_LIMIT}`,
  });
  return page.value.filter((user) => user.id).map(toTeamMember);
}
