import {
  attendee,
  at,
  type CalendarHarness,
  eventAt,
  startCalendarHarness,
} from './support/calendar';
import { testUsers } from './support/tenant';

let h: CalendarHarness;

beforeAll(async () => {
  h = await startCalendarHarness();
});

afterAll(async () => {
  await h.close();
});

/** Weekly on Tuesdays at 10:00 Pacific from 3 March 2026: across the US change on 8 March. */
function weeklyPacific(subject: string, extra: Record<string, unknown> = {}) {
  return {
    ...eventAt(subject, '2026-03-03T10:00:00', '2026-03-03T11:00:00', {}, 'Pacific Standard Time'),
    recurrence: {
      pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'], firstDayOfWeek: 'sunday' },
      range: { type: 'endDate', startDate: '2026-03-03', endDate: '2026-03-31' },
    },
    ...extra,
  };
}

const MARCH = 'startDateTime=2026-03-01T00:00:00Z&endDateTime=2026-04-01T00:00:00Z';

interface Instance {
  id: string;
  type: string;
  subject: string;
  seriesMasterId: string;
  originalStart: string;
  start: { dateTime: string; timeZone: string };
}

async function instances(
  who: 'alex' | 'blair',
  masterId: string,
  query = MARCH,
): Promise<Instance[]> {
  const reply = await h.call(who, 'GET', `/me/events/${masterId}/instances?${query}`);
  expect(reply.status).toBe(200);
  return reply.body.value as Instance[];
}

describe('POST /me/events with a recurrence', () => {
  it('stores a seriesMaster', async () => {
    const created = await h.call('alex', 'POST', '/me/events', { body: weeklyPacific('Weekly') });
    expect(created.status).toBe(201);
    expect(created.body.type).toBe('seriesMaster');
    expect(created.body.recurrence.pattern.daysOfWeek).toEqual(['tuesday']);
  });

  it('rejects a recurrence with no occurrence (400)', async () => {
    const reply = await h.call('alex', 'POST', '/me/events', {
      body: weeklyPacific('Never', {
        recurrence: {
          pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'] },
          range: { type: 'endDate', startDate: '2026-03-04', endDate: '2026-03-05' },
        },
      }),
    });
    expect(reply.status).toBe(400);
  });
});

