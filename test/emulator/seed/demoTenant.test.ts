import { DateTime } from 'luxon';
import type { EmulatorState, GraphJson, StoredEvent } from '../../../emulator/core/state';
import { propertyNames } from '../../../emulator/metadata/graphMetadata';
import {
  DEMO_CX_CADENCE_APP_EXTERNAL_ID,
  DEMO_CX_GROUP_ID,
  DEMO_CX_LEAD_UPN,
  DEMO_CX_PLAN_ID,
  DEMO_CX_SITE_ID,
  DEMO_DOMAIN,
  DEMO_EXECUTIVE_SPONSOR_UPN,
  DEMO_OUT_OF_OFFICE_UPN,
  DEMO_OUTSIDER_UPNS,
  personasOf,
  seedDemoTenant,
  seedEmptyTenant,
  seedTenant,
  type SeedOptions,
} from '../../../emulator/seed';
import { expandOccurrences, type PatternedRecurrence } from '../../../src/domain/recurrence';
import { resolveIanaZone } from '../../../src/domain/timeZone';

const NOW = new Date('2026-03-02T12:00:00Z');
const DAY_MS = 86_400_000;
const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const GRAPH_LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.0000000$/;

/** A counter-based `newId`, so two seeds with the same clock are comparable. */
function counterIds(): () => string {
  let next = 0;
  return () => {
    next += 1;
    return `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`;
  };
}

function options(now: Date = NOW): SeedOptions {
  return { now, newId: counterIds(), tokenSecret: 'seed-test-secret' };
}

const demo = seedDemoTenant(options());

// ---------- helpers ----------

function users(state: EmulatorState) {
  return Object.values(state.users);
}

function userByUpn(state: EmulatorState, upn: string) {
  const found = users(state).find((candidate) => candidate.user.userPrincipalName === upn);
  if (!found) throw new Error(`no user ${upn}`);
  return found;
}

function idByAddress(state: EmulatorState, address: string): string | undefined {
  return users(state).find((candidate) => candidate.user.mail === address)?.user.id as
    string | undefined;
}

function events(state: EmulatorState): StoredEvent[] {
  return Object.values(state.events);
}

function organizerCopies(state: EmulatorState): StoredEvent[] {
  return events(state).filter((stored) => stored.event.isOrganizer === true);
}

interface DateTimeTimeZone {
  dateTime: string;
  timeZone: string;
}

function localOf(value: unknown): DateTime {
  const { dateTime, timeZone } = value as DateTimeTimeZone;
  return DateTime.fromISO(dateTime, { zone: resolveIanaZone(timeZone) });
}

function attendeeAddresses(event: GraphJson): string[] {
  return (event.attendees as { emailAddress: { address: string } }[]).map(
    (attendee) => attendee.emailAddress.address,
  );
}

/** Start instants (ms) of an item's meetings overlapping [from, to): masters expanded. */
function meetingStartsIn(stored: StoredEvent, fromMs: number, toMs: number): number[] {
  const { event } = stored;
  if (event.type !== 'seriesMaster') {
    return stored.startUtcMs < toMs && stored.endUtcMs > fromMs ? [stored.startUtcMs] : [];
  }
  const start = event.start as DateTimeTimeZone;
  return expandOccurrences({
    start: { dateTime: start.dateTime, timeZone: start.timeZone },
    durationMinutes: Math.round((stored.endUtcMs - stored.startUtcMs) / 60_000),
    recurrence: event.recurrence as PatternedRecurrence,
    window: { from: new Date(fromMs).toISOString(), to: new Date(toMs).toISOString() },
  }).map((occurrence) => Date.parse(occurrence.utcStart));
}

function workingHoursOf(state: EmulatorState, userId: string) {
  const settings = state.users[userId]?.mailboxSettings.workingHours as {
    daysOfWeek: string[];
    startTime: string;
    endTime: string;
    timeZone: { name: string };
  };
  return settings;
}

function outOfOfficeEvent(state: EmulatorState): StoredEvent {
  const ownerId = String(userByUpn(state, DEMO_OUT_OF_OFFICE_UPN).user.id);
  const found = events(state).find(
    (stored) => stored.ownerId === ownerId && stored.event.showAs === 'oof',
  );
  if (!found) throw new Error('no out-of-office event');
  return found;
}

// ---------- tests ----------

