import { formatCalendarDate } from '../calendarDate';
import { ValidationError, type FieldIssue } from '../errors';
import type { MemberId } from '../ids';
import type { IanaZone, TimeZoneName } from '../timeZone';
import { memoizedZoneResolver, parseDateList, resolveZoneInto, timeIssue } from './inputChecks';
import {
  indexPerson,
  parsePerson,
  statusDuring,
  type IndexedPerson,
  type ParsedPerson,
} from './personIndex';
import {
  DAY_MS,
  formatInstant,
  formatTimeOfDay,
  formatWallDateTime,
  MINUTE_MS,
  parseTimeOfDay,
} from './timeMath';
import type { BusyStatus, PersonAvailability } from './types';
import { zoneClockFactory, type ZoneClock } from './zoneClock';

export const DEFAULT_EARLIEST_START = '08:00';
export const DEFAULT_LATEST_END = '18:00';
export const DEFAULT_STEP_MINUTES = 30;
export const MIN_STEP_MINUTES = 5;
export const MAX_STEP_MINUTES = 240;
export const MIN_DURATION_MINUTES = 5;
export const MAX_DURATION_MINUTES = 720;
export const DEFAULT_SLOT_LIMIT = 5;
export const MAX_SLOT_LIMIT = 100;
/** The most people the planner compares at once (getSchedule is batched 20 schedules a call). */
export const MAX_PLANNER_PEOPLE = 50;
/** Per day set: a weekly cadence over 7 years, or a daily one over a year. */
export const MAX_OCCURRENCE_DATES = 400;
export const MAX_CANDIDATE_DAY_SETS = 7;
/**
 * A conflict of a required member counts this many times in `conflictScore`: one required person
 * missing weighs as much as three optional ones, so the search prefers losing optional attendees.
 */
export const REQUIRED_MEMBER_CONFLICT_WEIGHT = 3;
/** The day set `occurrenceDates` becomes when no alternatives are given. */
export const CADENCE_DAY_SET_KEY = 'cadence';
export const CADENCE_DAY_SET_LABEL = 'Cadence dates';

/** One alternative set of meeting dates, e.g. the Tuesdays versus the Thursdays of a cadence. */
export interface CandidateDaySet {
  /** Stable id the planner uses to pick the set again, e.g. `tuesday`. Unique among sets. */
  readonly key: string;
  /** What a person reads, e.g. "Every 2 weeks on Tuesday". */
  readonly label: string;
  /** Meeting dates `YYYY-MM-DD` in the organizer's time zone. Order and repeats do not matter. */
  readonly dates: readonly string[];
}

/**
 * Give either `occurrenceDates` (the one set of dates the cadence expands to) or `candidateDays`
 * (several alternative sets to compare), not both.
 */
export interface RankSlotsOptions {
  /** The cadence's meeting dates `YYYY-MM-DD`, local to `timeZone`. Order and repeats do not matter. */
  readonly occurrenceDates?: readonly string[];
  /** Alternative day sets; slots from all sets are ranked together. */
  readonly candidateDays?: readonly CandidateDaySet[];
  /** The organizer's time zone, Windows or IANA; start times and dates are read in it. */
  readonly timeZone: TimeZoneName;
  /** Meeting length in minutes (5–720). The length is absolute: a DST change does not stretch it. */
  readonly durationMinutes: number;
  /** Earliest start `HH:mm`, organizer time. Default 08:00. */
  readonly earliestStart?: string;
  /** Latest end `HH:mm`, organizer time. Default 18:00. */
  readonly latestEnd?: string;
  /** Minutes between candidate start times (5–240). Default 30. */
  readonly stepMinutes?: number;
  readonly people: readonly PersonAvailability[];
  /** Members whose conflicts weigh `REQUIRED_MEMBER_CONFLICT_WEIGHT` times; must be among `people`. */
  readonly requiredMemberIds?: readonly MemberId[];
  /** How many slots to return, best first (1–100). Default 5. */
  readonly limit?: number;
}

export interface SlotOccurrence {
  /** The meeting date `YYYY-MM-DD` in the organizer's zone. */
  readonly date: string;
  readonly startUtc: string;
  readonly endUtc: string;
}

/** One person who cannot (or may not) attend one occurrence. */
export interface SlotConflict {
  readonly date: string;
  readonly memberId: MemberId;
  /** The strongest overlapping status: outOfOffice over busy over tentative. */
  readonly status: BusyStatus;
  readonly isRequired: boolean;
}

