import { utcSeconds } from '../core/dates';
import type { GraphJson, StoredUser } from '../core/state';
import { DEMO_DOMAIN, DEMO_USER_IDS, type DemoPersonKey } from './constants';

/**
 * The seeded people: the cross-functional CX team of DESIGN.md §1 (executive sponsor, CX lead and a
 * champion from each department) spread over six time zones, plus two colleagues outside the team.
 * Names are invented; addresses are at `contoso.example`.
 */

export type WeekDay =
  'sunday' | 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday';

export const MONDAY_TO_FRIDAY: readonly WeekDay[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
];
const MONDAY_TO_THURSDAY: readonly WeekDay[] = ['monday', 'tuesday', 'wednesday', 'thursday'];

export interface DemoPerson {
  readonly key: DemoPersonKey;
  readonly id: string;
  readonly givenName: string;
  readonly surname: string;
  readonly jobTitle: string;
  /** As Entra ID stores it (free text); the CX hub maps it to a charter department. */
  readonly department: string;
  readonly officeLocation: string;
  readonly city: string;
  readonly country: string;
  readonly usageLocation: string;
  readonly businessPhone: string;
  /** Windows name, as Graph returns it in mailboxSettings. */
  readonly timeZone: string;
  readonly locale: { readonly tag: string; readonly displayName: string };
  readonly dateFormat: string;
  readonly timeFormat: string;
  readonly workingDays: readonly WeekDay[];
  /** `HH:mm`, in the person's own zone. */
  readonly workStart: string;
  readonly workEnd: string;
  /** Member of the CX group. */
  readonly isCxMember: boolean;
}

type PersonInput = Omit<DemoPerson, 'id' | 'key' | 'isCxMember'> & {
  readonly isCxMember?: boolean;
};

const EN_US = { tag: 'en-US', displayName: 'English (United States)' };
const EN_GB = { tag: 'en-GB', displayName: 'English (United Kingdom)' };

const US_FORMATS = { dateFormat: 'M/d/yyyy', timeFormat: 'h:mm tt' };
const EUROPEAN_FORMATS = { dateFormat: 'dd/MM/yyyy', timeFormat: 'HH:mm' };

const FULL_WEEK = { workingDays: MONDAY_TO_FRIDAY };

