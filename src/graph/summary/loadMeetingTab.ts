import type { CadenceId } from '../../domain/ids';
import type { MeetingSummary } from '../../domain/summary';
import { lastPublishedMeeting } from '../../domain/summaryReview';
import type { CadenceRecord, MeetingEntry, StoredRecord } from '../records';
import type { CxWorkspace, TeamMember } from '../workspace';
import { listTeamMembers } from '../workspace';
import { SummarySourceError } from './errors';
import { loadSummarySources } from './loadSummarySources';
import { summaryOfSources } from './publishMeetingSummary';

export interface LoadMeetingTabOptions {
  readonly workspace: Pick<CxWorkspace, 'client' | 'groupId' | 'records' | 'cadences' | 'meetings'>;
  readonly cadenceId: CadenceId;
  /** BCP 47 locale for dates; default the summary's. */
  readonly locale?: string;
}

/** What the meeting details / chat tab shows of a cadence. */
export interface MeetingTab {
  readonly cadence: CadenceRecord;
  readonly members: readonly TeamMember[];
  /** The most recent meeting whose summary is published, and that summary. */
  readonly lastPublished?: {
    readonly meeting: StoredRecord<MeetingEntry>;
    readonly summary: MeetingSummary;
  };
}

/**
 * Reads what the meeting tab shows: the cadence, its meetings (to find the last published
 * summary) and the team's members in one round trip of 3 requests, then that meeting's summary
 * sources in one more `$batch`.
 *
 * @throws SummarySourceError when the cadence is not in the team's records.
 */
export async function loadMeetingTab(options: LoadMeetingTabOptions): Promise<MeetingTab> {
  const { workspace, cadenceId } = options;
  const [cadence, meetings, members] = await Promise.all([
    workspace.cadences.read(cadenceId),
    workspace.meetings.forCadence(cadenceId),
    listTeamMembers(workspace.client, workspace.groupId),
  ]);
  if (!cadence) throw SummarySourceError.noCadence(cadenceId);
  const last = lastPublishedMeeting(meetings.records.map((stored) => stored.value));
  if (!last) return { cadence: cadence.value, members };
  const sources = await loadSummarySources({
    workspace,
    cadenceId,
    occurrenceId: last.record.occurrenceId,
    members,
  });
  return {
    cadence: cadence.value,
    members,
    lastPublished: { meeting: sources.meeting, summary: summaryOfSources(sources, options.locale) },
  };
}