/** One person for whom one occurrence falls outside their working hours, in their own clock. */
export interface SlotOutsideWorkingHours {
  readonly date: string;
  readonly memberId: MemberId;
  /** The person's zone (IANA). */
  readonly timeZone: IanaZone;
  /** Their local start and end `YYYY-MM-DDTHH:mm`; the date shows when it is another day there. */
  readonly localStart: string;
  readonly localEnd: string;
}

export interface SlotTotals {
  /** Person-occurrences blocked by busy or out-of-office time. */
  readonly conflicts: number;
  /** Of `conflicts`, those of required members. */
  readonly requiredConflicts: number;
  /** `conflicts` with required members' counted `REQUIRED_MEMBER_CONFLICT_WEIGHT` times: rank key 1. */
  readonly conflictScore: number;
  /** Person-occurrences outside that person's working hours: rank key 2. */
  readonly outsideWorkingHours: number;
  /** Person-occurrences overlapping only tentative time: rank key 3. */
  readonly tentative: number;
}

/** A recurring slot with everything the planner needs to explain why it ranks where it does. */
export interface RankedSlot {
  /** 1 for the best slot. */
  readonly rank: number;
  readonly daySetKey: string;
  readonly daySetLabel: string;
  /** Start and end `HH:mm` in the organizer's zone, the same on every date. */
  readonly startTime: string;
  readonly endTime: string;
  /** The organizer's zone (IANA). */
  readonly timeZone: IanaZone;
  /** Every occurrence, in date order. */
  readonly occurrences: readonly SlotOccurrence[];
  readonly totals: SlotTotals;
  /** Busy and out-of-office conflicts, by date then member id. */
  readonly conflicts: readonly SlotConflict[];
  /** Tentative overlaps, by date then member id; not counted in `totals.conflicts`. */
  readonly tentative: readonly SlotConflict[];
  readonly outsideWorkingHours: readonly SlotOutsideWorkingHours[];
}

/**
 * Ranks every start time of day, on every candidate day set, by how well it suits everyone across
 * all occurrences of the cadence:
 *
 * 1. fewest conflicts (`conflictScore`: a person-occurrence overlapping busy or out-of-office time
 *    counts 1, or `REQUIRED_MEMBER_CONFLICT_WEIGHT` for a required member);
 * 2. then fewest person-occurrences outside the person's own working hours;
 * 3. then fewest tentative overlaps (tentative is a maybe, so it only breaks ties);
 * 4. then the earliest start time of day, then the day sets in the order given.
 *
 * Those keys make a total order, so the result is the same for the same input whatever the order
 * of people or busy intervals. Busy time is half-open: a meeting 09:00–10:00 does not conflict
 * with one starting at 10:00. Working hours are checked on each person's wall clock, date by date,
 * so daylight-saving changes are respected.
 *
 * @example Organizer in Los Angeles, meeting 08:00–09:00 on Tuesdays in March 2027, one person in
 * Berlin working 09:00–17:00. The US moves its clocks on 14 Mar and the EU on 28 Mar, so the
 * meeting is 17:00–18:00 in Berlin on 2 and 9 Mar, 16:00–17:00 on 16 and 23 Mar (inside working
 * hours), and 17:00–18:00 again on 30 Mar: `outsideWorkingHours` lists 2, 9 and 30 March.
 *
 * Cost: linear. Each (candidate × occurrence × person) check is a few binary searches over that
 * person's merged busy runs, never a scan; every busy item is read once per call. 20 people × 52
 * weekly dates × 20 start times (20 800 checks, ~30 000 busy items) takes ~20 ms on a shared
 * 2-core machine, most of it parsing the busy items (`npx tsx bench/rankSlots.ts`).
 *
 * @throws ValidationError listing every wrong option, with the field and what to change.
 */
export function rankSlots(options: RankSlotsOptions): RankedSlot[] {
  const search = prepareSearch(options);
  const candidates = search.daySets.flatMap((daySet, daySetIndex) =>
    search.startMinutes.map((startMinute) => {
      const starts = occurrenceStarts(search, daySet, startMinute);
      return { daySetIndex, startMinute, starts, totals: tally(search, { starts }) };
    }),
  );
  candidates.sort(compareCandidates);
  return candidates
    .slice(0, search.limit)
    .map((candidate, index) => explain(search, candidate, index + 1));
}

interface DaySet {
  readonly key: string;
  readonly label: string;
  /** Sorted, distinct day indexes. */
  readonly days: readonly number[];
}

