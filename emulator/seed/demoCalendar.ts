import { DateTime } from 'luxon';
import { resolveIanaZone } from '../../src/domain/timeZone';
import { graphLocalDateTime } from '../core/dates';
import type { GraphJson } from '../core/state';
import type { DemoPersonKey } from './constants';
import { addMeeting, type InviteeSpec, type MeetingSpec, type SeedContext } from './calendar';
import {
  DEMO_PEOPLE,
  MONDAY_TO_FRIDAY,
  personByKey,
  type DemoPerson,
  type WeekDay,
} from './people';

/**
 * The demo's calendars: a year of realistic meetings from `now`, in each organizer's own zone and
 * working hours. Recurring series (weekly 1:1s, a daily stand-up, a monthly all-hands, quarterly
 * business reviews, focus blocks) began a few weeks before `now`, so this week is busy too; single
 * meetings are spread over the next twelve months. One member is out of office for a week.
 */

/** The week the out-of-office member is away: its Monday is at least this many days after `now`. */
export const OUT_OF_OFFICE_LEAD_DAYS = 21;
/** Who is away (Lukas Weber, Director of Customer Service). */
export const OUT_OF_OFFICE_PERSON: DemoPersonKey = 'lukas';
/** Series stop a little over a year after `now`, so the whole next year is covered. */
const SERIES_YEARS_AHEAD_DAYS = 400;
/** Monday to Friday. */
const OUT_OF_OFFICE_WORKDAYS = 5;

export interface OutOfOfficeWeek {
  /** Monday 00:00 in the person's zone. */
  readonly start: DateTime;
  /** Saturday 00:00: the all-day out-of-office event covers Monday to Friday. */
  readonly end: DateTime;
  /** The Monday after, 00:00: automatic replies run over the weekend until the return. */
  readonly repliesEnd: DateTime;
}

/** The out-of-office week: the first Monday at least three weeks after `now`, in the person's zone. */
export function outOfOfficeWeekOf(now: Date): OutOfOfficeWeek {
  const person = personByKey(OUT_OF_OFFICE_PERSON);
  const from = todayOf(now, person).plus({ days: OUT_OF_OFFICE_LEAD_DAYS });
  const daysToMonday = (8 - from.weekday) % 7;
  const start = from.plus({ days: daysToMonday });
  return {
    start,
    end: start.plus({ days: OUT_OF_OFFICE_WORKDAYS }),
    repliesEnd: start.plus({ days: 7 }),
  };
}

/** Graph `automaticRepliesSetting`, scheduled for the out-of-office week (times in UTC). */
export function scheduledAutomaticReplies(week: OutOfOfficeWeek): GraphJson {
  const back = week.repliesEnd.setLocale('en-GB').toFormat('cccc d LLLL');
  const message =
    `<html><body><div>Thank you for your message. I am out of the office and back on ${back}. ` +
    'For urgent customer service matters please contact Sofia Marino (sofia.marino@contoso.example).</div></body></html>';
  return {
    status: 'scheduled',
    externalAudience: 'all',
    internalReplyMessage: message,
    externalReplyMessage: message,
    scheduledStartDateTime: { dateTime: graphLocalDateTime(week.start.toUTC()), timeZone: 'UTC' },
    scheduledEndDateTime: {
      dateTime: graphLocalDateTime(week.repliesEnd.toUTC()),
      timeZone: 'UTC',
    },
  };
}

/** Stores every demo meeting. */
export function seedDemoCalendars(context: SeedContext): void {
  for (const spec of demoMeetings(context.now)) addMeeting(context, spec);
}

// ---------- dates relative to now ----------

function todayOf(now: Date, person: DemoPerson): DateTime {
  return DateTime.fromJSDate(now, { zone: resolveIanaZone(person.timeZone) }).startOf('day');
}

const LUXON_WEEKDAY: Record<number, WeekDay> = {
  1: 'monday',
  2: 'tuesday',
  3: 'wednesday',
  4: 'thursday',
  5: 'friday',
  6: 'saturday',
  7: 'sunday',
};

