/**
 * Reviewing and publishing the post-meeting summary, and the meeting tab: the next meeting, the
 * last published summary, how a publication is described, and a theme-following preview.
 */
export * from './nextMeeting';
export * from './preview';
export * from './publication';