/** Roster order: sponsor, CX lead, champions in DESIGN.md's order, then the outsiders. */
const ROSTER: Record<DemoPersonKey, PersonInput> = {
  amara: {
    givenName: 'Amara',
    surname: 'Okafor',
    jobTitle: 'Chief Customer Officer',
    department: 'Executive',
    officeLocation: 'New York HQ',
    city: 'New York',
    country: 'United States',
    usageLocation: 'US',
    businessPhone: '+1 212 555 0101',
    timeZone: 'Eastern Standard Time',
    locale: EN_US,
    ...US_FORMATS,
    ...FULL_WEEK,
    workStart: '08:30',
    workEnd: '17:00',
  },
  dana: {
    givenName: 'Dana',
    surname: 'Kim',
    jobTitle: 'Director of Customer Experience',
    department: 'Customer Experience',
    officeLocation: 'Seattle',
    city: 'Seattle',
    country: 'United States',
    usageLocation: 'US',
    businessPhone: '+1 206 555 0102',
    timeZone: 'Pacific Standard Time',
    locale: EN_US,
    ...US_FORMATS,
    ...FULL_WEEK,
    workStart: '08:30',
    workEnd: '17:00',
  },
  sam: {
    givenName: 'Sam',
    surname: 'Taylor',
    jobTitle: 'Head of Brand Marketing',
    department: 'Marketing',
    officeLocation: 'London',
    city: 'London',
    country: 'United Kingdom',
    usageLocation: 'GB',
    businessPhone: '+44 20 7946 0103',
    timeZone: 'GMT Standard Time',
    locale: EN_GB,
    ...EUROPEAN_FORMATS,
    ...FULL_WEEK,
    workStart: '09:00',
    workEnd: '17:30',
  },
  marcus: {
    givenName: 'Marcus',
    surname: 'Bell',
    jobTitle: 'VP Sales, North America',
    department: 'Sales',
    officeLocation: 'Chicago',
    city: 'Chicago',
    country: 'United States',
    usageLocation: 'US',
    businessPhone: '+1 312 555 0104',
    timeZone: 'Central Standard Time',
    locale: EN_US,
    ...US_FORMATS,
    ...FULL_WEEK,
    workStart: '08:00',
    workEnd: '16:30',
  },
  lukas: {
    givenName: 'Lukas',
    surname: 'Weber',
    jobTitle: 'Director of Customer Service',
    department: 'Customer Service',
    officeLocation: 'Berlin',
    city: 'Berlin',
    country: 'Germany',
    usageLocation: 'DE',
    businessPhone: '+49 30 5550 0105',
    timeZone: 'W. Europe Standard Time',
    locale: { tag: 'de-DE', displayName: 'Deutsch (Deutschland)' },
    dateFormat: 'dd.MM.yyyy',
    timeFormat: 'HH:mm',
    ...FULL_WEEK,
    workStart: '08:00',
    workEnd: '16:30',
  },
  sofia: {
    givenName: 'Sofia',
    surname: 'Marino',
    jobTitle: 'Head of Customer Success',
    department: 'Customer Success',
    officeLocation: 'Amsterdam',
    city: 'Amsterdam',
    country: 'Netherlands',
    usageLocation: 'NL',
    businessPhone: '+31 20 555 0106',
    timeZone: 'W. Europe Standard Time',
    locale: EN_GB,
    ...EUROPEAN_FORMATS,
    ...FULL_WEEK,
    workStart: '09:00',
    workEnd: '17:30',
  },
  priya: {
    givenName: 'Priya',
    surname: 'Nair',
    jobTitle: 'Senior Product Manager',
    department: 'Product',
    officeLocation: 'Bengaluru',
    city: 'Bengaluru',
    country: 'India',
    usageLocation: 'IN',
    businessPhone: '+91 80 5550 0107',
    timeZone: 'India Standard Time',
    locale: { tag: 'en-IN', displayName: 'English (India)' },
    dateFormat: 'dd-MM-yyyy',
    timeFormat: 'hh:mm tt',
    ...FULL_WEEK,
    // Late hours on purpose: they overlap European mornings.
    workStart: '10:00',
    workEnd: '18:30',
  },
  jordan: {
    givenName: 'Jordan',
    surname: 'Ellis',
    jobTitle: 'Head of Digital Channels',
    department: 'Digital',
    officeLocation: 'San Francisco',
    city: 'San Francisco',
    country: 'United States',
    usageLocation: 'US',
    businessPhone: '+1 415 555 0108',
    timeZone: 'Pacific Standard Time',
    locale: EN_US,
    ...US_FORMATS,
    ...FULL_WEEK,
    // An early starter: 07:00–15:00.
    workStart: '07:00',
    workEnd: '15:00',
  },
  wei: {
    givenName: 'Wei',
    surname: 'Zhang',
    jobTitle: 'IT Business Partner',
    department: 'IT',
    officeLocation: 'Toronto',
    city: 'Toronto',
    country: 'Canada',
    usageLocation: 'CA',
    businessPhone: '+1 416 555 0109',
    timeZone: 'Eastern Standard Time',
    locale: { tag: 'en-CA', displayName: 'English (Canada)' },
    dateFormat: 'yyyy-MM-dd',
    timeFormat: 'h:mm tt',
    ...FULL_WEEK,
    workStart: '08:30',
    workEnd: '17:00',
  },
  hannah: {
    givenName: 'Hannah',
    surname: 'Byrne',
    jobTitle: 'Learning & Development Lead',
    department: 'HR & Learning',
    officeLocation: 'Dublin',
    city: 'Dublin',
    country: 'Ireland',
    usageLocation: 'IE',
    businessPhone: '+353 1 555 0110',
    timeZone: 'GMT Standard Time',
    locale: { tag: 'en-IE', displayName: 'English (Ireland)' },
    ...EUROPEAN_FORMATS,
    // Works a four-day week, Monday to Thursday.
    workingDays: MONDAY_TO_THURSDAY,
    workStart: '09:00',
    workEnd: '17:30',
  },
  rafael: {
    givenName: 'Rafael',
    surname: 'Ortiz',
    jobTitle: 'Director of Operations',
    department: 'Operations',
    officeLocation: 'Dallas',
    city: 'Dallas',
    country: 'United States',
    usageLocation: 'US',
    businessPhone: '+1 214 555 0111',
    timeZone: 'Central Standard Time',
    locale: EN_US,
    ...US_FORMATS,
    ...FULL_WEEK,
    workStart: '08:00',
    workEnd: '16:30',
  },
  noah: {
    givenName: 'Noah',
    surname: 'Fischer',
    jobTitle: 'Financial Analyst',
    department: 'Finance',
    officeLocation: 'New York HQ',
    city: 'New York',
    country: 'United States',
    usageLocation: 'US',
    businessPhone: '+1 212 555 0112',
    timeZone: 'Eastern Standard Time',
    locale: EN_US,
    ...US_FORMATS,
    ...FULL_WEEK,
    workStart: '09:00',
    workEnd: '17:30',
    isCxMember: false,
  },
  grace: {
    givenName: 'Grace',
    surname: 'Liu',
    jobTitle: 'Corporate Counsel',
    department: 'Legal',
    officeLocation: 'Seattle',
    city: 'Seattle',
    country: 'United States',
    usageLocation: 'US',
    businessPhone: '+1 206 555 0113',
    timeZone: 'Pacific Standard Time',
    locale: EN_US,
    ...US_FORMATS,
    ...FULL_WEEK,
    workStart: '09:00',
    workEnd: '17:30',
    isCxMember: false,
  },
};

