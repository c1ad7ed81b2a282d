import { ValidationError } from '../errors';
import {
  MISSION_MOMENT_MAX_MINUTES,
  MISSION_MOMENT_MIN_MINUTES,
  isMissionMoment,
} from './template';
import type { AgendaItem, AgendaTemplate } from './template';

/** The longest meeting an agenda can be fitted to, in minutes (a full working day). */
export const MAX_MEETING_MINUTES = 480;

/** The shortest time box any item gets when an agenda is fitted to a meeting, in minutes. */
export const MIN_FITTED_ITEM_MINUTES = 1;

/**
 * Fits an agenda's time boxes to a meeting length so the side-panel timer ends when the meeting
 * does. The result's minutes add up exactly to `meetingMinutes`; items keep their order, ids and
 * relative weight.
 *
 * How: the Mission Moment takes its proportional share, rounded and kept within 3–5 minutes (a
 * story needs three minutes and should not take over the meeting); the other items share the rest
 * in proportion to their current minutes, in whole minutes, using largest-remainder rounding (ties
 * go to the earlier item), and none gets less than one minute. A Mission Moment that is the only
 * item takes the whole meeting.
 *
 * Example: the standard 60-minute agenda (5, 10, 15, 15, 10, 5) fitted to 30 minutes becomes
 * 3, 5, 7, 7, 5, 3 — the Mission Moment keeps its 3-minute floor and the others share 27 minutes.
 *
 * Returns the same template object when every item already has its fitted length.
 *
 * @throws ValidationError (field `meetingMinutes`) when the length is not a whole number from 1 to
 * `MAX_MEETING_MINUTES`, or is too short to give every item a minute and the Mission Moment three;
 * (field `items`) when the agenda has no items.
 */
export function fitAgendaToDuration(
  template: AgendaTemplate,
  meetingMinutes: number,
): AgendaTemplate {
  assertMeetingMinutes(meetingMinutes);
  if (template.items.length === 0) {
    throw ValidationError.single(
      'items',
      'The agenda has no items; add at least one item before fitting it to the meeting',
    );
  }
  const missionIndex = template.items.findIndex(isMissionMoment);
  assertFits(template.items.length, missionIndex >= 0, meetingMinutes);

  const weights = template.items.map((item) => weightOf(item.minutes));
  const fitted = new Array<number>(template.items.length).fill(0);
  const otherIndexes = template.items.map((_, index) => index).filter((i) => i !== missionIndex);
  let forOthers = meetingMinutes;
  if (missionIndex >= 0) {
    const missionMinutes = fitMissionMoment({ weights, missionIndex, meetingMinutes });
    fitted[missionIndex] = missionMinutes;
    forOthers -= missionMinutes;
  }
  const shares = apportion(
    forOthers,
    otherIndexes.map((index) => weights[index] ?? 0),
  );
  otherIndexes.forEach((index, position) => {
    fitted[index] = shares[position] ?? MIN_FITTED_ITEM_MINUTES;
  });

  const isUnchanged = template.items.every((item, index) => item.minutes === fitted[index]);
  if (isUnchanged) return template;
  return {
    ...template,
    items: template.items.map((item, index): AgendaItem => ({
      ...item,
      minutes: fitted[index] ?? item.minutes,
    })),
  };
}

function assertMeetingMinutes(meetingMinutes: number): void {
  const isValid =
    Number.isInteger(meetingMinutes) &&
    meetingMinutes >= 1 &&
    meetingMinutes <= MAX_MEETING_MINUTES;
  if (!isValid) {
    throw ValidationError.single(
      'meetingMinutes',
      `The meeting length must be a whole number of minutes from 1 to ${MAX_MEETING_MINUTES}`,
    );
  }
}

/** The shortest meeting that can hold `itemCount` items, in minutes. */
function minimumMeetingMinutes(itemCount: number, hasMissionMoment: boolean): number {
  if (!hasMissionMoment) return itemCount * MIN_FITTED_ITEM_MINUTES;
  return (itemCount - 1) * MIN_FITTED_ITEM_MINUTES + MISSION_MOMENT_MIN_MINUTES;
}

