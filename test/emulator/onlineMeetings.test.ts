import type { RunningEmulator } from '../../emulator/server';
import {
  buildTeamsTenant,
  chatPath,
  clientFor,
  errorCode,
  errorMessage,
  FIXED_NOW,
  joinUrlFilter,
  provisionInState,
  startTeamsEmulator,
} from './support/teams';
import type { GraphCall, TeamsTenant } from './support/teams';
import { buildTestTenant, testUsers } from './support/tenant';

let emulator: RunningEmulator;
let tenant: TeamsTenant;
let alex: GraphCall;
let blair: GraphCall;
let outsider: GraphCall;

beforeAll(async () => {
  tenant = buildTeamsTenant();
  emulator = await startTeamsEmulator(tenant.state);
  alex = await clientFor(emulator, testUsers.alex.upn);
  blair = await clientFor(emulator, testUsers.blair.upn);
  outsider = await clientFor(emulator, testUsers.outsider.upn);
});

afterAll(async () => {
  await emulator.close();
});

describe('provisionOnlineMeeting', () => {
  it('gives a Teams join link that names the meeting thread, the tenant and the organizer', () => {
    const { joinWebUrl, chatThreadId } = tenant.meeting;
    const key = /^19:meeting_([A-Za-z0-9]+)@thread\.v2$/.exec(chatThreadId)?.[1];
    expect(key).toBeDefined();
    expect(joinWebUrl).toBe(
      `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${key}%40thread.v2/0` +
        `?context=%7b%22Tid%22%3a%22t-contoso%22%2c%22Oid%22%3a%22${testUsers.alex.id}%22%7d`,
    );
  });

  it('creates the meeting chat with the organizer and attendees as members', () => {
    const state = buildTestTenant();
    const made = provisionInState(state, {
      organizerId: testUsers.alex.id,
      subject: 'Kick-off',
      attendeeIds: [testUsers.blair.id, testUsers.alex.id, testUsers.blair.id],
    });
    const chat = state.chats[made.chatThreadId];
    expect(chat?.memberIds).toEqual([testUsers.alex.id, testUsers.blair.id]);
    expect(chat?.chat).toMatchObject({
      id: made.chatThreadId,
      topic: 'Kick-off',
      chatType: 'meeting',
      tenantId: 't-contoso',
      onlineMeetingInfo: { joinWebUrl: made.joinWebUrl, organizer: { id: testUsers.alex.id } },
    });
    expect(state.onlineMeetings[made.onlineMeetingId]?.meeting).toMatchObject({
      id: made.onlineMeetingId,
      subject: 'Kick-off',
      creationDateTime: FIXED_NOW.toISOString(),
      chatInfo: { threadId: made.chatThreadId, messageId: '0', replyChainMessageId: null },
    });
  });

  it('encodes the organizer and thread in the meeting id as Teams does', () => {
    const decoded = Buffer.from(tenant.meeting.onlineMeetingId, 'base64').toString('utf8');
    expect(decoded).toBe(`1*${testUsers.alex.id}*0**${tenant.meeting.chatThreadId}`);
  });
});

describe('GET /me/onlineMeetings?$filter=JoinWebUrl eq', () => {
  it('finds exactly the meeting, whose chatInfo.threadId is its chat', async () => {
    const reply = await alex(
      'GET',
      `/me/onlineMeetings?${joinUrlFilter(tenant.meeting.joinWebUrl)}`,
    );
    expect(reply.status).toBe(200);
    const value = reply.body.value as Array<Record<string, unknown>>;
    expect(value).toHaveLength(1);
    expect(value[0]).toMatchObject({
      id: tenant.meeting.onlineMeetingId,
      joinWebUrl: tenant.meeting.joinWebUrl,
      subject: 'CX Council weekly',
      startDateTime: '2026-03-03T16:00:00.000Z',
      chatInfo: { threadId: tenant.meeting.chatThreadId },
      participants: {
        organizer: { role: 'presenter', identity: { user: { id: testUsers.alex.id } } },
      },
    });
    const chat = await alex('GET', chatPath(tenant.meeting.chatThreadId));
    expect(chat.status).toBe(200);
    expect(chat.body.chatType).toBe('meeting');
  });

  it('accepts the join URL percent-encoded inside the filter, as Graph documents it', async () => {
    const once = encodeURIComponent(tenant.meeting.joinWebUrl);
    const reply = await alex(
      'GET',
      `/users/${testUsers.alex.upn}/onlineMeetings?$filter=${encodeURIComponent(`JoinWebUrl eq '${once}'`)}`,
    );
    expect(reply.status).toBe(200);
    expect(reply.body.value).toHaveLength(1);
  });

  it('gives an empty collection for a join URL of no meeting', async () => {
    const reply = await alex(
      'GET',
      `/me/onlineMeetings?${joinUrlFilter('https://teams.microsoft.com/l/meetup-join/19%3ameeting_nope%40thread.v2/0')}`,
    );
    expect(reply.status).toBe(200);
    expect(reply.body.value).toEqual([]);
  });

  it('answers an attendee 403: only the organizer looks a meeting up by its link', async () => {
    const reply = await blair(
      'GET',
      `/me/onlineMeetings?${joinUrlFilter(tenant.meeting.joinWebUrl)}`,
    );
    expect(reply.status).toBe(403);
  });

  it('requires the filter: without one, or with another, Graph answers 400 InvalidArgument', async () => {
    const bare = await alex('GET', '/me/onlineMeetings');
    expect(bare.status).toBe(400);
    expect(errorCode(bare)).toBe('InvalidArgument');
    expect(errorMessage(bare)).toContain('Filter expression expected');
    const other = await alex(
      'GET',
      `/me/onlineMeetings?$filter=${encodeURIComponent("subject eq 'x'")}`,
    );
    expect(other.status).toBe(400);
    expect(errorCode(other)).toBe('InvalidArgument');
  });

  it("refuses another user's meetings with 403", async () => {
    const reply = await blair(
      'GET',
      `/users/${testUsers.alex.id}/onlineMeetings?${joinUrlFilter(tenant.meeting.joinWebUrl)}`,
    );
    expect(reply.status).toBe(403);
  });

  it('finds a meeting by joinMeetingIdSettings/joinMeetingId too', async () => {
    const meeting = tenant.state.onlineMeetings[tenant.meeting.onlineMeetingId]?.meeting;
    const joinMeetingId = (meeting?.joinMeetingIdSettings as { joinMeetingId: string })
      .joinMeetingId;
    expect(joinMeetingId).toMatch(/^\d{12}$/);
    const reply = await alex(
      'GET',
      `/me/onlineMeetings?$filter=${encodeURIComponent(`joinMeetingIdSettings/joinMeetingId eq '${joinMeetingId}'`)}`,
    );
    expect((reply.body.value as unknown[]).length).toBe(1);
  });
});

