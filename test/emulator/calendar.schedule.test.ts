import {
  attendee,
  at,
  type CalendarHarness,
  eventAt,
  startCalendarHarness,
} from './support/calendar';
import { testUsers } from './support/tenant';

let h: CalendarHarness;

/**
 * Casey's known calendar on Wednesday 18 March 2026 (UTC):
 * 09:00–10:00 busy, 10:00–10:30 tentative, 11:00–12:00 out of office, 11:30–12:30 busy,
 * 13:00–14:00 working elsewhere, 14:00–15:00 busy and private.
 */
beforeAll(async () => {
  h = await startCalendarHarness();
  const items = [
    eventAt('Planning', '2026-03-18T09:00:00', '2026-03-18T10:00:00', {
      location: { displayName: 'Room 4' },
    }),
    eventAt('Maybe', '2026-03-18T10:00:00', '2026-03-18T10:30:00', { showAs: 'tentative' }),
    eventAt('Away', '2026-03-18T11:00:00', '2026-03-18T12:00:00', { showAs: 'oof' }),
    eventAt('Overlap', '2026-03-18T11:30:00', '2026-03-18T12:30:00'),
    eventAt('Home office', '2026-03-18T13:00:00', '2026-03-18T14:00:00', {
      showAs: 'workingElsewhere',
    }),
    eventAt('Doctor', '2026-03-18T14:00:00', '2026-03-18T15:00:00', {
      sensitivity: 'private',
      location: { displayName: 'Clinic' },
    }),
  ];
  for (const body of items) {
    const reply = await h.call('casey', 'POST', '/me/events', { body });
    expect(reply.status).toBe(201);
  }
});

afterAll(async () => {
  await h.close();
});

function scheduleRequest(schedules: string[], extra: Record<string, unknown> = {}) {
  return {
    schedules,
    startTime: at('2026-03-18T09:00:00'),
    endTime: at('2026-03-18T15:00:00'),
    availabilityViewInterval: 30,
    ...extra,
  };
}