describe('GET /me/events/{id}/instances', () => {
  it('keeps 10:00 Pacific across the daylight-saving change (18:00Z, then 17:00Z)', async () => {
    const master = await h.call('alex', 'POST', '/me/events', { body: weeklyPacific('DST') });
    const list = await instances('alex', master.body.id);
    expect(list.map((item) => item.start.dateTime)).toEqual([
      '2026-03-03T18:00:00.0000000',
      '2026-03-10T17:00:00.0000000',
      '2026-03-17T17:00:00.0000000',
      '2026-03-24T17:00:00.0000000',
      '2026-03-31T17:00:00.0000000',
    ]);
    expect(list[1]).toMatchObject({
      type: 'occurrence',
      seriesMasterId: master.body.id,
      originalStart: '2026-03-10T17:00:00Z',
      subject: 'DST',
    });
    const pacific = await h.call('alex', 'GET', `/me/events/${master.body.id}/instances?${MARCH}`, {
      headers: { Prefer: 'outlook.timezone="Pacific Standard Time"' },
    });
    expect(pacific.body.value.map((item: Instance) => item.start.dateTime.slice(11, 16))).toEqual([
      '10:00',
      '10:00',
      '10:00',
      '10:00',
      '10:00',
    ]);
  });

  it('requires startDateTime and endDateTime (400 ErrorInvalidParameter)', async () => {
    const master = await h.call('alex', 'POST', '/me/events', { body: weeklyPacific('Window') });
    const reply = await h.call(
      'alex',
      'GET',
      `/me/events/${master.body.id}/instances?startDateTime=2026-03-01T00:00:00Z`,
    );
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('ErrorInvalidParameter');
  });

  it('reads an occurrence by its id', async () => {
    const master = await h.call('alex', 'POST', '/me/events', { body: weeklyPacific('By id') });
    const [, second] = await instances('alex', master.body.id);
    const read = await h.call('alex', 'GET', `/me/events/${second?.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: second?.id, type: 'occurrence', subject: 'By id' });
  });
});

describe('occurrences patched and deleted', () => {
  it('turns a patched occurrence into an exception with its own time and subject', async () => {
    const master = await h.call('alex', 'POST', '/me/events', { body: weeklyPacific('Series') });
    const [, second] = await instances('alex', master.body.id);
    const patched = await h.call('alex', 'PATCH', `/me/events/${second?.id}`, {
      body: {
        subject: 'Moved once',
        start: at('2026-03-11T10:00:00', 'Pacific Standard Time'),
        end: at('2026-03-11T11:00:00', 'Pacific Standard Time'),
      },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      id: second?.id,
      type: 'exception',
      seriesMasterId: master.body.id,
      originalStart: '2026-03-10T17:00:00Z',
      subject: 'Moved once',
    });
    const list = await instances('alex', master.body.id);
    expect(list.map((item) => `${item.type} ${item.start.dateTime.slice(0, 10)}`)).toEqual([
      'occurrence 2026-03-03',
      'exception 2026-03-11',
      'occurrence 2026-03-17',
      'occurrence 2026-03-24',
      'occurrence 2026-03-31',
    ]);

    // A master subject change reaches the occurrences, not the exception.
    await h.call('alex', 'PATCH', `/me/events/${master.body.id}`, { body: { subject: 'Renamed' } });
    const renamed = await instances('alex', master.body.id);
    expect(renamed.map((item) => item.subject)).toEqual([
      'Renamed',
      'Moved once',
      'Renamed',
      'Renamed',
      'Renamed',
    ]);
  });

  it('cancels a deleted occurrence: it leaves instances and joins cancelledOccurrences', async () => {
    const master = await h.call('alex', 'POST', '/me/events', { body: weeklyPacific('Gap') });
    const [, , third] = await instances('alex', master.body.id);
    expect((await h.call('alex', 'DELETE', `/me/events/${third?.id}`)).status).toBe(204);
    const list = await instances('alex', master.body.id);
    expect(list.map((item) => item.start.dateTime.slice(0, 10))).toEqual([
      '2026-03-03',
      '2026-03-10',
      '2026-03-24',
      '2026-03-31',
    ]);
    const selected = await h.call(
      'alex',
      'GET',
      `/me/events/${master.body.id}?$select=subject,cancelledOccurrences`,
    );
    expect(selected.body.cancelledOccurrences).toEqual([`OID.${master.body.id}.2026-03-17`]);
    const plain = await h.call('alex', 'GET', `/me/events/${master.body.id}`);
    expect(plain.body.cancelledOccurrences).toBeUndefined();
    expect((await h.call('alex', 'GET', `/me/events/${third?.id}`)).status).toBe(404);
  });

  it('regenerates the series when its pattern changes: exceptions are dropped', async () => {
    const master = await h.call('alex', 'POST', '/me/events', { body: weeklyPacific('Reshaped') });
    const [first] = await instances('alex', master.body.id);
    await h.call('alex', 'PATCH', `/me/events/${first?.id}`, { body: { subject: 'Special' } });
    await h.call('alex', 'PATCH', `/me/events/${master.body.id}`, {
      body: {
        recurrence: {
          pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday', 'thursday'] },
          range: { type: 'endDate', startDate: '2026-03-03', endDate: '2026-03-12' },
        },
      },
    });
    const list = await instances('alex', master.body.id);
    expect(list.map((item) => `${item.type} ${item.subject}`)).toEqual([
      'occurrence Reshaped',
      'occurrence Reshaped',
      'occurrence Reshaped',
      'occurrence Reshaped',
    ]);
  });
});

describe('GET /me/calendarView', () => {
  it('lists occurrences, exceptions and overlapping single events, without masters', async () => {
    const master = await h.call('blair', 'POST', '/me/events', {
      body: weeklyPacific('Blair weekly'),
    });
    const [first] = await instances('blair', master.body.id);
    await h.call('blair', 'PATCH', `/me/events/${first?.id}`, {
      body: { subject: 'Blair special' },
    });
    await h.call('blair', 'POST', '/me/events', {
      body: eventAt('Overlapping', '2026-03-09T23:30:00', '2026-03-10T00:30:00'),
    });
    await h.call('blair', 'POST', '/me/events', {
      body: eventAt('Outside', '2026-03-12T09:00:00', '2026-03-12T10:00:00'),
    });
    const view = await h.call(
      'blair',
      'GET',
      '/me/calendarView?startDateTime=2026-03-03T00:00:00Z&endDateTime=2026-03-11T00:00:00Z',
    );
    expect(view.status).toBe(200);
    expect(view.body.value.map((item: Instance) => `${item.type}: ${item.subject}`)).toEqual([
      'exception: Blair special',
      'singleInstance: Overlapping',
      'occurrence: Blair weekly',
    ]);
    expect(view.body['@odata.context']).toContain('/calendarView');
  });

  it('requires the window (400) and pages 10 at a time', async () => {
    expect((await h.call('blair', 'GET', '/me/calendarView')).status).toBe(400);
    await h.call('blair', 'POST', '/me/events', {
      body: {
        ...eventAt('Daily', '2026-05-01T09:00:00', '2026-05-01T09:15:00'),
        recurrence: {
          pattern: { type: 'daily', interval: 1 },
          range: { type: 'numbered', startDate: '2026-05-01', numberOfOccurrences: 15 },
        },
      },
    });
    const page1 = await h.call(
      'blair',
      'GET',
      '/me/calendarView?startDateTime=2026-05-01T00:00:00Z&endDateTime=2026-06-01T00:00:00Z',
    );
    expect(page1.body.value).toHaveLength(10);
    const page2 = await h.follow('blair', page1.body['@odata.nextLink']);
    expect(page2.body.value).toHaveLength(5);
  });
});

describe('series with attendees and Teams', () => {
  it("carries an organizer's exception to the attendee's series", async () => {
    const master = await h.call('alex', 'POST', '/me/events', {
      body: weeklyPacific('Shared weekly', { attendees: [attendee(testUsers.blair.upn)] }),
    });
    const [, second] = await instances('alex', master.body.id);
    await h.call('alex', 'PATCH', `/me/events/${second?.id}`, {
      body: {
        subject: 'Shared moved',
        start: at('2026-03-10T20:00:00'),
        end: at('2026-03-10T21:00:00'),
      },
    });
    const blair = await h.call(
      'blair',
      'GET',
      '/me/calendarView?startDateTime=2026-03-10T00:00:00Z&endDateTime=2026-03-11T00:00:00Z',
    );
    const shared = blair.body.value.filter((item: Instance) => item.subject.startsWith('Shared'));
    expect(
      shared.map((item: Instance) => `${item.type} ${item.subject} ${item.start.dateTime}`),
    ).toEqual(['exception Shared moved 2026-03-10T20:00:00.0000000']);
  });
  it('shares one join URL across occurrences and shows the series in the attendee calendar', async () => {
    const master = await h.call('alex', 'POST', '/me/events', {
      body: weeklyPacific('Online weekly', {
        isOnlineMeeting: true,
        onlineMeetingProvider: 'teamsForBusiness',
        attendees: [attendee(testUsers.casey.upn)],
      }),
    });
    const joinUrl = master.body.onlineMeeting.joinUrl;
    const list = await h.call('alex', 'GET', `/me/events/${master.body.id}/instances?${MARCH}`);
    expect(
      new Set(
        list.body.value.map(
          (item: { onlineMeeting: { joinUrl: string } }) => item.onlineMeeting.joinUrl,
        ),
      ),
    ).toEqual(new Set([joinUrl]));

    const casey = await h.call(
      'casey',
      'GET',
      '/me/calendarView?startDateTime=2026-03-01T00:00:00Z&endDateTime=2026-04-01T00:00:00Z',
    );
    const online = casey.body.value.filter((item: Instance) => item.subject === 'Online weekly');
    expect(online).toHaveLength(5);

    // The organizer cancelling one occurrence removes it from the attendee's calendar too.
    const [first] = list.body.value as Instance[];
    await h.call('alex', 'DELETE', `/me/events/${first?.id}`);
    const after = await h.call(
      'casey',
      'GET',
      '/me/calendarView?startDateTime=2026-03-01T00:00:00Z&endDateTime=2026-04-01T00:00:00Z',
    );
    expect(
      after.body.value.filter((item: Instance) => item.subject === 'Online weekly'),
    ).toHaveLength(4);
  });
});
