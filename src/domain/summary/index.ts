/** The post-meeting summary: the model built from the meeting's records, and its renderers. */
export * from './meetingSummary';
export * from './phrases';
export * from './summaryCard';
export * from './summaryChat';
export * from './summaryMail';