describe('GET /me/onlineMeetings/{id}', () => {
  it('answers the organizer and invited attendees', async () => {
    const path = `/me/onlineMeetings/${encodeURIComponent(tenant.meeting.onlineMeetingId)}`;
    const forAlex = await alex('GET', path);
    expect(forAlex.status).toBe(200);
    expect(forAlex.body.joinWebUrl).toBe(tenant.meeting.joinWebUrl);
    expect(String(forAlex.body['@odata.context'])).toContain('/onlineMeetings/$entity');
    expect((await blair('GET', path)).status).toBe(200);
  });

  it('answers someone not invited 403 and an unknown id 404', async () => {
    const path = `/me/onlineMeetings/${encodeURIComponent(tenant.meeting.onlineMeetingId)}`;
    expect((await outsider('GET', path)).status).toBe(403);
    expect((await alex('GET', '/me/onlineMeetings/bm8tc3VjaC1tZWV0aW5n')).status).toBe(404);
  });
});

describe('POST /me/onlineMeetings', () => {
  it('creates a standalone meeting with its chat and answers 201', async () => {
    const created = await alex('POST', '/me/onlineMeetings', {
      subject: 'Escalation review',
      startDateTime: '2026-03-05T15:00:00Z',
      endDateTime: '2026-03-05T15:30:00Z',
      participants: {
        attendees: [{ identity: { user: { id: testUsers.casey.id } }, upn: testUsers.casey.upn }],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      subject: 'Escalation review',
      startDateTime: '2026-03-05T15:00:00.000Z',
      endDateTime: '2026-03-05T15:30:00.000Z',
      participants: { attendees: [{ identity: { user: { id: testUsers.casey.id } } }] },
    });
    const threadId = String((created.body.chatInfo as { threadId: string }).threadId);
    const casey = await clientFor(emulator, testUsers.casey.upn);
    const chat = await casey('GET', chatPath(threadId));
    expect(chat.status).toBe(200);
    expect(chat.body.topic).toBe('Escalation review');
    const found = await alex(
      'GET',
      `/me/onlineMeetings?${joinUrlFilter(String(created.body.joinWebUrl))}`,
    );
    expect((found.body.value as Array<{ id: string }>)[0]?.id).toBe(created.body.id);
  });

  it('starts now and lasts an hour when no times are given', async () => {
    const created = await alex('POST', '/me/onlineMeetings', { subject: 'Huddle' });
    expect(created.status).toBe(201);
    expect(created.body.startDateTime).toBe(FIXED_NOW.toISOString());
    expect(created.body.endDateTime).toBe(new Date(FIXED_NOW.getTime() + 3_600_000).toISOString());
  });

  it('rejects a property onlineMeeting does not have with 400', async () => {
    const reply = await alex('POST', '/me/onlineMeetings', { subject: 'x', colour: 'red' });
    expect(reply.status).toBe(400);
  });
});

describe('a Teams meeting created from the calendar', () => {
  it("is found by the event's joinUrl, with a chat thread its attendees can post in", async () => {
    const event = await alex('POST', '/me/events', {
      subject: 'CX Council monthly',
      start: { dateTime: '2026-03-10T16:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-03-10T17:00:00', timeZone: 'UTC' },
      attendees: [{ emailAddress: { address: testUsers.blair.upn }, type: 'required' }],
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
    });
    expect(event.status).toBe(201);
    const joinUrl = String((event.body.onlineMeeting as { joinUrl: string }).joinUrl);
    const found = await alex('GET', `/me/onlineMeetings?${joinUrlFilter(joinUrl)}`);
    const [meeting] = found.body.value as Array<{
      chatInfo: { threadId: string };
      subject: string;
    }>;
    expect(meeting?.subject).toBe('CX Council monthly');
    const chat = await blair('GET', chatPath(meeting?.chatInfo.threadId ?? ''));
    expect(chat.body.onlineMeetingInfo).toMatchObject({
      calendarEventId: event.body.id,
      joinWebUrl: joinUrl,
    });
    const posted = await blair('POST', `${chatPath(meeting?.chatInfo.threadId ?? '')}/messages`, {
      body: { content: 'Agenda is up' },
    });
    expect(posted.status).toBe(201);
  });
});