describe('seedDemoTenant: people', () => {
  const cxMemberIds = new Set(demo.groups[DEMO_CX_GROUP_ID]?.memberIds ?? []);
  const members = users(demo).filter((stored) => cxMemberIds.has(String(stored.user.id)));

  it('seeds at least ten CX members across at least six departments and three time zones', () => {
    expect(members.length).toBeGreaterThanOrEqual(10);
    expect(new Set(members.map((stored) => stored.user.department)).size).toBeGreaterThanOrEqual(6);
    expect(
      new Set(members.map((stored) => stored.mailboxSettings.timeZone)).size,
    ).toBeGreaterThanOrEqual(3);
  });

  it('gives everyone a contoso.example address, a job title, a department and an office', () => {
    for (const { user } of users(demo)) {
      expect(user.userPrincipalName).toMatch(new RegExp(`^[a-z.]+@${DEMO_DOMAIN}$`));
      expect(user.mail).toBe(user.userPrincipalName);
      expect(user.id).toMatch(new RegExp(`^${GUID}$`));
      for (const field of ['displayName', 'jobTitle', 'department', 'officeLocation']) {
        expect(typeof user[field]).toBe('string');
        expect(String(user[field]).length).toBeGreaterThan(0);
      }
    }
  });

  it('gives every member working hours in their own Windows time zone', () => {
    for (const { user, mailboxSettings } of users(demo)) {
      const hours = workingHoursOf(demo, String(user.id));
      expect(hours.daysOfWeek.length).toBeGreaterThan(0);
      expect(hours.startTime).toMatch(/^\d{2}:\d{2}:00\.0000000$/);
      expect(hours.endTime > hours.startTime).toBe(true);
      expect(hours.timeZone.name).toBe(mailboxSettings.timeZone);
      expect(() => resolveIanaZone(String(mailboxSettings.timeZone))).not.toThrow();
      expect(String(mailboxSettings.timeZone)).not.toContain('/');
    }
  });

  it('varies working hours: an early starter and a four-day week', () => {
    const all = users(demo).map((stored) => workingHoursOf(demo, String(stored.user.id)));
    expect(all.some((hours) => hours.startTime === '07:00:00.0000000')).toBe(true);
    expect(
      all.some((hours) => hours.daysOfWeek.join() === 'monday,tuesday,wednesday,thursday'),
    ).toBe(true);
    expect(new Set(all.map((hours) => hours.startTime)).size).toBeGreaterThanOrEqual(3);
  });

  it('keeps one or two people outside the CX group', () => {
    const outsiders = users(demo).filter((stored) => !cxMemberIds.has(String(stored.user.id)));
    expect(outsiders.map((stored) => stored.user.userPrincipalName)).toEqual(DEMO_OUTSIDER_UPNS);
    expect(outsiders.length).toBeGreaterThanOrEqual(1);
    expect(outsiders.length).toBeLessThanOrEqual(2);
  });

  it('names the CX lead and the executive sponsor, both group owners', () => {
    const group = demo.groups[DEMO_CX_GROUP_ID];
    const lead = userByUpn(demo, DEMO_CX_LEAD_UPN);
    const sponsor = userByUpn(demo, DEMO_EXECUTIVE_SPONSOR_UPN);
    expect(group?.ownerIds).toEqual(expect.arrayContaining([lead.user.id, sponsor.user.id]));
  });

  it('lists the personas in the contract shape of GET /emulator/personas', () => {
    const personas = personasOf(demo);
    expect(personas).toHaveLength(users(demo).length);
    expect(personas[1]).toEqual({
      id: userByUpn(demo, DEMO_CX_LEAD_UPN).user.id,
      userPrincipalName: DEMO_CX_LEAD_UPN,
      displayName: 'Dana Kim',
      department: 'Customer Experience',
      timeZone: 'Pacific Standard Time',
    });
    for (const persona of personas) {
      expect(Object.keys(persona).sort()).toEqual(
        ['department', 'displayName', 'id', 'timeZone', 'userPrincipalName'].sort(),
      );
    }
  });
});

