/** The summary surface's Graph flows: read a meeting's summary sources, publish and record it. */
export { SummarySourceError } from './errors';
export { findMeetingChat, loadSummarySources, summaryMembersOf } from './loadSummarySources';
export type { LoadSummarySourcesOptions, SummarySources } from './loadSummarySources';
export { publishMeetingSummary, summaryOfSources } from './publishMeetingSummary';
export type {
  PublishMeetingSummaryOptions,
  PublishedMeetingSummary,
} from './publishMeetingSummary';
export { loadMeetingTab } from './loadMeetingTab';
export type { LoadMeetingTabOptions, MeetingTab } from './loadMeetingTab';
