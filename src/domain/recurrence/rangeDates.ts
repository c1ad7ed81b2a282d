/**
 * The dates of a recurrence range, checked the same way whichever vocabulary the range arrives in
 * (Graph's `recurrenceRange` or the planner's `CadenceRange`), so both say the same thing to a
 * person who typed 2027-02-30 or an end before the start.
 */
import * as z from 'zod/mini';
import { parseDayNumber } from '../calendarDate';

/** A `YYYY-MM-DD` string that names a real date; `what` ("start date") names it in messages. */
export function rangeDateSchema(what: string) {
  return z.string({ error: `The ${what} must be a date written YYYY-MM-DD` }).check(
    z.refine((text) => parseDayNumber(text) !== undefined, {
      message: `The ${what} must be a real date written YYYY-MM-DD`,
    }),
  );
}

/** True when both dates are real and the end comes before the start (the same day is fine). */
export function endsBeforeStart(range: { startDate: string; endDate: string }): boolean {
  const start = parseDayNumber(range.startDate);
  const end = parseDayNumber(range.endDate);
  return start !== undefined && end !== undefined && end < start;
}
