/**
 * Meeting records: Mission Moments, decisions checked against the charter's decision rights, action
 * items, meeting records and what carries over to the next meeting.
 */
/** True for a real calendar date written `YYYY-MM-DD`: the domain's one date check. */
export { isCalendarDate } from '../calendarDate';
export * from './actionItem';
export * from './carryOver';
export * from './decision';
export * from './meetingRecord';
export * from './missionMoment';
