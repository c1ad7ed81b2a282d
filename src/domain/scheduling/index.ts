/**
 * Scheduling: the best recurring slot for a cadence, from everyone's free/busy and working hours,
 * and who is away on which meeting dates.
 */
export type {
  BusyInterval,
  BusyStatus,
  DayOfWeek,
  PersonAvailability,
  WorkingHours,
} from './types';
export { BUSY_STATUSES, DAYS_OF_WEEK } from './types';
export {
  AVAILABILITY_VIEW_STATUS,
  fromAvailabilityView,
  MAX_AVAILABILITY_VIEW_INTERVAL_MINUTES,
  MIN_AVAILABILITY_VIEW_INTERVAL_MINUTES,
  type AvailabilityViewOptions,
} from './availabilityView';
export {
  CADENCE_DAY_SET_KEY,
  CADENCE_DAY_SET_LABEL,
  DEFAULT_EARLIEST_START,
  DEFAULT_LATEST_END,
  DEFAULT_SLOT_LIMIT,
  DEFAULT_STEP_MINUTES,
  MAX_CANDIDATE_DAY_SETS,
  MAX_DURATION_MINUTES,
  MAX_OCCURRENCE_DATES,
  MAX_PLANNER_PEOPLE,
  MAX_SLOT_LIMIT,
  MAX_STEP_MINUTES,
  MIN_DURATION_MINUTES,
  MIN_STEP_MINUTES,
  rankSlots,
  REQUIRED_MEMBER_CONFLICT_WEIGHT,
  type CandidateDaySet,
  type RankedSlot,
  type RankSlotsOptions,
  type SlotConflict,
  type SlotOccurrence,
  type SlotOutsideWorkingHours,
  type SlotTotals,
} from './rankSlots';
export {
  DEFAULT_WORKING_DAY_END,
  DEFAULT_WORKING_DAY_START,
  OUT_OF_OFFICE_DAY_SHARE,
  outOfOfficeDates,
  type OutOfOfficeDatesOptions,
} from './outOfOffice';
