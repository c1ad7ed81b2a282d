import { cadenceOccurrences, type Cadence } from '../../domain/cadence';
import { ValidationError } from '../../domain/errors';
import type { Occurrence } from '../../domain/recurrence';
import type { UtcSpan } from './freeBusy';

/**
 * Which meetings of a cadence the flow works on: those that have not ended yet. A cadence with no
 * end is planned this far ahead (a later run, e.g. when the cadence changes, plans further).
 */
export const NO_END_HORIZON_DAYS = 366;

const DAY_MS = 86_400_000;

export interface CadenceSpan {
  /** The meetings still to come, in order (the domain's expansion). */
  readonly occurrences: readonly Occurrence[];
  /** Their local dates in the cadence's zone. */
  readonly dates: readonly string[];
  /** From `now` to a day after the last meeting ends: where Graph's instances are read. */
  readonly instances: UtcSpan;
}

/**
 * The cadence's meetings from `now` on.
 *
 * @throws ValidationError (field `recurrence.range`) when every meeting is already over, so the
 *   planner asks for a later range instead of creating a series nobody will attend.
 */
export function cadenceSpan(cadence: Cadence, now: Date): CadenceSpan {
  const from = isoSeconds(now.getTime());
  const window =
    cadence.recurrence.range.kind === 'noEnd'
      ? { window: { from, to: isoSeconds(now.getTime() + NO_END_HORIZON_DAYS * DAY_MS) } }
      : {};
  const occurrences = cadenceOccurrences(cadence, window).filter(
    (occurrence) => Date.parse(occurrence.utcEnd) > now.getTime(),
  );
  const last = occurrences[occurrences.length - 1];
  if (!last) {
    throw ValidationError.single(
      'recurrence.range',
      'Every meeting of this cadence is already over: choose a start date in the future.',
    );
  }
  return {
    occurrences,
    dates: occurrences.map((occurrence) => occurrence.localStart.slice(0, 10)),
    instances: { from, to: isoSeconds(Date.parse(last.utcEnd) + DAY_MS) },
  };
}

function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