describe('seedDemoTenant: the CX group', () => {
  const group = demo.groups[DEMO_CX_GROUP_ID];

  it('is a team-enabled Microsoft 365 group', () => {
    expect(group?.group).toMatchObject({
      id: DEMO_CX_GROUP_ID,
      displayName: 'CX Council',
      groupTypes: ['Unified'],
      mailEnabled: true,
      securityEnabled: false,
      resourceProvisioningOptions: ['Team'],
    });
    expect(group?.team).toMatchObject({ id: DEMO_CX_GROUP_ID, isArchived: false });
  });

  it('has a root SharePoint site with a composite site id', () => {
    expect(group?.siteId).toBe(DEMO_CX_SITE_ID);
    expect(DEMO_CX_SITE_ID).toMatch(new RegExp(`^contoso\\.sharepoint\\.com,${GUID},${GUID}$`));
    const site = demo.sites[DEMO_CX_SITE_ID];
    expect(site?.groupId).toBe(DEMO_CX_GROUP_ID);
    expect(site?.site.id).toBe(DEMO_CX_SITE_ID);
  });

  it('has a Planner plan contained by the group, with buckets and tasks', () => {
    const plan = demo.planner.plans[DEMO_CX_PLAN_ID];
    expect(plan?.container).toMatchObject({ containerId: DEMO_CX_GROUP_ID, type: 'group' });
    const buckets = Object.values(demo.planner.buckets);
    expect(buckets.length).toBeGreaterThan(0);
    for (const task of Object.values(demo.planner.tasks)) {
      expect(task.planId).toBe(DEMO_CX_PLAN_ID);
      expect(buckets.map((bucket) => bucket.id)).toContain(task.bucketId);
      expect(demo.planner.taskDetails[String(task.id)]).toBeDefined();
    }
  });

  it('lists CX Cadence in the Teams app catalog, published to the organisation', () => {
    const app = Object.values(demo.teamsApps).find(
      (candidate) => candidate.externalId === DEMO_CX_CADENCE_APP_EXTERNAL_ID,
    );
    expect(app).toMatchObject({ displayName: 'CX Cadence', distributionMethod: 'organization' });
    expect(demo.teamsApps[String(app?.id)]).toBe(app);
  });
});

describe('seedDemoTenant: out of office', () => {
  const settings = userByUpn(demo, DEMO_OUT_OF_OFFICE_UPN).mailboxSettings
    .automaticRepliesSetting as {
    status: string;
    scheduledStartDateTime: DateTimeTimeZone;
    scheduledEndDateTime: DateTimeTimeZone;
  };
  const oof = outOfOfficeEvent(demo);

  it('schedules automatic replies for a whole week a few weeks ahead', () => {
    expect(settings.status).toBe('scheduled');
    const from = localOf(settings.scheduledStartDateTime).toMillis();
    const to = localOf(settings.scheduledEndDateTime).toMillis();
    expect(from - NOW.getTime()).toBeGreaterThanOrEqual(21 * DAY_MS - DAY_MS);
    expect(from - NOW.getTime()).toBeLessThan(35 * DAY_MS);
    expect(Math.round((to - from) / DAY_MS)).toBe(7);
  });

  it('has an all-day out-of-office event, Monday to Friday, inside the replies window', () => {
    expect(oof.event).toMatchObject({ isAllDay: true, showAs: 'oof', type: 'singleInstance' });
    const start = localOf(oof.event.start);
    expect(start.weekday).toBe(1);
    expect(localOf(oof.event.end).diff(start, 'days').days).toBe(5);
    expect(oof.startUtcMs).toBe(localOf(settings.scheduledStartDateTime).toMillis());
    expect(oof.endUtcMs).toBeLessThanOrEqual(localOf(settings.scheduledEndDateTime).toMillis());
  });

  it('leaves everyone else’s automatic replies disabled', () => {
    const others = users(demo).filter(
      (stored) => stored.user.userPrincipalName !== DEMO_OUT_OF_OFFICE_UPN,
    );
    for (const { mailboxSettings } of others) {
      expect(mailboxSettings.automaticRepliesSetting).toMatchObject({ status: 'disabled' });
    }
  });
});

