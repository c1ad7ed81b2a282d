import type { Cadence } from '../../domain/cadence';
import type { Charter } from '../../domain/charter';
import { roleNamesOf } from '../../domain/charter/charterForm';
import { previewRota, type RotaEntry } from '../../domain/planning';
import type { CadenceRecord, StoredRecord } from '../records';
import { isSameRecord } from '../records/listItemMapping';
import {
  SCHEDULE_CADENCE_STEPS,
  cancelCadence,
  findBestSlots,
  scheduleCadence,
  type AgendaCharter,
  type CadenceApp,
  type CadencePerson,
  type ScheduleCadenceStep,
  type ScheduledCadence,
} from '../scheduling';
import type { CxWorkspace } from '../workspace';

/**
 * What the planner does when someone presses Schedule: the cadence saved in the team's records
 * first (so the team sees it even if Outlook refuses the series), then the scheduling flow, then
 * the series id kept with the cadence so a later change updates the same series in place.
 */
export const PLANNED_SCHEDULE_STEPS = ['record', ...SCHEDULE_CADENCE_STEPS, 'seriesId'] as const;
export type PlannedScheduleStep = (typeof PLANNED_SCHEDULE_STEPS)[number];

export interface SchedulePlannedCadenceOptions {
  /** Opened as the organizer. */
  readonly workspace: CxWorkspace;
  readonly cadence: Cadence;
  /** The cadence as read from the records, when it was saved before; its `seriesId` is reused. */
  readonly stored?: StoredRecord<CadenceRecord>;
  /** The team's charter for the agenda's mission and role names. */
  readonly charter: Charter;
  readonly app: CadenceApp;
  readonly now: () => Date;
  /** Called after each step (for progress). */
  readonly onStep?: (step: PlannedScheduleStep) => void;
}

export interface PlannedSchedule {
  /** The saved cadence with its series id. */
  readonly record: StoredRecord<CadenceRecord>;
  readonly scheduled: ScheduledCadence;
}

/**
 * Saves and schedules a cadence. Safe to run again after any failure: the record write is
 * idempotent (same value, no write), and so is every step of `scheduleCadence`.
 *
 * @throws RecordConflictError when someone else saved the cadence since it was read (nothing was
 *   scheduled).
 * @throws ValidationError, CadenceSchedulingError, GraphError as `scheduleCadence` does.
 */
export async function schedulePlannedCadence(
  options: SchedulePlannedCadenceOptions,
): Promise<PlannedSchedule> {
  const { workspace, cadence, stored } = options;
  const seriesId = stored?.value.seriesId;
  const next: CadenceRecord = seriesId ? { cadence, seriesId } : { cadence };
  const saved = stored
    ? isSameRecord(stored.value, next)
      ? stored
      : await workspace.cadences.update(stored, next)
    : await workspace.cadences.create(next);
  options.onStep?.('record');
  const scheduled = await scheduleCadence({
    client: workspace.client,
    cadence,
    groupId: workspace.groupId,
    charter: agendaCharterOf(options.charter),
    app: options.app,
    now: options.now,
    ...(seriesId ? { previous: { seriesId } } : {}),
    checkpoint: (step: ScheduleCadenceStep) => options.onStep?.(step),
  });
  const record = await workspace.cadences.recordSeriesId(saved, scheduled.seriesId);
  options.onStep?.('seriesId');
  return { record, scheduled };
}

/** The mission and role names the agenda shows, from the team's charter. */
function agendaCharterOf(charter: Charter): AgendaCharter {
  return { mission: charter.mission, roleNames: roleNamesOf(charter) };
}

export interface CancelPlannedCadenceOptions {
  readonly workspace: CxWorkspace;
  readonly stored: StoredRecord<CadenceRecord>;
}

/**
 * Cancels the cadence's meeting series (attendees get Outlook's cancellation) and keeps the
 * cadence in the records without its series id, so it can be scheduled again. Idempotent: a
 * series already gone counts as cancelled.
 *
 * @throws GraphError when Graph refuses the delete; RecordConflictError when the record changed.
 */
export async function cancelPlannedCadence(
  options: CancelPlannedCadenceOptions,
): Promise<StoredRecord<CadenceRecord>> {
  const { workspace, stored } = options;
  const seriesId = stored.value.seriesId;
  if (seriesId) await cancelCadence({ client: workspace.client, seriesId });
  if (!seriesId) return stored;
  return workspace.cadences.update(stored, { cadence: stored.value.cadence });
}

export interface ReadPlannedRotaOptions {
  readonly workspace: CxWorkspace;
  readonly cadence: Cadence;
  readonly now: () => Date;
}

export interface PlannedRota {
  readonly rota: readonly RotaEntry[];
  /** The attendees as Graph knows them (names of people from outside the team too). */
  readonly people: readonly CadencePerson[];
}

/**
 * The Mission Moment rota of a saved cadence, as scheduling it would write it: everyone's
 * free/busy read (two round trips, read-only), then the domain's rotation. What the planner
 * shows for a cadence it opens.
 */
export async function readPlannedRota(options: ReadPlannedRotaOptions): Promise<PlannedRota> {
  const { workspace, cadence } = options;
  const best = await findBestSlots({
    client: workspace.client,
    cadence,
    groupId: workspace.groupId,
    now: options.now,
    limit: 1,
  });
  return {
    rota: previewRota({ cadence, now: options.now(), availability: best.availability }),
    people: best.people,
  };
}