function isWorkday(person: DemoPerson, day: DateTime): boolean {
  return person.workingDays.includes(LUXON_WEEKDAY[day.weekday] ?? 'sunday');
}

function isInWeek(week: OutOfOfficeWeek, day: DateTime): boolean {
  return day >= week.start && day < week.repliesEnd;
}

/**
 * Builds `YYYY-MM-DD` dates in an organizer's zone: `day(n)` is the organizer's first working day
 * at least `n` days after today (never in the out-of-office week, if the organizer is the one
 * away); `seriesStart(n)` is today plus `n` days, as is (negative: the series began before now).
 */
function datesFor(now: Date, key: DemoPersonKey) {
  const person = personByKey(key);
  const today = todayOf(now, person);
  const away = key === OUT_OF_OFFICE_PERSON ? outOfOfficeWeekOf(now) : undefined;
  const isFree = (day: DateTime) => isWorkday(person, day) && !(away && isInWeek(away, day));
  return {
    day(offsetDays: number): string {
      let day = today.plus({ days: offsetDays });
      while (!isFree(day)) day = day.plus({ days: 1 });
      return day.toISODate() ?? '';
    },
    seriesStart(offsetDays: number): string {
      return today.plus({ days: offsetDays }).toISODate() ?? '';
    },
    seriesEnd(): string {
      return today.plus({ days: SERIES_YEARS_AHEAD_DAYS }).toISODate() ?? '';
    },
  };
}

const CX_MEMBERS: readonly DemoPersonKey[] = DEMO_PEOPLE.filter((person) => person.isCxMember).map(
  (person) => person.key,
);

function invite(
  keys: readonly DemoPersonKey[],
  overrides: Partial<Record<DemoPersonKey, Omit<InviteeSpec, 'who'>>> = {},
): InviteeSpec[] {
  return keys.map((who) => ({ who, ...overrides[who] }));
}

function everyoneBut(organizer: DemoPersonKey, keys: readonly DemoPersonKey[]): DemoPersonKey[] {
  return keys.filter((key) => key !== organizer);
}

// ---------- the meetings ----------

function demoMeetings(now: Date): MeetingSpec[] {
  return [
    ...recurringMeetings(now),
    ...focusAndPersonalTime(now),
    ...singleMeetings(now),
    outOfOfficeEvent(now),
  ];
}