describe('seedDemoTenant: calendars', () => {
  it('puts every shared meeting in each attendee’s calendar with the same iCalUId', () => {
    const shared = organizerCopies(demo).filter((stored) => attendeeAddresses(stored.event).length);
    expect(shared.length).toBeGreaterThanOrEqual(10);
    for (const organizerCopy of shared) {
      for (const address of attendeeAddresses(organizerCopy.event)) {
        const attendeeId = idByAddress(demo, address);
        const copies = events(demo).filter(
          (stored) =>
            stored.ownerId === attendeeId && stored.event.iCalUId === organizerCopy.event.iCalUId,
        );
        expect(copies).toHaveLength(1);
        const [copy] = copies;
        expect(copy?.event).toMatchObject({
          isOrganizer: false,
          type: organizerCopy.event.type,
          start: organizerCopy.event.start,
          end: organizerCopy.event.end,
          organizer: organizerCopy.event.organizer,
        });
        expect(['accepted', 'tentativelyAccepted', 'notResponded']).toContain(
          (copy?.event.responseStatus as { response: string }).response,
        );
      }
    }
  });

  it('stores no copy that is not the organizer’s or an attendee’s', () => {
    const byICalUId = new Map<unknown, StoredEvent>(
      organizerCopies(demo).map((stored) => [stored.event.iCalUId, stored]),
    );
    for (const stored of events(demo).filter((item) => item.event.isOrganizer === false)) {
      const organizerCopy = byICalUId.get(stored.event.iCalUId);
      const owner = demo.users[stored.ownerId]?.user.mail;
      expect(attendeeAddresses(organizerCopy?.event ?? { attendees: [] })).toContain(owner);
    }
  });

  it('stores series as masters only, never expanded occurrences', () => {
    const types = new Set(events(demo).map((stored) => stored.event.type));
    expect([...types].sort()).toEqual(['seriesMaster', 'singleInstance']);
    for (const stored of events(demo)) {
      const isMaster = stored.event.type === 'seriesMaster';
      expect(stored.event.seriesMasterId).toBeNull();
      expect(stored.event.recurrence === null).toBe(!isMaster);
    }
  });

  it('has meetings in every one of the next twelve months', () => {
    for (let month = 0; month < 12; month += 1) {
      const from = NOW.getTime() + month * 30 * DAY_MS;
      const starts = events(demo).flatMap((stored) =>
        meetingStartsIn(stored, from, from + 30 * DAY_MS),
      );
      expect(starts.length).toBeGreaterThan(0);
    }
  });

  it('has single meetings spread across the year and series of every usual cadence', () => {
    const singles = organizerCopies(demo).filter(
      (stored) => stored.event.type === 'singleInstance',
    );
    const latest = Math.max(...singles.map((stored) => stored.startUtcMs));
    expect(latest - NOW.getTime()).toBeGreaterThan(300 * DAY_MS);
    const patterns = organizerCopies(demo)
      .filter((stored) => stored.event.type === 'seriesMaster')
      .map((stored) => (stored.event.recurrence as PatternedRecurrence).pattern);
    const isWeeklyOneOnOne = organizerCopies(demo).some(
      (stored) =>
        (stored.event.recurrence as PatternedRecurrence | null)?.pattern.type === 'weekly' &&
        attendeeAddresses(stored.event).length === 1,
    );
    expect(isWeeklyOneOnOne).toBe(true);
    expect(patterns.some((pattern) => pattern.daysOfWeek?.length === 5)).toBe(true);
    expect(
      patterns.some((pattern) => pattern.type === 'relativeMonthly' && pattern.interval === 1),
    ).toBe(true);
    expect(
      patterns.some((pattern) => pattern.type === 'relativeMonthly' && pattern.interval === 3),
    ).toBe(true);
    const ranges = organizerCopies(demo)
      .filter((stored) => stored.event.type === 'seriesMaster')
      .map((stored) => (stored.event.recurrence as PatternedRecurrence).range.type);
    expect(new Set(ranges)).toEqual(new Set(['noEnd', 'endDate', 'numbered']));
  });

  it('marks some items tentative, some private and some as focus time', () => {
    const all = events(demo).map((stored) => stored.event);
    expect(all.some((event) => event.showAs === 'tentative')).toBe(true);
    expect(all.some((event) => event.sensitivity === 'private')).toBe(true);
    expect(all.some((event) => (event.categories as string[]).includes('Focus'))).toBe(true);
  });

  it('schedules each organizer’s timed items inside their own working hours and days', () => {
    const timed = organizerCopies(demo).filter((stored) => stored.event.isAllDay === false);
    for (const stored of timed) {
      const hours = workingHoursOf(demo, stored.ownerId);
      const start = localOf(stored.event.start);
      const end = localOf(stored.event.end);
      expect((stored.event.start as DateTimeTimeZone).timeZone).toBe(hours.timeZone.name);
      expect(start.toFormat('HH:mm:ss.SSS0000') >= hours.startTime).toBe(true);
      expect(end.toFormat('HH:mm:ss.SSS0000') <= hours.endTime).toBe(true);
      const days =
        (stored.event.recurrence as PatternedRecurrence | null)?.pattern.daysOfWeek ?? [];
      const weekdays = [...days, start.setLocale('en-US').toFormat('cccc').toLowerCase()];
      for (const day of weekdays) expect(hours.daysOfWeek).toContain(day);
    }
  });

  it('gives every Teams meeting an online meeting and a meeting chat with its attendees', () => {
    const online = organizerCopies(demo).filter((stored) => stored.event.isOnlineMeeting === true);
    expect(online.length).toBeGreaterThan(0);
    for (const stored of online) {
      const joinUrl = (stored.event.onlineMeeting as { joinUrl: string }).joinUrl;
      expect(stored.event.onlineMeetingProvider).toBe('teamsForBusiness');
      expect(String((stored.event.body as { content: string }).content)).toContain(
        'Microsoft Teams meeting',
      );
      const meeting = Object.values(demo.onlineMeetings).find(
        (candidate) => candidate.meeting.joinWebUrl === joinUrl,
      );
      const threadId = (meeting?.meeting.chatInfo as { threadId: string }).threadId;
      const chat = demo.chats[threadId];
      expect(chat?.chat).toMatchObject({ chatType: 'meeting', topic: stored.event.subject });
      const attendeeIds = attendeeAddresses(stored.event).map((address) =>
        idByAddress(demo, address),
      );
      expect(chat?.memberIds).toEqual([stored.ownerId, ...attendeeIds]);
    }
  });
});

