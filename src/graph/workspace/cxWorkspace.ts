import type { User } from '@microsoft/microsoft-graph-types';
import type { GraphClient } from '../client';
import { collectAll } from '../client';
import {
  createActionItemRepository,
  createCadenceRepository,
  createCharterRepository,
  createDecisionRepository,
  createMeetingRepository,
  createMissionMomentRepository,
  createRosterRepository,
  provisionRecordLists,
  type ActionItemRepository,
  type CadenceRepository,
  type CharterRepository,
  type DecisionRepository,
  type MeetingRepository,
  type MissionMomentRepository,
  type RecordsContext,
  type RecordsLocation,
  type RosterRepository,
} from '../records';

/**
 * One CX team's records and people, as every surface of the app reads and writes them: the
 * team's SharePoint lists (provisioned on first use) behind one repository per record type.
 */
export interface CxWorkspace {
  /** The CX team's Microsoft 365 group id. */
  readonly groupId: string;
  readonly client: GraphClient;
  /** Where the lists are: keep it to open the workspace again without asking Graph. */
  readonly location: RecordsLocation;
  readonly records: RecordsContext;
  readonly charter: CharterRepository;
  readonly roster: RosterRepository;
  readonly cadences: CadenceRepository;
  readonly meetings: MeetingRepository;
  readonly decisions: DecisionRepository;
  readonly missionMoments: MissionMomentRepository;
  readonly actions: ActionItemRepository;
}

export interface OpenCxWorkspaceOptions {
  readonly client: GraphClient;
  readonly groupId: string;
  /**
   * Where an earlier visit found the lists. Given, opening costs no request at all (the side
   * panel's budget); a stale location shows up as a 404 on the first read, and the caller then
   * opens again without it.
   */
  readonly location?: RecordsLocation;
}

/**
 * Opens the CX team's records: the team's site and lists (created when missing, the schema
 * brought up to date), two requests when everything is already there, none with `location`.
 */
export async function openCxWorkspace(options: OpenCxWorkspaceOptions): Promise<CxWorkspace> {
  const { client, groupId } = options;
  const location = options.location ?? locationOf(await provisionRecordLists({ client, groupId }));
  return workspaceAt({ client, groupId, location });
}

/** The workspace over lists whose location is known: no request. */
export function workspaceAt(options: Required<OpenCxWorkspaceOptions>): CxWorkspace {
  const { client, groupId, location } = options;
  const records: RecordsContext = { client, siteId: location.siteId, listIds: location.listIds };
  return {
    groupId,
    client,
    location,
    records,
    charter: createCharterRepository(records),
    roster: createRosterRepository(records),
    cadences: createCadenceRepository(records),
    meetings: createMeetingRepository(records),
    decisions: createDecisionRepository(records),
    missionMoments: createMissionMomentRepository(records),
    actions: createActionItemRepository(records),
  };
}

function locationOf(report: RecordsLocation): RecordsLocation {
  return { siteId: report.siteId, listIds: report.listIds };
}

/** A member of the CX team, as the people picker offers them. */
export interface TeamMember {
  /** Entra object id: the id charters, decisions and actions name people by. */
  readonly id: string;
  readonly displayName: string;
  /** SMTP address (falls back to the sign-in name). */
  readonly mail: string;
  readonly department: string | undefined;
  readonly jobTitle: string | undefined;
}

const MEMBER_FIELDS = 'id,displayName,mail,userPrincipalName,department,jobTitle';

/**
 * The CX group's members (`GET /groups/{id}/members`, every page), people only, sorted by name.
 * One request for any real team (999 a page).
 */
export async function listTeamMembers(client: GraphClient, groupId: string): Promise<TeamMember[]> {
  const members = await collectAll<User & { '@odata.type'?: string }>(
    client,
    `/groups/${encodeURIComponent(groupId)}/members?$select=${MEMBER_FIELDS}&$top=999`,
  );
  return members
    .filter(
      (member) =>
        member['@odata.type'] === undefined || member['@odata.type'] === '#microsoft.graph.user',
    )
    .map((member) => ({
      id: member.id ?? '',
      displayName: member.displayName ?? member.userPrincipalName ?? member.id ?? '',
      mail: member.mail ?? member.userPrincipalName ?? '',
      department: member.department ?? undefined,
      jobTitle: member.jobTitle ?? undefined,
    }))
    .filter((member) => member.id !== '')
    .sort((left, right) => left.displayName.localeCompare(right.displayName));
}