function recurringMeetings(now: Date): MeetingSpec[] {
  const amara = datesFor(now, 'amara');
  const dana = datesFor(now, 'dana');
  const lukas = datesFor(now, 'lukas');
  const jordan = datesFor(now, 'jordan');
  const marcus = datesFor(now, 'marcus');
  const priya = datesFor(now, 'priya');
  const wei = datesFor(now, 'wei');
  const hannah = datesFor(now, 'hannah');
  const everyone = DEMO_PEOPLE.map((person) => person.key);
  return [
    {
      organizer: 'amara',
      subject: 'Contoso monthly all-hands',
      body: [
        'Our monthly all-hands: company results, customer stories and questions for the leadership team.',
        'Post your questions in the meeting chat beforehand.',
      ],
      date: amara.seriesStart(-70),
      startTime: '11:00',
      durationMinutes: 60,
      recurrence: {
        pattern: { type: 'relativeMonthly', daysOfWeek: ['thursday'], index: 'first' },
        range: { type: 'noEnd' },
      },
      attendees: invite(everyoneBut('amara', everyone), {
        priya: { response: 'tentativelyAccepted', type: 'optional' },
        grace: { response: 'notResponded' },
      }),
      isOnline: true,
    },
    {
      organizer: 'dana',
      subject: 'Dana / Amara weekly 1:1',
      body: [
        'Weekly sponsor check-in: CX priorities, blockers, decisions that need the leadership team.',
      ],
      date: dana.seriesStart(-56),
      startTime: '10:00',
      durationMinutes: 30,
      recurrence: {
        pattern: { type: 'weekly', daysOfWeek: ['tuesday'] },
        range: { type: 'endDate', endDate: dana.seriesEnd() },
      },
      attendees: invite(['amara']),
      isOnline: true,
      sensitivity: 'private',
    },
    {
      organizer: 'dana',
      subject: 'Dana / Jordan 1:1',
      body: ['Digital journey metrics, app store feedback, anything on your mind.'],
      date: dana.seriesStart(-42),
      startTime: '09:00',
      durationMinutes: 30,
      recurrence: {
        pattern: { type: 'weekly', daysOfWeek: ['wednesday'] },
        range: { type: 'noEnd' },
      },
      attendees: invite(['jordan']),
      isOnline: true,
    },
    {
      organizer: 'dana',
      subject: 'Voice of the customer review',
      body: ['Weekly: what customers told us across surveys, reviews, calls and social.'],
      date: dana.seriesStart(-63),
      startTime: '09:00',
      durationMinutes: 60,
      recurrence: { pattern: { type: 'weekly', daysOfWeek: ['monday'] }, range: { type: 'noEnd' } },
      attendees: invite(['jordan', 'marcus', 'wei'], { wei: { type: 'optional' } }),
      isOnline: true,
    },
    {
      organizer: 'dana',
      subject: 'Listening session: support calls',
      body: ['Every other week we listen to five recorded support calls together.'],
      date: dana.seriesStart(-20),
      startTime: '13:00',
      durationMinutes: 60,
      recurrence: {
        pattern: { type: 'weekly', interval: 2, daysOfWeek: ['thursday'] },
        range: { type: 'endDate', endDate: dana.seriesEnd() },
      },
      attendees: invite(['rafael', 'wei'], { wei: { response: 'tentativelyAccepted' } }),
      isOnline: true,
    },
    {
      organizer: 'dana',
      subject: 'CX office hours',
      body: [
        'Drop in with any customer experience question. Shown as free: book over it if needed.',
      ],
      date: dana.seriesStart(-30),
      startTime: '15:00',
      durationMinutes: 60,
      recurrence: {
        pattern: { type: 'weekly', daysOfWeek: ['tuesday'] },
        range: { type: 'noEnd' },
      },
      showAs: 'free',
      isOnline: true,
    },
    {
      organizer: 'lukas',
      subject: 'Lukas / Sofia 1:1',
      body: ['Escalations, renewals at risk and hand-offs between service and success.'],
      date: lukas.seriesStart(-35),
      startTime: '10:00',
      durationMinutes: 30,
      recurrence: {
        pattern: { type: 'weekly', daysOfWeek: ['thursday'] },
        range: { type: 'noEnd' },
      },
      attendees: invite(['sofia']),
      isOnline: true,
    },
    {
      organizer: 'jordan',
      subject: 'Digital squad stand-up',
      body: ['Fifteen minutes: yesterday, today, blockers.'],
      date: jordan.seriesStart(-28),
      startTime: '07:30',
      durationMinutes: 15,
      recurrence: {
        pattern: { type: 'weekly', daysOfWeek: MONDAY_TO_FRIDAY },
        range: { type: 'endDate', endDate: jordan.seriesEnd() },
      },
      location: 'San Francisco – Digital squad area',
    },
    {
      organizer: 'marcus',
      subject: 'Quarterly business review',
      body: [
        'Quarterly review of revenue, retention and customer health with the leadership team.',
        'Pre-read: the QBR deck in the CX Council site.',
      ],
      date: marcus.seriesStart(10),
      startTime: '09:00',
      durationMinutes: 120,
      recurrence: {
        pattern: {
          type: 'relativeMonthly',
          interval: 3,
          daysOfWeek: ['wednesday'],
          index: 'second',
        },
        range: { type: 'numbered', numberOfOccurrences: 4 },
      },
      attendees: invite(['amara', 'dana', 'sofia', 'rafael', 'lukas'], {
        lukas: { type: 'optional', response: 'tentativelyAccepted' },
      }),
      isOnline: true,
      importance: 'high',
    },
    {
      organizer: 'marcus',
      subject: 'Sales pipeline review',
      body: ['Weekly pipeline and forecast, with the delivery capacity it needs.'],
      date: marcus.seriesStart(-49),
      startTime: '09:00',
      durationMinutes: 60,
      recurrence: {
        pattern: { type: 'weekly', daysOfWeek: ['monday'] },
        range: { type: 'endDate', endDate: marcus.seriesEnd() },
      },
      attendees: invite(['rafael']),
      isOnline: true,
    },
    {
      organizer: 'lukas',
      subject: 'Service operations review',
      body: ['Every other week: contact volumes, first-contact resolution, complaint themes.'],
      date: lukas.seriesStart(-21),
      startTime: '14:00',
      durationMinutes: 60,
      recurrence: {
        pattern: { type: 'weekly', interval: 2, daysOfWeek: ['wednesday'] },
        range: { type: 'noEnd' },
      },
      attendees: invite(['sofia', 'sam', 'hannah'], { hannah: { response: 'notResponded' } }),
      isOnline: true,
    },
    {
      organizer: 'priya',
      subject: 'Product roadmap sync',
      body: ['What is shipping next, what customers asked for, what we are saying no to.'],
      date: priya.seriesStart(-30),
      startTime: '16:30',
      durationMinutes: 60,
      recurrence: {
        pattern: { type: 'weekly', daysOfWeek: ['thursday'] },
        range: { type: 'noEnd' },
      },
      attendees: invite(['sam', 'sofia', 'lukas'], { sam: { type: 'optional' } }),
      isOnline: true,
    },
    {
      organizer: 'wei',
      subject: 'IT change advisory board',
      body: ['Changes planned for the coming week and their customer impact.'],
      date: wei.seriesStart(-63),
      startTime: '11:00',
      durationMinutes: 45,
      recurrence: {
        pattern: { type: 'weekly', daysOfWeek: ['tuesday'] },
        range: { type: 'endDate', endDate: wei.seriesEnd() },
      },
      attendees: invite(['rafael', 'jordan']),
      isOnline: true,
    },
    {
      organizer: 'hannah',
      subject: 'Learning community of practice',
      body: ['Monthly: what we learned from frontline coaching, and what to teach next.'],
      date: hannah.seriesStart(-40),
      startTime: '10:00',
      durationMinutes: 60,
      recurrence: {
        pattern: { type: 'relativeMonthly', daysOfWeek: ['tuesday'], index: 'third' },
        range: { type: 'noEnd' },
      },
      attendees: invite(['sam', 'sofia', 'lukas'], { lukas: { type: 'optional' } }),
      isOnline: true,
    },
  ];
}

