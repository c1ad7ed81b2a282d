/** The meeting side panel's Graph flows: its budgeted read, and syncing what it captured. */
export {
  CALENDAR_PAGE_SIZE,
  CALENDAR_SEARCH_HOURS,
  PANEL_PAGE_SIZE,
  readMeetingPanel,
  recordsLocationByTitle,
} from './readMeetingPanel';
export type {
  MeetingPanelAgenda,
  MeetingPanelData,
  ReadMeetingPanelOptions,
} from './readMeetingPanel';
export { MAX_MEETING_LINK_ATTEMPTS, syncMeetingEntries } from './syncMeetingEntries';
export type {
  MeetingEntryValue,
  MeetingRef,
  SyncFailure,
  SyncMeetingEntriesOptions,
  SyncReport,
} from './syncMeetingEntries';
export { MeetingPanelError } from './errors';
export type { MeetingPanelErrorCode } from './errors';