/** Every seeded person, in roster order. */
export const DEMO_PEOPLE: readonly DemoPerson[] = (
  Object.entries(ROSTER) as [DemoPersonKey, PersonInput][]
).map(([key, input]) => ({
  ...input,
  key,
  id: DEMO_USER_IDS[key],
  isCxMember: input.isCxMember ?? true,
}));

export function personByKey(key: DemoPersonKey): DemoPerson {
  const person = DEMO_PEOPLE.find((candidate) => candidate.key === key);
  if (!person) throw new Error(`No seeded person "${key}"`);
  return person;
}

export function displayNameOf(person: DemoPerson): string {
  return `${person.givenName} ${person.surname}`;
}

/** `dana.kim@contoso.example`. */
export function upnOf(person: DemoPerson): string {
  return `${mailNicknameOf(person)}@${DEMO_DOMAIN}`;
}

function mailNicknameOf(person: DemoPerson): string {
  return `${person.givenName}.${person.surname}`.toLowerCase();
}

/** Graph's `emailAddress` of a person. */
export function emailAddressOf(person: DemoPerson): { name: string; address: string } {
  return { name: displayNameOf(person), address: upnOf(person) };
}

/** Graph's `HH:mm:ss.fffffff` time of day, as `workingHours` returns it. */
export function graphTimeOfDay(hhmm: string): string {
  return `${hhmm}:00.0000000`;
}

/** The stored `StoredUser` of a person: Graph `user` JSON and `mailboxSettings` JSON. */
export function buildStoredUser(person: DemoPerson, options: { createdUtcMs: number }): StoredUser {
  return {
    user: userJson(person, options.createdUtcMs),
    mailboxSettings: mailboxSettingsJson(person),
  };
}

function userJson(person: DemoPerson, createdUtcMs: number): GraphJson {
  const upn = upnOf(person);
  return {
    id: person.id,
    displayName: displayNameOf(person),
    givenName: person.givenName,
    surname: person.surname,
    userPrincipalName: upn,
    mail: upn,
    mailNickname: mailNicknameOf(person),
    jobTitle: person.jobTitle,
    department: person.department,
    companyName: 'Contoso',
    officeLocation: person.officeLocation,
    city: person.city,
    country: person.country,
    usageLocation: person.usageLocation,
    businessPhones: [person.businessPhone],
    mobilePhone: null,
    preferredLanguage: person.locale.tag,
    accountEnabled: true,
    userType: 'Member',
    createdDateTime: utcSeconds(createdUtcMs),
  };
}

/**
 * Graph's `mailboxSettings` as `GET /users/{id}/mailboxSettings` returns it. Automatic replies
 * start disabled; the demo schedules them for the member who is away.
 */
function mailboxSettingsJson(person: DemoPerson): GraphJson {
  return {
    archiveFolder: null,
    timeZone: person.timeZone,
    dateFormat: person.dateFormat,
    timeFormat: person.timeFormat,
    language: { locale: person.locale.tag, displayName: person.locale.displayName },
    workingHours: {
      daysOfWeek: [...person.workingDays],
      startTime: graphTimeOfDay(person.workStart),
      endTime: graphTimeOfDay(person.workEnd),
      timeZone: { name: person.timeZone },
    },
    automaticRepliesSetting: disabledAutomaticReplies(),
    delegateMeetingMessageDeliveryOptions: 'sendToDelegateAndInformationToPrincipal',
    userPurpose: 'user',
  };
}

/** Graph's shape for replies that are off: the scheduled window is still present, in UTC. */
function disabledAutomaticReplies(): GraphJson {
  return {
    status: 'disabled',
    externalAudience: 'all',
    internalReplyMessage: '',
    externalReplyMessage: '',
    scheduledStartDateTime: { dateTime: '2020-01-01T00:00:00.0000000', timeZone: 'UTC' },
    scheduledEndDateTime: { dateTime: '2020-01-02T00:00:00.0000000', timeZone: 'UTC' },
  };
}
