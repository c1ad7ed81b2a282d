/** Publishing the post-meeting summary: meeting chat, mail and Planner tasks, each exactly once. */
export {
  CHAT_MESSAGES_PAGE_SIZE,
  chatLookup,
  findPostedSummary,
  mailedAddresses,
  sentItemsLookup,
  teamAddressesOf,
  teamMembersLookup,
} from './publishLookups';
export { PublishSummaryError, publishSummary } from './publishSummary';
export type {
  PublishFailure,
  PublishPlannerOptions,
  PublishStep,
  PublishStepOutcome,
  PublishSummaryOptions,
  PublishSummaryReport,
} from './publishSummary';
export {
  normalAddress,
  splitSummaryRecipients,
  summaryChatMessage,
  summaryMail,
} from './summaryMessages';
export type { SummaryChatFormat, SummaryMailRecipients } from './summaryMessages';
export {
  FIRST_SUMMARY_REVISION,
  SUMMARY_REFERENCE_PATTERN,
  referenceFooterHtml,
  summaryAttachmentId,
  summaryMailSubject,
  summaryReference,
} from './summaryReference';
export type { SummaryReferenceOptions } from './summaryReference';