describe('POST /me/calendar/getSchedule', () => {
  it('gives one digit per interval, the strongest status winning (oof > busy > tentative > free)', async () => {
    const reply = await h.call('alex', 'POST', '/me/calendar/getSchedule', {
      body: scheduleRequest([testUsers.casey.upn]),
    });
    expect(reply.status).toBe(200);
    expect(reply.body['@odata.context']).toContain(
      '#Collection(microsoft.graph.scheduleInformation)',
    );
    const [casey] = reply.body.value;
    expect(casey.scheduleId).toBe(testUsers.casey.upn);
    // 09:00 09:30 10:00 10:30 11:00 11:30 12:00 12:30 13:00 13:30 14:00 14:30
    expect(casey.availabilityView).toBe('221033200022');
  });

  it('lists schedule items in UTC, hiding the subject and location of private items', async () => {
    const reply = await h.call('alex', 'POST', '/me/calendar/getSchedule', {
      body: scheduleRequest([testUsers.casey.upn]),
    });
    const items = reply.body.value[0].scheduleItems;
    expect(items[0]).toEqual({
      isPrivate: false,
      status: 'busy',
      subject: 'Planning',
      location: 'Room 4',
      start: { dateTime: '2026-03-18T09:00:00.0000000', timeZone: 'UTC' },
      end: { dateTime: '2026-03-18T10:00:00.0000000', timeZone: 'UTC' },
    });
    const doctor = items.find((item: { isPrivate: boolean }) => item.isPrivate);
    expect(doctor).toEqual({
      isPrivate: true,
      status: 'busy',
      start: { dateTime: '2026-03-18T14:00:00.0000000', timeZone: 'UTC' },
      end: { dateTime: '2026-03-18T15:00:00.0000000', timeZone: 'UTC' },
    });
    expect(items.map((item: { status: string }) => item.status)).toEqual([
      'busy',
      'tentative',
      'oof',
      'busy',
      'workingElsewhere',
      'busy',
    ]);
  });

  it('writes item times in the Prefer: outlook.timezone zone', async () => {
    const reply = await h.call('alex', 'POST', '/me/calendar/getSchedule', {
      body: scheduleRequest([testUsers.casey.upn]),
      headers: { Prefer: 'outlook.timezone="W. Europe Standard Time"' },
    });
    expect(reply.body.value[0].scheduleItems[0].start).toEqual({
      dateTime: '2026-03-18T10:00:00.0000000',
      timeZone: 'W. Europe Standard Time',
    });
    expect(reply.headers.get('preference-applied')).toBe(
      'outlook.timezone="W. Europe Standard Time"',
    );
  });

  it("gives each person's working hours from their mailbox settings", async () => {
    const reply = await h.call('alex', 'POST', '/me/calendar/getSchedule', {
      body: scheduleRequest([testUsers.casey.upn]),
    });
    expect(reply.body.value[0].workingHours).toEqual({
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      startTime: '09:00:00.0000000',
      endTime: '17:00:00.0000000',
      timeZone: { name: testUsers.casey.timeZone },
    });
  });

  it('answers an unknown address with an error entry, and the others normally', async () => {
    const reply = await h.call('alex', 'POST', '/me/calendar/getSchedule', {
      body: scheduleRequest(['nobody@contoso.test', testUsers.casey.upn]),
    });
    expect(reply.status).toBe(200);
    expect(reply.body.value[0].scheduleId).toBe('nobody@contoso.test');
    expect(reply.body.value[0].error.responseCode).toBe('ErrorMailRecipientNotFound');
    expect(reply.body.value[1].availabilityView).toBe('221033200022');
  });

  it('uses 30-minute intervals by default', async () => {
    const body = scheduleRequest([testUsers.casey.upn]);
    delete (body as { availabilityViewInterval?: number }).availabilityViewInterval;
    const reply = await h.call('alex', 'POST', '/me/calendar/getSchedule', { body });
    expect(reply.body.value[0].availabilityView).toHaveLength(12);
  });

  it('expands recurring series and shows an invitation as tentative in the attendee schedule', async () => {
    await h.call('alex', 'POST', '/me/events', {
      body: {
        ...eventAt('Daily stand-up', '2026-03-16T09:00:00', '2026-03-16T09:15:00', {
          attendees: [attendee(testUsers.blair.upn)],
        }),
        recurrence: {
          pattern: { type: 'daily', interval: 1 },
          range: { type: 'endDate', startDate: '2026-03-16', endDate: '2026-03-20' },
        },
      },
    });
    const reply = await h.call('casey', 'POST', '/me/calendar/getSchedule', {
      body: {
        schedules: [testUsers.alex.upn, testUsers.blair.upn],
        startTime: at('2026-03-17T08:00:00'),
        endTime: at('2026-03-19T08:00:00'),
        availabilityViewInterval: 60,
      },
    });
    const [alex, blair] = reply.body.value;
    // 48 hours from 08:00: the 09:00 slot of each day (index 1 and 25).
    const expected = (digit: string) =>
      [...'0'.repeat(48)].map((zero, index) => (index % 24 === 1 ? digit : zero)).join('');
    expect(alex.availabilityView).toBe(expected('2'));
    expect(blair.availabilityView).toBe(expected('1'));
    expect(alex.scheduleItems).toHaveLength(2);
  });

  it('validates the request: parameters, at most 20 schedules, at most 62 days, 5–1440 minutes', async () => {
    const unknown = await h.call('alex', 'POST', '/me/calendar/getSchedule', {
      body: { ...scheduleRequest([testUsers.casey.upn]), maxResults: 3 },
    });
    expect(unknown.status).toBe(400);

    const many = Array.from({ length: 21 }, (_, index) => `person${index}@contoso.test`);
    const tooMany = await h.call('alex', 'POST', '/me/calendar/getSchedule', {
      body: scheduleRequest(many),
    });
    expect(tooMany.status).toBe(400);
    const twenty = await h.call('alex', 'POST', '/me/calendar/getSchedule', {
      body: scheduleRequest(many.slice(0, 20)),
    });
    expect(twenty.status).toBe(200);

    const window = (days: number) =>
      scheduleRequest([testUsers.casey.upn], {
        startTime: at('2026-03-01T00:00:00'),
        endTime: at(new Date(Date.UTC(2026, 2, 1 + days)).toISOString().slice(0, 19)),
        availabilityViewInterval: 1440,
      });
    const tooLong = await h.call('alex', 'POST', '/me/calendar/getSchedule', { body: window(63) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.code).toBe('ErrorTimeIntervalTooBig');
    const longest = await h.call('alex', 'POST', '/me/calendar/getSchedule', { body: window(62) });
    expect(longest.status).toBe(200);
    expect(longest.body.value[0].availabilityView).toHaveLength(62);

    for (const interval of [4, 1441]) {
      const reply = await h.call('alex', 'POST', '/me/calendar/getSchedule', {
        body: scheduleRequest([testUsers.casey.upn], { availabilityViewInterval: interval }),
      });
      expect(reply.status).toBe(400);
      expect(reply.body.error.code).toBe('ErrorInvalidMergedFreeBusyInterval');
    }
  });

  it("is asked through the caller's own mailbox (403 for another user's path)", async () => {
    const reply = await h.call(
      'alex',
      'POST',
      `/users/${testUsers.casey.id}/calendar/getSchedule`,
      {
        body: scheduleRequest([testUsers.casey.upn]),
      },
    );
    expect(reply.status).toBe(403);
    expect(reply.body.error.code).toBe('ErrorAccessDenied');
    const own = await h.call('alex', 'POST', `/users/${testUsers.alex.upn}/calendar/getSchedule`, {
      body: scheduleRequest([testUsers.casey.upn]),
    });
    expect(own.status).toBe(200);
  });
});