interface SlotSearch {
  readonly organizer: ZoneClock;
  readonly daySets: readonly DaySet[];
  readonly startMinutes: readonly number[];
  readonly durationMs: number;
  /** Sorted by member id, so explanations do not depend on the order people were given. */
  readonly people: readonly IndexedPerson[];
  readonly required: ReadonlySet<MemberId>;
  readonly limit: number;
}

interface Candidate {
  readonly daySetIndex: number;
  readonly startMinute: number;
  readonly starts: readonly number[];
  readonly totals: SlotTotals;
}

interface Explanation {
  readonly conflicts: SlotConflict[];
  readonly tentative: SlotConflict[];
  readonly outsideWorkingHours: SlotOutsideWorkingHours[];
}

function occurrenceStarts(search: SlotSearch, daySet: DaySet, startMinute: number): number[] {
  return daySet.days.map((day) => search.organizer.toUtcMs(day * DAY_MS + startMinute * MINUTE_MS));
}

/**
 * Counts conflicts for one candidate's occurrences. With an explanation (and the dates, in the
 * same order as `starts`), also records who and when: done only for the slots returned.
 */
function tally(
  search: SlotSearch,
  occurrences: { starts: readonly number[]; days?: readonly number[] },
  explanation?: Explanation,
): SlotTotals {
  const { starts, days } = occurrences;
  let conflicts = 0;
  let requiredConflicts = 0;
  let outsideWorkingHours = 0;
  let tentative = 0;
  for (let occurrence = 0; occurrence < starts.length; occurrence++) {
    const start = starts[occurrence] as number;
    const end = start + search.durationMs;
    const date = explanation && days ? formatCalendarDate(days[occurrence] as number) : '';
    for (const person of search.people) {
      const status = statusDuring(person, start, end);
      if (status === 'tentative') {
        tentative++;
        explanation?.tentative.push(conflictEntry(search, { date, person, status }));
      } else if (status) {
        conflicts++;
        if (search.required.has(person.memberId)) requiredConflicts++;
        explanation?.conflicts.push(conflictEntry(search, { date, person, status }));
      }
      if (!person.worksDuring(start, end)) {
        outsideWorkingHours++;
        explanation?.outsideWorkingHours.push(outsideEntry(person, { date, start, end }));
      }
    }
  }
  const conflictScore = conflicts + (REQUIRED_MEMBER_CONFLICT_WEIGHT - 1) * requiredConflicts;
  return { conflicts, requiredConflicts, conflictScore, outsideWorkingHours, tentative };
}

function conflictEntry(
  search: SlotSearch,
  found: { date: string; person: IndexedPerson; status: BusyStatus },
): SlotConflict {
  const { date, person, status } = found;
  const isRequired = search.required.has(person.memberId);
  return { date, memberId: person.memberId, status, isRequired };
}

function outsideEntry(
  person: IndexedPerson,
  occurrence: { date: string; start: number; end: number },
): SlotOutsideWorkingHours {
  const { date, start, end } = occurrence;
  const clock = person.clock as ZoneClock;
  return {
    date,
    memberId: person.memberId,
    timeZone: clock.zone,
    localStart: formatWallDateTime(clock.toWallMs(start)),
    localEnd: formatWallDateTime(clock.toWallMs(end)),
  };
}

function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    a.totals.conflictScore - b.totals.conflictScore ||
    a.totals.outsideWorkingHours - b.totals.outsideWorkingHours ||
    a.totals.tentative - b.totals.tentative ||
    a.startMinute - b.startMinute ||
    a.daySetIndex - b.daySetIndex
  );
}

function explain(search: SlotSearch, candidate: Candidate, rank: number): RankedSlot {
  const daySet = search.daySets[candidate.daySetIndex] as DaySet;
  const explanation: Explanation = { conflicts: [], tentative: [], outsideWorkingHours: [] };
  const totals = tally(search, { starts: candidate.starts, days: daySet.days }, explanation);
  return {
    rank,
    daySetKey: daySet.key,
    daySetLabel: daySet.label,
    startTime: formatTimeOfDay(candidate.startMinute),
    endTime: formatTimeOfDay(candidate.startMinute + search.durationMs / MINUTE_MS),
    timeZone: search.organizer.zone,
    occurrences: candidate.starts.map((start, index) => ({
      date: formatCalendarDate(daySet.days[index] as number),
      startUtc: formatInstant(start),
      endUtc: formatInstant(start + search.durationMs),
    })),
    totals,
    ...explanation,
  };
}

// ---------------------------------------------------------------------------------------------
// Validation: every wrong field is reported at once, then the search is built from clean values.

