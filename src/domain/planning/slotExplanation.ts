import type { MemberId } from '../ids';
import type { BusyStatus, RankedSlot } from '../scheduling';

/**
 * A ranked slot explained for the planner: a one-line summary of why it ranks where it does, and
 * date by date who cannot come (busy or away) or would be outside their working hours.
 */
export interface SlotExplanation {
  /** e.g. "Everyone is free for all 27 meetings" or "3 conflicts on 2 of 27 meetings". */
  readonly summary: string;
  /** Dates with anything to say, in date order. */
  readonly dates: readonly SlotDateNotes[];
}

interface SlotDateNotes {
  /** `YYYY-MM-DD` in the organizer's zone. */
  readonly date: string;
  /** e.g. "Lukas Weber: out of office", "Wei Chen: outside working hours (07:00–08:00 their time)". */
  readonly notes: readonly string[];
}

const STATUS_WORDS: Readonly<Record<BusyStatus, string>> = {
  outOfOffice: 'out of office',
  busy: 'busy',
  tentative: 'tentatively busy',
};

/**
 * Explains `slot` with people's names (`nameOf` falls back to the id for people it does not
 * know). Required members are marked "(required)".
 */
export function explainSlot(
  slot: RankedSlot,
  nameOf: (memberId: MemberId) => string | undefined,
): SlotExplanation {
  const name = (memberId: MemberId) => nameOf(memberId) ?? memberId;
  const notesByDate = new Map<string, string[]>();
  const add = (date: string, note: string) => {
    notesByDate.set(date, [...(notesByDate.get(date) ?? []), note]);
  };
  for (const conflict of slot.conflicts) {
    const required = conflict.isRequired ? ' (required)' : '';
    add(conflict.date, `${name(conflict.memberId)}${required}: ${STATUS_WORDS[conflict.status]}`);
  }
  for (const outside of slot.outsideWorkingHours) {
    add(
      outside.date,
      `${name(outside.memberId)}: outside working hours (${outside.localStart.slice(11, 16)}–${outside.localEnd.slice(11, 16)} their time)`,
    );
  }
  for (const tentative of slot.tentative) {
    add(tentative.date, `${name(tentative.memberId)}: ${STATUS_WORDS.tentative}`);
  }
  const dates = [...notesByDate.keys()].sort().map((date) => ({
    date,
    notes: notesByDate.get(date) ?? [],
  }));
  return { summary: summaryOf(slot), dates };
}

function summaryOf(slot: RankedSlot): string {
  const meetings = slot.occurrences.length;
  const { conflicts, outsideWorkingHours, tentative } = slot.totals;
  const conflictDates = new Set(slot.conflicts.map((conflict) => conflict.date)).size;
  const parts: string[] = [];
  if (conflicts === 0) {
    parts.push(`Everyone is free for all ${plural(meetings, 'meeting')}`);
  } else {
    parts.push(
      `${plural(conflicts, 'conflict')} on ${conflictDates} of ${plural(meetings, 'meeting')}`,
    );
  }
  if (outsideWorkingHours > 0) {
    parts.push(`${plural(outsideWorkingHours, 'time')} outside someone's working hours`);
  }
  if (tentative > 0) parts.push(`${tentative} tentative`);
  return parts.join('; ');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