function focusAndPersonalTime(now: Date): MeetingSpec[] {
  return [
    {
      organizer: 'priya',
      subject: 'Focus time',
      body: ['Deep work: specs and research.'],
      date: datesFor(now, 'priya').seriesStart(-14),
      startTime: '11:00',
      durationMinutes: 120,
      recurrence: {
        pattern: { type: 'weekly', daysOfWeek: ['tuesday', 'thursday'] },
        range: { type: 'noEnd' },
      },
      categories: ['Focus'],
    },
    {
      organizer: 'sam',
      subject: 'Focus: campaign planning',
      body: ['Protected time for campaign planning.'],
      date: datesFor(now, 'sam').seriesStart(-7),
      startTime: '09:30',
      durationMinutes: 120,
      recurrence: {
        pattern: { type: 'weekly', daysOfWeek: ['wednesday'] },
        range: { type: 'noEnd' },
      },
      categories: ['Focus'],
    },
    {
      organizer: 'dana',
      subject: 'Focus time',
      body: ['Writing time: charter, insights, reports.'],
      date: datesFor(now, 'dana').seriesStart(-14),
      startTime: '13:00',
      durationMinutes: 120,
      recurrence: { pattern: { type: 'weekly', daysOfWeek: ['friday'] }, range: { type: 'noEnd' } },
      categories: ['Focus'],
    },
    {
      organizer: 'marcus',
      subject: 'Personal appointment',
      body: ['Personal.'],
      date: datesFor(now, 'marcus').seriesStart(-21),
      startTime: '15:30',
      durationMinutes: 60,
      recurrence: {
        pattern: { type: 'weekly', interval: 2, daysOfWeek: ['friday'] },
        range: { type: 'numbered', numberOfOccurrences: 20 },
      },
      sensitivity: 'private',
    },
    {
      organizer: 'rafael',
      subject: 'Distribution centre walk',
      body: ['Weekly walk of the floor with the shift leads.'],
      date: datesFor(now, 'rafael').seriesStart(-10),
      startTime: '08:00',
      durationMinutes: 60,
      recurrence: {
        pattern: { type: 'weekly', daysOfWeek: ['thursday'] },
        range: { type: 'noEnd' },
      },
      showAs: 'workingElsewhere',
      location: 'Dallas distribution centre',
    },
  ];
}