function prepareSearch(options: RankSlotsOptions): SlotSearch {
  const issues: FieldIssue[] = [];
  const zone = resolveZoneInto(options.timeZone, 'timeZone', issues);
  const daySets = parseDaySets(options, issues);
  const durationMinutes = checkWholeNumber(
    options.durationMinutes,
    {
      field: 'durationMinutes',
      min: MIN_DURATION_MINUTES,
      max: MAX_DURATION_MINUTES,
      message: (value) =>
        `The meeting length must be a whole number of minutes from ${MIN_DURATION_MINUTES} to ${MAX_DURATION_MINUTES}; got ${value}.`,
    },
    issues,
  );
  const stepMinutes = checkWholeNumber(
    options.stepMinutes ?? DEFAULT_STEP_MINUTES,
    {
      field: 'stepMinutes',
      min: MIN_STEP_MINUTES,
      max: MAX_STEP_MINUTES,
      message: (value) =>
        `The step between start times must be a whole number of minutes from ${MIN_STEP_MINUTES} to ${MAX_STEP_MINUTES}; got ${value}.`,
    },
    issues,
  );
  const limit = checkWholeNumber(
    options.limit ?? DEFAULT_SLOT_LIMIT,
    {
      field: 'limit',
      min: 1,
      max: MAX_SLOT_LIMIT,
      message: (value) => `Ask for between 1 and ${MAX_SLOT_LIMIT} slots; got ${value}.`,
    },
    issues,
  );
  const startMinutes = parseStartTimes(options, { durationMinutes, stepMinutes }, issues);
  const people = parsePeople(options.people, issues);
  const required = parseRequired(options.requiredMemberIds, people, issues);
  if (issues.length > 0) throw new ValidationError(issues);

  const allDays = daySets.flatMap((daySet) => daySet.days);
  // Two days of margin either side: a person's local date can be a day off the organizer's.
  const clockFor = zoneClockFactory(
    (Math.min(...allDays) - 2) * DAY_MS,
    (Math.max(...allDays) + 3) * DAY_MS,
  );
  return {
    organizer: clockFor(zone as IanaZone),
    daySets,
    startMinutes,
    durationMs: (durationMinutes as number) * MINUTE_MS,
    people: (people as ParsedPerson[])
      .map((person) =>
        indexPerson(person, person.workingHours ? clockFor(person.workingHours.zone) : undefined),
      )
      .sort((a, b) => (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0)),
    required,
    limit: limit as number,
  };
}

function parseDaySets(options: RankSlotsOptions, issues: FieldIssue[]): DaySet[] {
  const { occurrenceDates, candidateDays } = options;
  if (occurrenceDates !== undefined && candidateDays !== undefined) {
    issues.push({
      field: 'candidateDays',
      message:
        'Give either occurrenceDates or candidateDays, not both. To compare the cadence dates with alternatives, add them as one more day set.',
    });
    return [];
  }
  if (occurrenceDates !== undefined) {
    const days = parseDays(occurrenceDates, 'occurrenceDates', issues);
    return [{ key: CADENCE_DAY_SET_KEY, label: CADENCE_DAY_SET_LABEL, days }];
  }
  if (candidateDays === undefined) {
    issues.push({
      field: 'occurrenceDates',
      message:
        "Give the cadence's meeting dates (occurrenceDates) or alternative day sets to compare (candidateDays).",
    });
    return [];
  }
  return parseCandidateDays(candidateDays, issues);
}

function parseCandidateDays(
  candidateDays: readonly CandidateDaySet[],
  issues: FieldIssue[],
): DaySet[] {
  if (!Array.isArray(candidateDays) || candidateDays.length === 0) {
    issues.push({ field: 'candidateDays', message: 'Add at least one day set to compare.' });
    return [];
  }
  if (candidateDays.length > MAX_CANDIDATE_DAY_SETS) {
    issues.push({
      field: 'candidateDays',
      message: `Compare at most ${MAX_CANDIDATE_DAY_SETS} day sets at once; there are ${candidateDays.length}.`,
    });
  }
  const seenKeys = new Set<string>();
  return candidateDays.map((daySet, index) => {
    const path = `candidateDays.${index}`;
    if (typeof daySet.key !== 'string' || daySet.key.trim() === '') {
      issues.push({
        field: `${path}.key`,
        message: 'Each day set needs a key, such as "tuesday".',
      });
    } else if (seenKeys.has(daySet.key)) {
      issues.push({
        field: `${path}.key`,
        message: `The key "${daySet.key}" is used by more than one day set; give each set its own key.`,
      });
    }
    seenKeys.add(daySet.key);
    if (typeof daySet.label !== 'string' || daySet.label.trim() === '') {
      issues.push({
        field: `${path}.label`,
        message: 'Each day set needs a label people can read, such as "Tuesdays".',
      });
    }
    return {
      key: daySet.key,
      label: daySet.label,
      days: parseDays(daySet.dates, `${path}.dates`, issues),
    };
  });
}

