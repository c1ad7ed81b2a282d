/**
 * Internal: which calendar dates a pattern yields, period by period, following Exchange's rules.
 * A "period" is one step of the interval (a day, a week, a month or a year, times `interval`);
 * period 0 holds the first occurrence. Everything is integer day arithmetic, so the expander can
 * jump straight to the period a window starts in instead of walking day by day.
 */
import {
  civilDateOf,
  type DayNumber,
  dayNumberOf,
  daysInMonth,
  monthNumberOf,
  weekdayOf,
  yearAndMonthOf,
} from '../calendarDate';
import {
  DAYS_OF_WEEK,
  DEFAULT_FIRST_DAY_OF_WEEK,
  DEFAULT_WEEK_INDEX,
  type DayOfWeek,
  type RecurrencePattern,
  type WeekIndex,
} from './patternedRecurrence';

export interface SeriesPlan {
  /** The occurrence dates of a period, ascending; none before the range's start date. */
  datesIn(period: number): readonly DayNumber[];
  /** The period a date falls in (negative before the series). */
  periodOf(day: DayNumber): number;
  /** How many occurrences the periods before `period` hold. */
  countBefore(period: number): number;
}

const DAYS_PER_WEEK = 7;
const MONTHS_PER_YEAR = 12;

export function planSeries(pattern: RecurrencePattern, startDay: DayNumber): SeriesPlan {
  switch (pattern.type) {
    case 'daily':
      return planDaily(pattern.interval, startDay);
    case 'weekly':
      return planWeekly(pattern, startDay);
    case 'absoluteMonthly':
    case 'relativeMonthly':
      return planMonthly(pattern, startDay, pattern.interval);
    case 'absoluteYearly':
    case 'relativeYearly':
      return planMonthly(pattern, startDay, pattern.interval * MONTHS_PER_YEAR);
  }
}

function planDaily(interval: number, startDay: DayNumber): SeriesPlan {
  return {
    datesIn: (period) => [startDay + period * interval],
    periodOf: (day) => Math.floor((day - startDay) / interval),
    countBefore: (period) => Math.max(0, period),
  };
}

/**
 * Weeks are counted from the week that contains the start date, a week beginning on
 * `firstDayOfWeek`; only every `interval`-th week has occurrences. Days of that first week before the
 * start date are skipped, so its count may be smaller than the others'.
 */
function planWeekly(pattern: RecurrencePattern, startDay: DayNumber): SeriesPlan {
  const firstDay = weekdayNumber(pattern.firstDayOfWeek ?? DEFAULT_FIRST_DAY_OF_WEEK);
  const firstWeekStart = startDay - ((weekdayOf(startDay) - firstDay + DAYS_PER_WEEK) % 7);
  const offsets = [
    ...new Set((pattern.daysOfWeek ?? []).map((d) => (weekdayNumber(d) - firstDay + 7) % 7)),
  ].sort((a, b) => a - b);
  const periodLength = DAYS_PER_WEEK * pattern.interval;
  const datesIn = (period: number): DayNumber[] =>
    offsets
      .map((offset) => firstWeekStart + period * periodLength + offset)
      .filter((day) => day >= startDay);
  const firstWeekCount = datesIn(0).length;
  return {
    datesIn,
    periodOf: (day) => Math.floor((day - firstWeekStart) / periodLength),
    countBefore: (period) => (period <= 0 ? 0 : firstWeekCount + (period - 1) * offsets.length),
  };
}

/**
 * Monthly and yearly patterns (a year is 12 months with a fixed month). The first occurrence is the
 * first matching date on or after the start date, whatever the interval; the interval then counts
 * from that occurrence's month (Graph's documented example: "first Thursday of every other month"
 * starting 29 August 2017 first occurs in September).
 */
function planMonthly(
  pattern: RecurrencePattern,
  startDay: DayNumber,
  stepInMonths: number,
): SeriesPlan {
  const start = civilDateOf(startDay);
  const isYearly = pattern.type === 'absoluteYearly' || pattern.type === 'relativeYearly';
  const candidate = monthNumberOf(start.year, isYearly ? (pattern.month ?? 1) : start.month);
  const dateInMonth = (monthNumber: number): DayNumber => matchInMonth(pattern, monthNumber);
  const firstMonth =
    dateInMonth(candidate) >= startDay ? candidate : candidate + (isYearly ? MONTHS_PER_YEAR : 1);
  return {
    datesIn: (period) => [dateInMonth(firstMonth + period * stepInMonths)],
    periodOf: (day) => {
      const { year, month } = civilDateOf(day);
      return Math.floor((monthNumberOf(year, month) - firstMonth) / stepInMonths);
    },
    countBefore: (period) => Math.max(0, period),
  };
}

function matchInMonth(pattern: RecurrencePattern, monthNumber: number): DayNumber {
  const { year, month } = yearAndMonthOf(monthNumber);
  const length = daysInMonth(year, month);
  if (pattern.type === 'absoluteMonthly' || pattern.type === 'absoluteYearly') {
    // Exchange: "If for a particular month this value is larger than the number of days in the
    // month, the last day of the month is assumed" (EWS AbsoluteMonthlyRecurrence/DayOfMonth).
    return dayNumberOf({ year, month, day: Math.min(pattern.dayOfMonth ?? 1, length) });
  }
  return relativeDayInMonth({
    firstOfMonth: dayNumberOf({ year, month, day: 1 }),
    length,
    days: pattern.daysOfWeek ?? [],
    index: pattern.index ?? DEFAULT_WEEK_INDEX,
  });
}

const INDEX_POSITION: Record<Exclude<WeekIndex, 'last'>, number> = {
  first: 0,
  second: 1,
  third: 2,
  fourth: 3,
};

/**
 * The `index`-th day of the month whose weekday is one of `days` (`last` = the final such day), so
 * `[monday … friday]` with `first` is the month's first weekday. Every weekday occurs at least four
 * times a month, so `fourth` always exists.
 */
function relativeDayInMonth(month: {
  firstOfMonth: DayNumber;
  length: number;
  days: readonly DayOfWeek[];
  index: WeekIndex;
}): DayNumber {
  const wanted = new Set(month.days.map(weekdayNumber));
  const matching: DayNumber[] = [];
  for (let day = month.firstOfMonth; day < month.firstOfMonth + month.length; day += 1) {
    if (wanted.has(weekdayOf(day))) matching.push(day);
  }
  const position = month.index === 'last' ? matching.length - 1 : INDEX_POSITION[month.index];
  return matching[position] ?? month.firstOfMonth;
}

function weekdayNumber(day: DayOfWeek): number {
  return DAYS_OF_WEEK.indexOf(day);
}
