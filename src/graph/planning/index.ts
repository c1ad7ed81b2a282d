/**
 * The cadence planner's Graph flows: what it opens with, a directory search for invitees from
 * outside the team, and scheduling, rescheduling and cancelling with the cadence kept in the
 * team's records.
 */
export { loadPlannerData, searchOrganisation } from './plannerData';
export type { PlannerData, PlannerOrganizer } from './plannerData';
export {
  PLANNED_SCHEDULE_STEPS,
  cancelPlannedCadence,
  readPlannedRota,
  schedulePlannedCadence,
} from './schedulePlannedCadence';
export type {
  CancelPlannedCadenceOptions,
  PlannedRota,
  PlannedSchedule,
  PlannedScheduleStep,
  ReadPlannedRotaOptions,
  SchedulePlannedCadenceOptions,
} from './schedulePlannedCadence';