describe('seedDemoTenant: stored event shape', () => {
  const eventProperties = new Set(propertyNames('microsoft.graph.event'));
  const REQUIRED = [
    'id',
    'createdDateTime',
    'lastModifiedDateTime',
    'changeKey',
    '@odata.etag',
    'iCalUId',
    'subject',
    'bodyPreview',
    'body',
    'start',
    'end',
    'isAllDay',
    'showAs',
    'sensitivity',
    'type',
    'seriesMasterId',
    'recurrence',
    'organizer',
    'attendees',
    'isOrganizer',
    'responseStatus',
    'isCancelled',
    'isOnlineMeeting',
    'onlineMeetingProvider',
    'onlineMeeting',
    'location',
    'categories',
    'importance',
    'isReminderOn',
    'reminderMinutesBeforeStart',
    'webLink',
    'transactionId',
  ];

  it.each(REQUIRED)('every stored event carries %s', (property) => {
    for (const stored of events(demo)) expect(stored.event).toHaveProperty([property]);
  });

  it('uses only property names of microsoft.graph.event (besides the @odata.etag annotation)', () => {
    expect(eventProperties.has('iCalUId')).toBe(true);
    for (const stored of events(demo)) {
      const unknown = Object.keys(stored.event).filter(
        (name) => !name.startsWith('@odata.') && !eventProperties.has(name),
      );
      expect(unknown).toEqual([]);
    }
  });

  it('derives the ETag from the change key and writes times as Graph does', () => {
    for (const { event } of events(demo)) {
      expect(event['@odata.etag']).toBe(`W/"${String(event.changeKey)}"`);
      expect((event.start as DateTimeTimeZone).dateTime).toMatch(GRAPH_LOCAL_DATE_TIME);
      expect((event.end as DateTimeTimeZone).dateTime).toMatch(GRAPH_LOCAL_DATE_TIME);
      expect(event.createdDateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}Z$/);
      expect(event.transactionId).toBeNull();
      expect(event.body).toMatchObject({ contentType: 'html' });
      expect(String(event.bodyPreview).length).toBeLessThanOrEqual(255);
    }
  });

  it('stores startUtcMs and endUtcMs as the item’s own start and end (a master’s first meeting)', () => {
    for (const stored of events(demo)) {
      expect(stored.startUtcMs).toBe(localOf(stored.event.start).toMillis());
      expect(stored.endUtcMs).toBe(localOf(stored.event.end).toMillis());
      expect(stored.endUtcMs).toBeGreaterThan(stored.startUtcMs);
    }
  });

  it('starts each series master on its first occurrence', () => {
    const masters = events(demo).filter((stored) => stored.event.type === 'seriesMaster');
    for (const stored of masters) {
      const recurrence = stored.event.recurrence as PatternedRecurrence;
      const [first] = meetingStartsIn(stored, stored.startUtcMs - DAY_MS, stored.startUtcMs + 1);
      expect(first).toBe(stored.startUtcMs);
      expect(recurrence.range.startDate).toBe(localOf(stored.event.start).toISODate());
      expect(recurrence.range.recurrenceTimeZone).toBe(
        (stored.event.start as DateTimeTimeZone).timeZone,
      );
    }
  });
});