function assertFits(itemCount: number, hasMissionMoment: boolean, meetingMinutes: number): void {
  const minimum = minimumMeetingMinutes(itemCount, hasMissionMoment);
  if (meetingMinutes >= minimum) return;
  const others = hasMissionMoment ? itemCount - 1 : itemCount;
  const items = `${others} agenda ${others === 1 ? 'item' : 'items'} of at least 1 minute`;
  const mission = `a ${MISSION_MOMENT_MIN_MINUTES}-minute Mission Moment`;
  let content = items;
  if (hasMissionMoment) content = others === 0 ? mission : `${items} plus ${mission}`;
  throw ValidationError.single(
    'meetingMinutes',
    `A ${meetingMinutes}-minute meeting cannot hold ${content}; lengthen the meeting to at least ${minimum} minutes or remove items`,
  );
}

/** Minutes as a proportional weight: whole and never negative, whatever the input holds. */
function weightOf(minutes: number): number {
  return Number.isFinite(minutes) ? Math.max(0, Math.round(minutes)) : 0;
}

interface MissionMomentFit {
  readonly weights: readonly number[];
  readonly missionIndex: number;
  readonly meetingMinutes: number;
}

function fitMissionMoment({ weights, missionIndex, meetingMinutes }: MissionMomentFit): number {
  const otherCount = weights.length - 1;
  if (otherCount === 0) return meetingMinutes;
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const missionWeight = weights[missionIndex] ?? 0;
  const share =
    totalWeight === 0
      ? meetingMinutes / weights.length
      : (missionWeight * meetingMinutes) / totalWeight;
  const ceiling = Math.min(
    MISSION_MOMENT_MAX_MINUTES,
    meetingMinutes - otherCount * MIN_FITTED_ITEM_MINUTES,
  );
  return Math.min(ceiling, Math.max(MISSION_MOMENT_MIN_MINUTES, Math.round(share)));
}

/**
 * Splits `total` whole minutes over `weights` in proportion, every share at least one minute
 * (precondition: `total >= weights.length`). Items whose proportional share is under a minute get
 * the one-minute floor and the rest is shared again among the others; then the largest-remainder
 * method hands out the minutes left after rounding down. Integer arithmetic throughout, so equal
 * inputs always give equal outputs.
 */
function apportion(total: number, weights: readonly number[]): number[] {
  const shares = new Array<number>(weights.length).fill(MIN_FITTED_ITEM_MINUTES);
  let open = weights.map((_, index) => index);
  let remaining = total;
  for (;;) {
    const openWeights = open.map((index) => weights[index] ?? 0);
    const sumOfWeights = openWeights.reduce((sum, weight) => sum + weight, 0);
    // With no weight left to go by, the open items share equally.
    const effective = sumOfWeights === 0 ? openWeights.map(() => 1) : openWeights;
    const denominator = sumOfWeights === 0 ? open.length : sumOfWeights;
    const numerators = effective.map((weight) => remaining * weight);
    const belowOneMinute = open.filter((_, position) => (numerators[position] ?? 0) < denominator);
    if (belowOneMinute.length === 0) {
      distributeLargestRemainder({ shares, open, numerators, denominator, remaining });
      return shares;
    }
    remaining -= belowOneMinute.length * MIN_FITTED_ITEM_MINUTES;
    open = open.filter((index) => !belowOneMinute.includes(index));
  }
}

interface LargestRemainderInput {
  readonly shares: number[];
  readonly open: readonly number[];
  readonly numerators: readonly number[];
  readonly denominator: number;
  readonly remaining: number;
}

