/**
 * The meeting side panel's CX logic, free of I/O: which meeting of the cadence is on, the agenda
 * timer, who tells the Mission Moment, what carries over, quick-capture choices and the sync line.
 */
export {
  EARLY_JOIN_MINUTES,
  OCCURRENCE_SEARCH_DAYS,
  findCurrentOccurrence,
  isRunningAt,
  occurrenceDate,
} from './currentOccurrence';
export type { FindOccurrenceOptions } from './currentOccurrence';
export {
  TIMER_NOT_STARTED,
  formatTimerDuration,
  isMeetingTimer,
  meetingTimerView,
  nextAgendaItem,
  resetMeetingTimer,
  startMeetingTimer,
} from './meetingTimer';
export type {
  AgendaItemProgress,
  AgendaItemTiming,
  FinishedAgendaItem,
  MeetingTimer,
  MeetingTimerView,
} from './meetingTimer';
export {
  inviteTextOf,
  missionMomentPresenter,
  presenterNamedInInvite,
  rotaPresenterOf,
} from './presenter';
export type { MissionMomentPresenter, NamedMember, PresenterSource } from './presenter';
export { splitMeetingOutcomes } from './meetingOutcomes';
export type {
  CadenceOutcomes,
  MeetingOutcomes,
  SplitOutcomes,
  SplitOutcomesOptions,
} from './meetingOutcomes';
export {
  UNNAMED_MEMBER,
  approvalPreview,
  choiceKey,
  defaultChoiceFor,
  roleMemberChoices,
} from './decisionCapture';
export type { ApprovalPreview, ApprovalPreviewOptions, RoleMemberChoice } from './decisionCapture';
export {
  ALL_SYNCED,
  NOTHING_CAPTURED,
  OFFLINE_HEADLINE,
  entrySyncLabel,
  summarizeSync,
  waitingLine,
} from './syncStatus';
export type { EntrySyncState, SyncSummary, SyncSummaryOptions } from './syncStatus';
