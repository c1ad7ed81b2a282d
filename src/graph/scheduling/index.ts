/**
 * Scheduling a CX cadence in Microsoft 365: the planner's best-slot proposal, the Teams meeting
 * series with its agenda and Mission Moment presenters, the side panel in the meeting chat, and
 * cancelling it. Graph ⇄ domain mappers live in their own modules beside the services.
 */
export { scheduleCadence, MAX_SERIES_UPDATE_ATTEMPTS, MAX_TAB_ATTEMPTS } from './scheduleCadence';
export type {
  AgendaCharter,
  CadenceApp,
  ScheduleCadenceOptions,
  ScheduledCadence,
  ScheduledOccurrence,
} from './scheduleCadence';
export { findBestSlots } from './findBestSlots';
export type { BestSlots, FindBestSlotsOptions } from './findBestSlots';
export { cancelCadence } from './cancelCadence';
export type { CancelCadenceOptions, CancelledCadence } from './cancelCadence';
export { SCHEDULE_CADENCE_STEPS } from './steps';
export type { GraphCost, ScheduleCadenceStep, ScheduleCheckpoint } from './steps';
export { CadenceSchedulingError } from './errors';
export type { CadenceSchedulingErrorCode } from './errors';
export { DEFAULT_SIDE_PANEL_TAB_NAME, threadIdFromJoinUrl } from './meetingChat';
export type { SidePanelTab } from './meetingChat';
export {
  AVAILABILITY_VIEW_INTERVAL_MINUTES,
  MAX_SCHEDULES_PER_REQUEST,
  MAX_SCHEDULE_WINDOW_DAYS,
  planScheduleWindows,
  scheduleRequest,
  spanAroundDates,
  toPersonAvailability,
} from './freeBusy';
export type { ScheduleWindow, UtcSpan } from './freeBusy';
export { NO_END_HORIZON_DAYS } from './cadenceSpan';
export { MAX_IDS_PER_USER_FILTER } from './team';
export type { CadencePerson } from './team';
export { hasAgenda } from './agendaBody';
