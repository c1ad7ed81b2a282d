import type { MemberId } from '../ids';
import type { DayOfWeek } from '../recurrence/patternedRecurrence';
import type { TimeZoneName } from '../timeZone';

/**
 * Free/busy in the domain's own words. The Graph layer maps `getSchedule` results into these types
 * (scheduleItems when it can see them, `fromAvailabilityView` when it cannot), so nothing here
 * depends on Graph's shapes: Graph's `oof` becomes `outOfOffice`; `free`, `workingElsewhere` and
 * `unknown` items are simply left out.
 */

// One vocabulary of days for the whole domain: Graph's `dayOfWeek`, in getUTCDay() order
// (0 = Sunday), so mapping working hours from Graph is a copy.
export { DAYS_OF_WEEK } from '../recurrence/patternedRecurrence';
export type { DayOfWeek } from '../recurrence/patternedRecurrence';

/** How a blocked interval shows on someone's calendar. Free time is not listed at all. */
export type BusyStatus = 'tentative' | 'busy' | 'outOfOffice';

export const BUSY_STATUSES: readonly BusyStatus[] = ['tentative', 'busy', 'outOfOffice'];

/**
 * A stretch of time a person is not free. `start` and `end` are ISO 8601 instants with an explicit
 * offset, normally UTC (`2027-03-16T16:00:00Z`); `end` is exclusive, so back-to-back meetings do not
 * collide.
 */
export interface BusyInterval {
  readonly start: string;
  readonly end: string;
  readonly status: BusyStatus;
}

/**
 * When a person works, in their own time zone (Outlook's working hours).
 *
 * `startTime`/`endTime` are local wall-clock times `HH:mm`. An `endTime` at or before `startTime`
 * means the working day runs past midnight (a 22:00–06:00 shift ends on the next day); equal times
 * mean the whole day. `timeZone` is a Windows ("W. Europe Standard Time") or IANA
 * ("Europe/Berlin") name.
 */
export interface WorkingHours {
  readonly daysOfWeek: readonly DayOfWeek[];
  readonly startTime: string;
  readonly endTime: string;
  readonly timeZone: TimeZoneName;
}

/**
 * Everything the planner knows about one person's time. Without `workingHours` the person is never
 * counted as "outside working hours" (we do not guess), but their busy time still counts.
 */
export interface PersonAvailability {
  readonly memberId: MemberId;
  readonly busy: readonly BusyInterval[];
  readonly workingHours?: WorkingHours;
}