describe('seedDemoTenant: mail', () => {
  it('delivers each message to the sender’s Sent Items and every recipient’s Inbox', () => {
    const messages = Object.values(demo.messages);
    const sent = messages.filter((stored) => stored.folder === 'sentitems');
    expect(sent.length).toBeGreaterThan(0);
    for (const original of sent) {
      const recipients = [
        ...(original.message.toRecipients as { emailAddress: { address: string } }[]),
        ...(original.message.ccRecipients as { emailAddress: { address: string } }[]),
      ];
      const delivered = messages.filter(
        (stored) =>
          stored.folder === 'inbox' &&
          stored.message.internetMessageId === original.message.internetMessageId,
      );
      expect(delivered.map((stored) => demo.users[stored.ownerId]?.user.mail).sort()).toEqual(
        recipients.map((recipient) => recipient.emailAddress.address).sort(),
      );
    }
  });
});

describe('seedDemoTenant: determinism and time', () => {
  it('gives a deep-equal state for the same now and the same newId sequence', () => {
    expect(seedDemoTenant(options())).toEqual(demo);
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(demo))).toEqual(demo);
  });

  it('moves every date with now', () => {
    const later = seedDemoTenant(options(new Date(NOW.getTime() + 7 * DAY_MS)));
    const week = (state: EmulatorState) => localOf(outOfOfficeEvent(state).event.start);
    expect(week(later).diff(week(demo), 'days').days).toBe(7);
    const singleDates = (state: EmulatorState) =>
      new Map(
        organizerCopies(state)
          .filter((stored) => stored.event.type === 'singleInstance')
          .map((stored) => [stored.event.subject, localOf(stored.event.start)]),
      );
    const before = singleDates(demo);
    for (const [subject, start] of singleDates(later)) {
      expect(start.diff(before.get(subject) ?? start, 'days').days).toBe(7);
    }
  });

  it('never dates a meeting’s creation after now', () => {
    for (const { event } of events(demo)) {
      expect(Date.parse(String(event.createdDateTime))).toBeLessThanOrEqual(NOW.getTime());
    }
  });
});

describe('seedEmptyTenant', () => {
  let idsAsked = 0;
  const empty = seedEmptyTenant({
    ...options(),
    newId: () => {
      idsAsked += 1;
      return `id-${idsAsked}`;
    },
  });

  it('has the demo’s people, group, team, site, plan and app catalog', () => {
    expect(personasOf(empty)).toEqual(personasOf(demo));
    expect(empty.groups).toEqual(demo.groups);
    expect(Object.keys(empty.sites)).toEqual([DEMO_CX_SITE_ID]);
    expect(empty.sites[DEMO_CX_SITE_ID]?.site).toEqual(demo.sites[DEMO_CX_SITE_ID]?.site);
    expect(empty.planner.plans).toEqual(demo.planner.plans);
    expect(empty.teamsApps).toEqual(demo.teamsApps);
    for (const [id, stored] of Object.entries(empty.users)) {
      expect(stored.user).toEqual(demo.users[id]?.user);
      expect(stored.mailboxSettings.workingHours).toEqual(
        demo.users[id]?.mailboxSettings.workingHours,
      );
    }
  });

  it('has no calendar items, mail, meetings, chats, lists, buckets or tasks', () => {
    expect(empty.events).toEqual({});
    expect(empty.messages).toEqual({});
    expect(empty.onlineMeetings).toEqual({});
    expect(empty.chats).toEqual({});
    expect(empty.sites[DEMO_CX_SITE_ID]?.lists).toEqual({});
    expect(empty.planner.buckets).toEqual({});
    expect(empty.planner.tasks).toEqual({});
    expect(idsAsked).toBe(0);
  });

  it('has nobody out of office', () => {
    for (const { mailboxSettings } of users(empty)) {
      expect(mailboxSettings.automaticRepliesSetting).toMatchObject({ status: 'disabled' });
    }
  });
});

describe('seedTenant', () => {
  it.each(['demo', 'empty'] as const)('seeds the %s tenant', (kind) => {
    const expected = kind === 'demo' ? demo : seedEmptyTenant(options());
    expect(seedTenant(kind, options())).toEqual(expected);
  });
});