function parseDays(dates: readonly string[], path: string, issues: FieldIssue[]): number[] {
  const days = [...new Set(parseDateList(dates, path, issues))].sort((a, b) => a - b);
  if (Array.isArray(dates) && dates.length === 0) {
    issues.push({ field: path, message: 'Add at least one meeting date (YYYY-MM-DD).' });
  }
  if (days.length > MAX_OCCURRENCE_DATES) {
    issues.push({
      field: path,
      message: `Compare at most ${MAX_OCCURRENCE_DATES} meeting dates at once; there are ${days.length}. Shorten the date range.`,
    });
  }
  return days;
}

function parseStartTimes(
  options: RankSlotsOptions,
  meeting: { durationMinutes: number | undefined; stepMinutes: number | undefined },
  issues: FieldIssue[],
): number[] {
  const earliestText = options.earliestStart ?? DEFAULT_EARLIEST_START;
  const latestText = options.latestEnd ?? DEFAULT_LATEST_END;
  const earliest = parseTimeOfDay(earliestText);
  const latest = parseTimeOfDay(latestText);
  if (earliest === undefined) issues.push(timeIssue('earliestStart', earliestText));
  if (latest === undefined) issues.push(timeIssue('latestEnd', latestText));
  const { durationMinutes, stepMinutes } = meeting;
  if (earliest === undefined || latest === undefined || durationMinutes === undefined) return [];
  if (latest - earliest < durationMinutes) {
    issues.push({
      field: 'latestEnd',
      message: `A ${durationMinutes}-minute meeting does not fit between ${earliestText} and ${latestText}. Start earlier, end later or shorten the meeting.`,
    });
    return [];
  }
  const starts: number[] = [];
  for (let start = earliest; start + durationMinutes <= latest; start += stepMinutes ?? latest) {
    starts.push(start);
  }
  return starts;
}

function parsePeople(
  people: readonly PersonAvailability[],
  issues: FieldIssue[],
): ParsedPerson[] | undefined {
  if (!Array.isArray(people) || people.length === 0) {
    issues.push({ field: 'people', message: 'Add at least one person to find a time for.' });
    return undefined;
  }
  if (people.length > MAX_PLANNER_PEOPLE) {
    issues.push({
      field: 'people',
      message: `The planner compares at most ${MAX_PLANNER_PEOPLE} people at once; there are ${people.length}. Remove ${people.length - MAX_PLANNER_PEOPLE} or plan for a smaller group.`,
    });
  }
  const before = issues.length;
  const seen = new Set<string>();
  const resolveZone = memoizedZoneResolver();
  const parsed = people.map((person, index) => {
    if (seen.has(person.memberId)) {
      issues.push({
        field: `people.${index}.memberId`,
        message: `"${person.memberId}" is listed more than once; list each person once.`,
      });
    }
    seen.add(person.memberId);
    return parsePerson(person, { path: `people.${index}`, issues, resolveZone });
  });
  return issues.length > before ? undefined : (parsed as ParsedPerson[]);
}

function parseRequired(
  requiredMemberIds: readonly MemberId[] | undefined,
  people: readonly ParsedPerson[] | undefined,
  issues: FieldIssue[],
): Set<MemberId> {
  const required = new Set(requiredMemberIds ?? []);
  if (!people) return required;
  const known = new Set(people.map((person) => person.memberId));
  (requiredMemberIds ?? []).forEach((member, index) => {
    if (!known.has(member)) {
      issues.push({
        field: `requiredMemberIds.${index}`,
        message: `"${member}" is marked required but is not among the people. Add them to the people or remove them from required.`,
      });
    }
  });
  return required;
}

interface WholeNumberRule {
  readonly field: string;
  readonly min: number;
  readonly max: number;
  readonly message: (value: string) => string;
}

function checkWholeNumber(
  value: number,
  rule: WholeNumberRule,
  issues: FieldIssue[],
): number | undefined {
  if (Number.isInteger(value) && value >= rule.min && value <= rule.max) return value;
  issues.push({ field: rule.field, message: rule.message(String(value)) });
  return undefined;
}