function singleMeetings(now: Date): MeetingSpec[] {
  const dana = datesFor(now, 'dana');
  const amara = datesFor(now, 'amara');
  const sofia = datesFor(now, 'sofia');
  const marcus = datesFor(now, 'marcus');
  const lukas = datesFor(now, 'lukas');
  const members = CX_MEMBERS;
  return [
    {
      organizer: 'dana',
      subject: 'CX Council: charter kickoff',
      body: [
        'Welcome to the CX Council. We will agree our CX vision, mission and how this team works together.',
        'Mission Moment: Dana opens with a customer story.',
      ],
      date: dana.day(8),
      startTime: '08:30',
      durationMinutes: 60,
      attendees: invite(everyoneBut('dana', members), {
        priya: { response: 'tentativelyAccepted' },
        hannah: { response: 'notResponded' },
      }),
      isOnline: true,
    },
    {
      organizer: 'amara',
      subject: 'Doctor appointment',
      body: ['Personal.'],
      date: amara.day(5),
      startTime: '15:00',
      durationMinutes: 60,
      sensitivity: 'private',
      location: 'Midtown clinic',
    },
    {
      organizer: 'sofia',
      subject: 'Webinar: customer success trends',
      body: ['Industry webinar. Might join if the renewal call moves.'],
      date: sofia.day(12),
      startTime: '15:00',
      durationMinutes: 60,
      showAs: 'tentative',
    },
    {
      organizer: 'dana',
      subject: 'Journey mapping workshop: onboarding',
      body: ['Half-day workshop mapping the new-customer onboarding journey end to end.'],
      date: dana.day(16),
      startTime: '09:00',
      durationMinutes: 180,
      attendees: invite(['jordan', 'wei', 'sam', 'sofia'], {
        sam: { type: 'optional', response: 'tentativelyAccepted' },
        sofia: { type: 'optional', response: 'notResponded' },
      }),
      isOnline: true,
    },
    {
      organizer: 'sam',
      subject: 'Brand campaign review',
      body: ['Review the spring campaign creative against our customer promise.'],
      date: datesFor(now, 'sam').day(25),
      startTime: '14:00',
      durationMinutes: 60,
      attendees: invite(['sofia', 'lukas', 'amara'], { amara: { type: 'optional' } }),
      isOnline: true,
    },
    {
      organizer: 'jordan',
      subject: 'App release go/no-go',
      body: ['Go/no-go for the mobile app release.'],
      date: datesFor(now, 'jordan').day(33),
      startTime: '08:00',
      durationMinutes: 30,
      attendees: invite(['wei']),
      isOnline: true,
    },
    {
      organizer: 'rafael',
      subject: 'Site visit: Dallas distribution centre',
      body: ['On site all day with the regional operations team.'],
      date: datesFor(now, 'rafael').day(40),
      allDayDays: 1,
      showAs: 'workingElsewhere',
      location: 'Dallas distribution centre',
    },
    {
      organizer: 'priya',
      subject: 'Release readiness review',
      body: ['Support readiness for the next release: known issues, help articles, training.'],
      date: datesFor(now, 'priya').day(45),
      startTime: '14:30',
      durationMinutes: 60,
      attendees: invite(['lukas', 'sofia']),
      isOnline: true,
    },
    {
      organizer: 'sofia',
      subject: 'Customer advisory board',
      body: ['Twice-yearly session with our customer advisory board.'],
      date: sofia.day(75),
      startTime: '10:00',
      durationMinutes: 120,
      attendees: invite(['lukas', 'priya', 'sam']),
      isOnline: true,
      importance: 'high',
    },
    {
      organizer: 'hannah',
      subject: 'Manager training: coaching for CX',
      body: ['Two hours on coaching frontline teams with real customer conversations.'],
      date: datesFor(now, 'hannah').day(90),
      startTime: '10:00',
      durationMinutes: 120,
      attendees: invite(['sam', 'lukas', 'sofia']),
      isOnline: true,
    },
    {
      organizer: 'marcus',
      subject: 'Sales kickoff',
      body: ['Two days of sales kickoff: targets, territories, customer stories.'],
      date: marcus.day(120),
      allDayDays: 2,
      attendees: invite(['amara', 'rafael']),
      location: 'Chicago – Riverfront conference centre',
    },
    {
      organizer: 'dana',
      subject: 'CX metrics deep dive',
      body: [
        'NPS, customer effort and first-contact resolution by journey, with the owners of each.',
      ],
      date: dana.day(150),
      startTime: '09:00',
      durationMinutes: 90,
      attendees: invite(['amara', 'marcus', 'jordan', 'wei']),
      isOnline: true,
    },
    {
      organizer: 'amara',
      subject: 'Board meeting preparation',
      body: ['Prepare the customer section of the board pack.'],
      date: amara.day(180),
      startTime: '13:00',
      durationMinutes: 90,
      attendees: invite(['dana', 'marcus']),
      isOnline: true,
      importance: 'high',
      sensitivity: 'confidential',
    },
    {
      organizer: 'wei',
      subject: 'Service desk platform cutover',
      body: ['Cutover day for the new service desk platform. Keep the day clear.'],
      date: datesFor(now, 'wei').day(200),
      startTime: '09:00',
      durationMinutes: 480,
    },
    {
      organizer: 'dana',
      subject: 'Mid-year charter review',
      body: ['Are our goals, roles and decision rights still right? Bring one change you want.'],
      date: dana.day(240),
      startTime: '08:30',
      durationMinutes: 90,
      attendees: invite(['amara', 'marcus', 'rafael', 'jordan']),
      isOnline: true,
    },
    {
      organizer: 'amara',
      subject: 'Annual CX strategy offsite',
      body: ['A day away to set next year’s CX priorities.'],
      date: amara.day(300),
      allDayDays: 1,
      attendees: invite(['dana', 'marcus', 'wei', 'rafael']),
      location: 'New York HQ – 40th floor',
    },
    {
      organizer: 'marcus',
      subject: 'Annual sales planning',
      body: ['Next year’s targets and the customer commitments behind them.'],
      date: marcus.day(330),
      startTime: '10:00',
      durationMinutes: 120,
      attendees: invite(['amara', 'rafael']),
      isOnline: true,
    },
    {
      organizer: 'lukas',
      subject: 'Year-end service readiness',
      body: ['Staffing and knowledge readiness for the year-end peak.'],
      date: lukas.day(345),
      startTime: '11:00',
      durationMinutes: 60,
      attendees: invite(['sofia', 'hannah']),
      isOnline: true,
    },
  ];
}

function outOfOfficeEvent(now: Date): MeetingSpec {
  const week = outOfOfficeWeekOf(now);
  return {
    organizer: OUT_OF_OFFICE_PERSON,
    subject: 'Out of office – family holiday',
    body: ['Away all week. Sofia Marino covers urgent customer service matters.'],
    date: week.start.toISODate() ?? '',
    allDayDays: OUT_OF_OFFICE_WORKDAYS,
    showAs: 'oof',
  };
}
