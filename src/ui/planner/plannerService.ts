import type { AppConfig } from '../../auth/config';
import type { Cadence } from '../../domain/cadence';
import { createDefaultCharter, type Charter } from '../../domain/charter';
import {
  cancelPlannedCadence,
  loadPlannerData,
  readPlannedRota,
  schedulePlannedCadence,
  searchOrganisation,
  type PlannedRota,
  type PlannedSchedule,
  type PlannedScheduleStep,
  type PlannerData,
} from '../../graph/planning';
import type { CadenceRecord, StoredRecord } from '../../graph/records';
import { findBestSlots, type BestSlots, type CadenceApp } from '../../graph/scheduling';
import type { CxWorkspace, TeamMember } from '../../graph/workspace';

/**
 * What the planner asks of Microsoft 365, as one port: the screen's hook calls these and nothing
 * else, so it can be driven by an in-memory fake in component tests.
 */
export interface PlannerService {
  load(): Promise<PlannerData>;
  /** People elsewhere in the organisation, for invitees from outside the team. */
  searchPeople(text: string): Promise<TeamMember[]>;
  findSlots(cadence: Cadence): Promise<BestSlots>;
  /** The rota scheduling would write (free/busy read, nothing written). */
  readRota(cadence: Cadence): Promise<PlannedRota>;
  schedule(request: ScheduleRequest): Promise<PlannedSchedule>;
  cancel(stored: StoredRecord<CadenceRecord>): Promise<StoredRecord<CadenceRecord>>;
}

export interface ScheduleRequest {
  readonly cadence: Cadence;
  readonly stored: StoredRecord<CadenceRecord> | undefined;
  /** The team's charter (mission and role names for the agenda); the default one without. */
  readonly charter: Charter | undefined;
  readonly onStep: (step: PlannedScheduleStep) => void;
}

/** How many ranked slots the planner offers. */
export const PLANNER_SLOT_LIMIT = 5;

export interface PlannerServiceOptions {
  readonly workspace: CxWorkspace;
  readonly config: Pick<AppConfig, 'appUrl' | 'teamsAppId'>;
  /** Where the app is served when the build does not say (`location.origin`). */
  readonly pageOrigin: string;
  /** The page's one clock. */
  readonly now: () => Date;
}

/** The planner's port over the real Graph flows. */
export function createPlannerService(options: PlannerServiceOptions): PlannerService {
  const { workspace, now } = options;
  return {
    load: () => loadPlannerData(workspace),
    searchPeople: (text) => searchOrganisation(workspace.client, text),
    findSlots: (cadence) =>
      findBestSlots({
        client: workspace.client,
        cadence,
        groupId: workspace.groupId,
        now,
        limit: PLANNER_SLOT_LIMIT,
      }),
    readRota: (cadence) => readPlannedRota({ workspace, cadence, now }),
    schedule: ({ cadence, stored, charter, onStep }) =>
      schedulePlannedCadence({
        workspace,
        cadence,
        ...(stored ? { stored } : {}),
        charter: charter ?? createDefaultCharter(),
        app: cadenceApp({ ...options, cadenceId: cadence.id }),
        now,
        onStep,
      }),
    cancel: (stored) => cancelPlannedCadence({ workspace, stored }),
  };
}

/**
 * CX Cadence in the Teams app catalog and the side panel tab to pin in the meeting chat: the
 * side panel page for this team and cadence, with Teams' `{theme}` placeholder.
 *
 * @example cadenceApp({ config: { appUrl: 'https://cx.contoso.com', teamsAppId }, groupId: 'g1',
 *   cadenceId: 'c1', … }).tab.contentUrl
 *   // 'https://cx.contoso.com/sidePanel.html?groupId=g1&cadenceId=c1&theme={theme}'
 */
export function cadenceApp(
  options: Pick<PlannerServiceOptions, 'config' | 'pageOrigin'> & {
    readonly workspace: Pick<CxWorkspace, 'groupId'>;
    readonly cadenceId: string;
  },
): CadenceApp {
  const appUrl = options.config.appUrl ?? options.pageOrigin;
  const groupId = options.workspace.groupId;
  const query = `groupId=${encodeURIComponent(groupId)}&cadenceId=${encodeURIComponent(options.cadenceId)}`;
  return {
    externalId: options.config.teamsAppId,
    tab: {
      entityId: `cx-cadence:${groupId}`,
      contentUrl: `${appUrl}/sidePanel.html?${query}&theme={theme}`,
      websiteUrl: `${appUrl}/planner.html?${query}`,
    },
  };
}

/** The local meeting page of one occurrence (emulator runs only: Teams has the real meeting). */
export function localMeetingUrl(options: {
  readonly groupId: string;
  readonly cadenceId: string;
  readonly occurrenceId: string;
}): string {
  const query = new URLSearchParams({
    groupId: options.groupId,
    cadenceId: options.cadenceId,
    occurrence: options.occurrenceId,
  });
  return `/meeting.html?${query.toString()}`;
}