/** Writes the open items' shares into `shares` (a local array owned by `apportion`). */
function distributeLargestRemainder(input: LargestRemainderInput): void {
  const { shares, open, numerators, denominator, remaining } = input;
  let handedOut = 0;
  open.forEach((index, position) => {
    const share = Math.floor((numerators[position] ?? 0) / denominator);
    shares[index] = share;
    handedOut += share;
  });
  const byRemainder = open
    .map((index, position) => ({ index, remainder: (numerators[position] ?? 0) % denominator }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder.slice(0, remaining - handedOut)) {
    shares[index] = (shares[index] ?? 0) + 1;
  }
}

/** One item's place in the running meeting, for the side-panel timer and the invite's table. */
export interface AgendaSlot {
  readonly item: AgendaItem;
  /** Minutes from the meeting's start to the item's start. */
  readonly startOffsetMinutes: number;
  /** Minutes from the meeting's start to the item's end (the next item's start). */
  readonly endOffsetMinutes: number;
  /** Offsets as hours and minutes, e.g. `0:55–1:00`. */
  readonly timeBoxLabel: string;
  /** Wall-clock start (`HH:mm`), when the meeting's local start time was given. */
  readonly startLocal?: string;
  /** Wall-clock end (`HH:mm`), when the meeting's local start time was given. */
  readonly endLocal?: string;
}

const localTimePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTES_PER_DAY = 24 * 60;

/**
 * Each item's start and end as offsets from the meeting's start, in agenda order, plus wall-clock
 * times when `startLocal` (the meeting's start as `HH:mm` in the organiser's time zone) is given.
 *
 * Example: the standard agenda for a meeting at 09:30 Europe/London gives the Mission Moment
 * offsets 0–5 (`0:00–0:05`, 09:30–09:35) and wrap-up 55–60 (`0:55–1:00`, 10:25–10:30). Clock times
 * are wall-clock arithmetic in the organiser's zone: a daylight-saving change inside a meeting (only
 * possible for a meeting held across 01:00–03:00 local) is not applied, and times past midnight
 * wrap to 00:00.
 *
 * @throws ValidationError (field `startLocal`) when `startLocal` is not a 24-hour `HH:mm` time.
 */
export function agendaSchedule(template: AgendaTemplate, startLocal?: string): AgendaSlot[] {
  const startOfDayMinutes = startLocal === undefined ? undefined : parseLocalTime(startLocal);
  let offset = 0;
  return template.items.map((item) => {
    const start = offset;
    offset += item.minutes;
    const slot: AgendaSlot = {
      item,
      startOffsetMinutes: start,
      endOffsetMinutes: offset,
      timeBoxLabel: formatTimeBox(start, offset),
    };
    if (startOfDayMinutes === undefined) return slot;
    return {
      ...slot,
      startLocal: formatClock(startOfDayMinutes + start),
      endLocal: formatClock(startOfDayMinutes + offset),
    };
  });
}

function parseLocalTime(startLocal: string): number {
  const match = localTimePattern.exec(startLocal);
  if (!match) {
    throw ValidationError.single(
      'startLocal',
      `The meeting start "${startLocal}" is not a time; use 24-hour HH:mm, e.g. 09:30`,
    );
  }
  return Number(match[1]) * 60 + Number(match[2]);
}

const twoDigits = (value: number): string => String(value).padStart(2, '0');

function formatClock(minutesSinceMidnight: number): string {
  const minutes = minutesSinceMidnight % MINUTES_PER_DAY;
  return `${twoDigits(Math.floor(minutes / 60))}:${twoDigits(minutes % 60)}`;
}

/** An offset from the meeting's start as `h:mm`, e.g. 65 → `1:05`. */
export function formatOffset(offsetMinutes: number): string {
  return `${Math.floor(offsetMinutes / 60)}:${twoDigits(offsetMinutes % 60)}`;
}

/** A time box as offsets from the meeting's start, e.g. (55, 60) → `0:55–1:00` (en dash). */
export function formatTimeBox(startOffsetMinutes: number, endOffsetMinutes: number): string {
  return `${formatOffset(startOffsetMinutes)}–${formatOffset(endOffsetMinutes)}`;
}
