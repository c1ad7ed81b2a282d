import type { GraphClient } from '../client';
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
