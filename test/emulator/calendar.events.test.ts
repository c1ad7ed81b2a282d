import {
  attendee,
  at,
  CALENDAR_TEST_NOW,
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

interface CalendarItem {
  id: string;
  iCalUId: string;
  subject: string;
  isCancelled: boolean;
  start: { dateTime: string };
  onlineMeeting: { joinUrl: string };
}

/** Events in a persona's mailbox with this iCalUId. */
async function copiesIn(
  who: 'alex' | 'blair' | 'casey' | 'outsider',
  iCalUId: string,
): Promise<CalendarItem[]> {
  const reply = await h.call(who, 'GET', `/me/events?$top=999`);
  return (reply.body.value as CalendarItem[]).filter((event) => event.iCalUId === iCalUId);
}

describe('POST /me/events', () => {
  it('answers 201 with the organizer copy: change key, etag, UTC times, organizer and status', async () => {
    const reply = await h.call('alex', 'POST', '/me/events', {
      body: eventAt(
        'Charter review',
        '2026-03-04T09:00:00',
        '2026-03-04T10:00:00',
        {
          body: { contentType: 'text', content: 'Agenda:\nCharter' },
        },
        'Pacific Standard Time',
      ),
    });
    expect(reply.status).toBe(201);
    const event = reply.body;
    expect(event['@odata.context']).toContain(
      `/$metadata#users('${testUsers.alex.id}')/events/$entity`,
    );
    expect(event['@odata.etag']).toBe(`W/"${event.changeKey}"`);
    expect(event.type).toBe('singleInstance');
    expect(event.isOrganizer).toBe(true);
    expect(event.responseStatus.response).toBe('organizer');
    expect(event.organizer.emailAddress.address).toBe(testUsers.alex.upn);
    expect(event.start).toEqual({ dateTime: '2026-03-04T17:00:00.0000000', timeZone: 'UTC' });
    expect(event.end).toEqual({ dateTime: '2026-03-04T18:00:00.0000000', timeZone: 'UTC' });
    expect(event.originalStartTimeZone).toBe('Pacific Standard Time');
    expect(event.createdDateTime.slice(0, 19)).toBe(CALENDAR_TEST_NOW.slice(0, 19));
    expect(event.lastModifiedDateTime).toBe(event.createdDateTime);
    expect(event.bodyPreview).toBe('Agenda: Charter');
    expect(event.iCalUId).toMatch(/^040000008200E00074C5B7101A82E008/);
  });

  it('also creates through /users/{upn}/calendar/events', async () => {
    const reply = await h.call('alex', 'POST', `/users/${testUsers.alex.upn}/calendar/events`, {
      body: eventAt('Via calendar', '2026-03-05T09:00:00', '2026-03-05T09:30:00'),
    });
    expect(reply.status).toBe(201);
    const read = await h.call('alex', 'GET', `/me/events/${reply.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.subject).toBe('Via calendar');
  });

  it("refuses another user's mailbox with 403 ErrorAccessDenied", async () => {
    const reply = await h.call('alex', 'POST', `/users/${testUsers.blair.id}/events`, {
      body: eventAt('Sneaky', '2026-03-05T09:00:00', '2026-03-05T09:30:00'),
    });
    expect(reply.status).toBe(403);
    expect(reply.body.error.code).toBe('ErrorAccessDenied');
    const read = await h.call('alex', 'GET', `/users/${testUsers.blair.id}/events`);
    expect(read.status).toBe(403);
  });

  it('requires start and end, and an end not before the start (400)', async () => {
    const noEnd = await h.call('alex', 'POST', '/me/events', {
      body: { subject: 'No end', start: at('2026-03-05T09:00:00') },
    });
    expect(noEnd.status).toBe(400);
    const backwards = await h.call('alex', 'POST', '/me/events', {
      body: eventAt('Backwards', '2026-03-05T10:00:00', '2026-03-05T09:00:00'),
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.code).toBe('ErrorPropertyValidationFailure');
  });

  it('rejects a property the event type does not define (RequestBodyRead)', async () => {
    const reply = await h.call('alex', 'POST', '/me/events', {
      body: { ...eventAt('Typo', '2026-03-05T09:00:00', '2026-03-05T09:30:00'), subjekt: 'x' },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('RequestBodyRead');
  });

  it('rejects an unknown time zone with TimeZoneNotSupportedException', async () => {
    const reply = await h.call('alex', 'POST', '/me/events', {
      body: eventAt('Nowhere', '2026-03-05T09:00:00', '2026-03-05T09:30:00', {}, 'Mars/Olympus'),
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('TimeZoneNotSupportedException');
  });
});

describe('transactionId', () => {
  it('returns the first event for a repeated create, without a duplicate or a second invitation', async () => {
    const body = eventAt('Retried create', '2026-03-06T15:00:00', '2026-03-06T16:00:00', {
      transactionId: 'tx-0001',
      attendees: [attendee(testUsers.blair.upn)],
    });
    const first = await h.call('alex', 'POST', '/me/events', { body });
    const second = await h.call('alex', 'POST', '/me/events', { body });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    expect(second.body.transactionId).toBe('tx-0001');
    expect(await copiesIn('alex', first.body.iCalUId)).toHaveLength(1);
    expect(await copiesIn('blair', first.body.iCalUId)).toHaveLength(1);
  });

  it('is per mailbox: the same transactionId in another mailbox creates its own event', async () => {
    const body = eventAt('Own tx', '2026-03-06T17:00:00', '2026-03-06T18:00:00', {
      transactionId: 'tx-shared',
    });
    const alex = await h.call('alex', 'POST', '/me/events', { body });
    const casey = await h.call('casey', 'POST', '/me/events', { body });
    expect(casey.body.id).not.toBe(alex.body.id);
  });
});

describe('attendee copies', () => {
  it("puts an unanswered copy in each tenant attendee's mailbox with the same iCalUId", async () => {
    const created = await h.call('alex', 'POST', '/me/events', {
      body: eventAt('Council sync', '2026-03-09T16:00:00', '2026-03-09T17:00:00', {
        attendees: [
          attendee(testUsers.blair.upn),
          attendee(testUsers.casey.upn.toUpperCase(), 'optional'),
          attendee('guest@fabrikam.example'),
        ],
      }),
    });
    const [blairCopy] = await copiesIn('blair', created.body.iCalUId);
    expect(blairCopy).toMatchObject({
      subject: 'Council sync',
      isOrganizer: false,
      responseStatus: { response: 'notResponded' },
      organizer: { emailAddress: { address: testUsers.alex.upn } },
    });
    expect(blairCopy?.id).not.toBe(created.body.id);
    expect(await copiesIn('casey', created.body.iCalUId)).toHaveLength(1);
    expect(await copiesIn('outsider', created.body.iCalUId)).toHaveLength(0);
    expect(created.body.attendees[0].status.response).toBe('none');
  });

  it("carries the organizer's changes to the copies and cancels them when the organizer deletes", async () => {
    const created = await h.call('alex', 'POST', '/me/events', {
      body: eventAt('To be moved', '2026-03-10T16:00:00', '2026-03-10T17:00:00', {
        attendees: [attendee(testUsers.blair.upn)],
      }),
    });
    const patched = await h.call('alex', 'PATCH', `/me/events/${created.body.id}`, {
      body: { subject: 'Moved', start: at('2026-03-10T18:00:00'), end: at('2026-03-10T19:00:00') },
    });
    expect(patched.status).toBe(200);
    const [moved] = await copiesIn('blair', created.body.iCalUId);
    expect(moved?.subject).toBe('Moved');
    expect(moved?.start.dateTime).toBe('2026-03-10T18:00:00.0000000');

    expect((await h.call('alex', 'DELETE', `/me/events/${created.body.id}`)).status).toBe(204);
    const [cancelled] = await copiesIn('blair', created.body.iCalUId);
    expect(cancelled?.isCancelled).toBe(true);
    expect(cancelled?.subject).toBe('Canceled: Moved');
  });

  it("removes only the attendee's own copy when the attendee deletes it", async () => {
    const created = await h.call('alex', 'POST', '/me/events', {
      body: eventAt('Optional talk', '2026-03-11T18:00:00', '2026-03-11T19:00:00', {
        attendees: [attendee(testUsers.blair.upn)],
      }),
    });
    const [blairCopy] = await copiesIn('blair', created.body.iCalUId);
    expect((await h.call('blair', 'DELETE', `/me/events/${blairCopy?.id}`)).status).toBe(204);
    expect(await copiesIn('blair', created.body.iCalUId)).toHaveLength(0);
    const organizer = await h.call('alex', 'GET', `/me/events/${created.body.id}`);
    expect(organizer.body.isCancelled).toBe(false);
  });

  it('cancels the copy of an attendee the organizer removes, and invites one they add', async () => {
    const created = await h.call('alex', 'POST', '/me/events', {
      body: eventAt('Swap', '2026-03-11T16:00:00', '2026-03-11T17:00:00', {
        attendees: [attendee(testUsers.blair.upn)],
      }),
    });
    await h.call('alex', 'PATCH', `/me/events/${created.body.id}`, {
      body: { attendees: [attendee(testUsers.casey.upn)] },
    });
    const [blairCopy] = await copiesIn('blair', created.body.iCalUId);
    expect(blairCopy?.isCancelled).toBe(true);
    expect(await copiesIn('casey', created.body.iCalUId)).toHaveLength(1);
  });
});

describe('GET /me/events/{id}', () => {
  it('reads an item of the own mailbox and answers 404 ErrorItemNotFound for any other id', async () => {
    const created = await h.call('blair', 'POST', '/me/events', {
      body: eventAt('Blair only', '2026-03-12T09:00:00', '2026-03-12T10:00:00'),
    });
    const own = await h.call('blair', 'GET', `/me/events/${created.body.id}?$select=subject`);
    expect(own.status).toBe(200);
    expect(own.body.subject).toBe('Blair only');
    expect(own.body.start).toBeUndefined();
    const notMine = await h.call('alex', 'GET', `/me/events/${created.body.id}`);
    expect(notMine.status).toBe(404);
    expect(notMine.body.error.code).toBe('ErrorItemNotFound');
  });
});

describe('PATCH /me/events/{id}', () => {
  it('changes the change key and etag on every write and enforces If-Match (412)', async () => {
    const created = await h.call('alex', 'POST', '/me/events', {
      body: eventAt('Versioned', '2026-03-12T16:00:00', '2026-03-12T17:00:00'),
    });
    const staleEtag = created.body['@odata.etag'];
    const first = await h.call('alex', 'PATCH', `/me/events/${created.body.id}`, {
      body: { subject: 'Versioned v2' },
      headers: { 'If-Match': staleEtag },
    });
    expect(first.status).toBe(200);
    expect(first.body.changeKey).not.toBe(created.body.changeKey);
    expect(first.body['@odata.etag']).toBe(`W/"${first.body.changeKey}"`);

    const conflict = await h.call('alex', 'PATCH', `/me/events/${created.body.id}`, {
      body: { subject: 'Lost update' },
      headers: { 'If-Match': staleEtag },
    });
    expect(conflict.status).toBe(412);
    const unchanged = await h.call('alex', 'GET', `/me/events/${created.body.id}`);
    expect(unchanged.body.subject).toBe('Versioned v2');

    const staleDelete = await h.call('alex', 'DELETE', `/me/events/${created.body.id}`, {
      headers: { 'If-Match': staleEtag },
    });
    expect(staleDelete.status).toBe(412);
  });

  it('replaces locations when location changes, as the event resource documents', async () => {
    const created = await h.call('alex', 'POST', '/me/events', {
      body: eventAt('Room', '2026-03-13T16:00:00', '2026-03-13T17:00:00', {
        location: { displayName: 'Room 1' },
      }),
    });
    const patched = await h.call('alex', 'PATCH', `/me/events/${created.body.id}`, {
      body: { location: { displayName: 'Room 2' } },
    });
    expect(patched.body.location.displayName).toBe('Room 2');
    expect(patched.body.locations.map((l: { displayName: string }) => l.displayName)).toEqual([
      'Room 2',
    ]);
  });
});

describe('DELETE /me/events/{id}', () => {
  it('answers 204 and then 404', async () => {
    const created = await h.call('casey', 'POST', '/me/events', {
      body: eventAt('Short-lived', '2026-03-13T09:00:00', '2026-03-13T10:00:00'),
    });
    expect((await h.call('casey', 'DELETE', `/me/events/${created.body.id}`)).status).toBe(204);
    expect((await h.call('casey', 'DELETE', `/me/events/${created.body.id}`)).status).toBe(404);
  });
});

describe('Prefer: outlook.timezone', () => {
  it('writes start and end in the preferred Windows or IANA zone and confirms it', async () => {
    const created = await h.call('alex', 'POST', '/me/events', {
      body: eventAt('Zoned', '2026-03-16T17:00:00', '2026-03-16T18:00:00'),
    });
    const pacific = await h.call('alex', 'GET', `/me/events/${created.body.id}`, {
      headers: { Prefer: 'outlook.timezone="Pacific Standard Time"' },
    });
    expect(pacific.body.start).toEqual({
      dateTime: '2026-03-16T10:00:00.0000000',
      timeZone: 'Pacific Standard Time',
    });
    expect(pacific.headers.get('preference-applied')).toBe(
      'outlook.timezone="Pacific Standard Time"',
    );
    const berlin = await h.call('alex', 'GET', `/me/events/${created.body.id}`, {
      headers: { Prefer: 'outlook.timezone="Europe/Berlin"' },
    });
    expect(berlin.body.start.dateTime).toBe('2026-03-16T18:00:00.0000000');
    const plain = await h.call('alex', 'GET', `/me/events/${created.body.id}`);
    expect(plain.body.start.timeZone).toBe('UTC');
    expect(plain.headers.get('preference-applied')).toBeNull();
    const unknown = await h.call('alex', 'GET', `/me/events/${created.body.id}`, {
      headers: { Prefer: 'outlook.timezone="Nowhere Standard Time"' },
    });
    expect(unknown.status).toBe(400);
  });
});

describe('GET /me/events', () => {
  it('pages 10 at a time with @odata.nextLink and honours $top, $select, $filter and $orderby', async () => {
    for (let index = 0; index < 12; index++) {
      const day = String(index + 1).padStart(2, '0');
      await h.call('outsider', 'POST', '/me/events', {
        body: eventAt(`Item ${day}`, `2026-04-${day}T09:00:00`, `2026-04-${day}T10:00:00`),
      });
    }
    const page1 = await h.call('outsider', 'GET', '/me/events');
    expect(page1.body.value).toHaveLength(10);
    expect(page1.body['@odata.nextLink']).toContain('/me/events?');
    const page2 = await h.follow('outsider', page1.body['@odata.nextLink']);
    expect(page2.body.value).toHaveLength(2);
    expect(page2.body['@odata.nextLink']).toBeUndefined();

    const top = await h.call('outsider', 'GET', '/me/events?$top=5&$select=subject');
    expect(top.body.value).toHaveLength(5);
    expect(Object.keys(top.body.value[0]).sort()).toEqual(['@odata.etag', 'id', 'subject']);

    const filtered = await h.call(
      'outsider',
      'GET',
      `/me/events?$filter=${encodeURIComponent("subject eq 'Item 07'")}`,
    );
    expect(filtered.body.value.map((e: { subject: string }) => e.subject)).toEqual(['Item 07']);

    const ordered = await h.call(
      'outsider',
      'GET',
      `/me/events?$orderby=${encodeURIComponent('start/dateTime desc')}&$top=2`,
    );
    expect(ordered.body.value.map((e: { subject: string }) => e.subject)).toEqual([
      'Item 12',
      'Item 11',
    ]);
  });
});

describe('Teams online meetings', () => {
  it('gives a join URL, a meeting chat and Outlook’s join block; a preserved block is not repeated', async () => {
    const created = await h.call('alex', 'POST', '/me/events', {
      body: eventAt('Teams sync', '2026-03-17T16:00:00', '2026-03-17T17:00:00', {
        body: { contentType: 'html', content: '<p>Agenda</p>' },
        isOnlineMeeting: true,
        onlineMeetingProvider: 'teamsForBusiness',
        attendees: [attendee(testUsers.blair.upn)],
      }),
    });
    const joinUrl: string = created.body.onlineMeeting.joinUrl;
    expect(joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    expect(created.body.onlineMeetingUrl).toBeNull();
    expect(created.body.isOnlineMeeting).toBe(true);
    const content: string = created.body.body.content;
    expect(content).toContain('<p>Agenda</p>');
    expect(content).toContain('Microsoft Teams meeting');
    expect(content).toContain('________________');
    expect(content).toContain(joinUrl);
    expect(created.body.bodyPreview).toContain('Microsoft Teams meeting');

    const meetings = Object.values(h.emulator.state().onlineMeetings).filter(
      (meeting) => meeting.meeting.joinWebUrl === joinUrl,
    );
    expect(meetings).toHaveLength(1);
    const threadId = (meetings[0]?.meeting.chatInfo as { threadId: string }).threadId;
    expect(h.emulator.state().chats[threadId]?.memberIds).toEqual(
      expect.arrayContaining([testUsers.alex.id, testUsers.blair.id]),
    );
    const [blairCopy] = await copiesIn('blair', created.body.iCalUId);
    expect(blairCopy?.onlineMeeting.joinUrl).toBe(joinUrl);

    const edited = content.replace('<p>Agenda</p>', '<p>Agenda v2</p>');
    const patched = await h.call('alex', 'PATCH', `/me/events/${created.body.id}`, {
      body: { body: { contentType: 'html', content: edited } },
    });
    const patchedContent: string = patched.body.body.content;
    expect(patchedContent).toContain('Agenda v2');
    expect(patchedContent.split('Microsoft Teams meeting')).toHaveLength(2);
    expect(patched.body.onlineMeeting.joinUrl).toBe(joinUrl);
    expect(Object.keys(h.emulator.state().onlineMeetings)).toHaveLength(1);
  });
});
