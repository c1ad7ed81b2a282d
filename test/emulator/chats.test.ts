import type { RunningEmulator } from '../../emulator/server';
import {
  buildTeamsTenant,
  catalogApps,
  chatPath,
  clientFor,
  errorCode,
  errorMessage,
  FIXED_NOW,
  provisionInState,
  startTeamsEmulator,
} from './support/teams';
import type { GraphCall, TeamsTenant } from './support/teams';
import { testUsers } from './support/tenant';

type Json = Record<string, unknown>;

let emulator: RunningEmulator;
let tenant: TeamsTenant;
let alex: GraphCall;
let blair: GraphCall;
let outsider: GraphCall;
/** A second meeting chat (Blair organizes, Alex attends) for tests that fill it. */
let busyChat: string;
let appsChat: string;

beforeAll(async () => {
  tenant = buildTeamsTenant();
  busyChat = provisionInState(
    tenant.state,
    { organizerId: testUsers.blair.id, subject: 'Busy', attendeeIds: [testUsers.alex.id] },
    () => 'b0b0b0b0-0000-4000-8000-000000000001',
  ).chatThreadId;
  appsChat = provisionInState(
    tenant.state,
    { organizerId: testUsers.alex.id, subject: 'Apps', attendeeIds: [testUsers.casey.id] },
    () => 'a0a0a0a0-0000-4000-8000-000000000001',
  ).chatThreadId;
  emulator = await startTeamsEmulator(tenant.state);
  alex = await clientFor(emulator, testUsers.alex.upn);
  blair = await clientFor(emulator, testUsers.blair.upn);
  outsider = await clientFor(emulator, testUsers.outsider.upn);
});

afterAll(async () => {
  await emulator.close();
});

const bindOf = (appId: string) => ({
  'teamsApp@odata.bind': `https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/${appId}`,
});

describe('GET /chats/{id}', () => {
  it('answers a member with the meeting chat', async () => {
    const reply = await blair('GET', chatPath(tenant.meeting.chatThreadId));
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      id: tenant.meeting.chatThreadId,
      topic: 'CX Council weekly',
      chatType: 'meeting',
      tenantId: 't-contoso',
      onlineMeetingInfo: {
        joinWebUrl: tenant.meeting.joinWebUrl,
        organizer: { id: testUsers.alex.id, userIdentityType: 'aadUser' },
      },
    });
    expect(String(reply.body['@odata.context'])).toMatch(/\$metadata#chats\/\$entity$/);
  });

  it('answers a non-member 403 and an unknown chat 404', async () => {
    const denied = await outsider('GET', chatPath(tenant.meeting.chatThreadId));
    expect(denied.status).toBe(403);
    expect(errorCode(denied)).toBe('accessDenied');
    expect((await alex('GET', chatPath('19:nothing@thread.v2'))).status).toBe(404);
  });

  it('expands members', async () => {
    const reply = await alex('GET', `${chatPath(tenant.meeting.chatThreadId)}?$expand=members`);
    const members = reply.body.members as Json[];
    expect(members.map((member) => member.userId)).toEqual([
      testUsers.alex.id,
      testUsers.blair.id,
      testUsers.casey.id,
    ]);
    expect(members[0]).toMatchObject({
      '@odata.type': '#microsoft.graph.aadUserConversationMember',
      displayName: testUsers.alex.displayName,
    });
  });
});

describe('GET /me/chats', () => {
  it("lists the caller's chats only", async () => {
    const mine = await alex('GET', '/me/chats');
    expect(mine.status).toBe(200);
    const ids = (mine.body.value as Json[]).map((chat) => chat.id);
    expect(ids).toEqual(expect.arrayContaining([tenant.meeting.chatThreadId, busyChat, appsChat]));
    const theirs = await outsider('GET', '/me/chats');
    expect(theirs.body.value).toEqual([]);
  });

  it("refuses another user's chat list with 403", async () => {
    expect((await outsider('GET', `/users/${testUsers.alex.id}/chats`)).status).toBe(403);
  });
});

describe('POST /chats/{id}/messages', () => {
  it('answers 201 with the message as Graph stores it', async () => {
    const reply = await alex('POST', `${chatPath(tenant.meeting.chatThreadId)}/messages`, {
      body: { content: 'Hello world' },
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      id: String(FIXED_NOW.getTime()),
      etag: String(FIXED_NOW.getTime()),
      replyToId: null,
      messageType: 'message',
      createdDateTime: FIXED_NOW.toISOString(),
      lastModifiedDateTime: FIXED_NOW.toISOString(),
      chatId: tenant.meeting.chatThreadId,
      importance: 'normal',
      locale: 'en-us',
      from: {
        user: {
          id: testUsers.alex.id,
          displayName: testUsers.alex.displayName,
          userIdentityType: 'aadUser',
        },
      },
      body: { contentType: 'text', content: 'Hello world' },
      attachments: [],
      mentions: [],
      reactions: [],
    });
    expect(String(reply.body['@odata.context'])).toContain(
      `chats('${encodeURIComponent(tenant.meeting.chatThreadId)}')/messages/$entity`,
    );
  });

  it('answers a non-member 403', async () => {
    const reply = await outsider('POST', `${chatPath(tenant.meeting.chatThreadId)}/messages`, {
      body: { content: 'let me in' },
    });
    expect(reply.status).toBe(403);
  });

  it('keeps mentions whose <at> markers match', async () => {
    const reply = await alex('POST', `${chatPath(tenant.meeting.chatThreadId)}/messages`, {
      body: { contentType: 'html', content: `Over to you, <at id="0">Blair Chen</at>.` },
      mentions: [
        {
          id: 0,
          mentionText: 'Blair Chen',
          mentioned: {
            user: {
              id: testUsers.blair.id,
              displayName: 'Blair Chen',
              userIdentityType: 'aadUser',
            },
          },
        },
      ],
    });
    expect(reply.status).toBe(201);
    expect(reply.body.mentions).toEqual([
      {
        id: 0,
        mentionText: 'Blair Chen',
        mentioned: {
          application: null,
          device: null,
          conversation: null,
          user: { id: testUsers.blair.id, displayName: 'Blair Chen', userIdentityType: 'aadUser' },
        },
      },
    ]);
  });

  it('answers 400 when a mention has no marker in the body', async () => {
    const reply = await alex('POST', `${chatPath(tenant.meeting.chatThreadId)}/messages`, {
      body: { contentType: 'html', content: 'Over to you, <at id="1">Blair Chen</at>.' },
      mentions: [
        { id: 0, mentionText: 'Blair Chen', mentioned: { user: { id: testUsers.blair.id } } },
      ],
    });
    expect(reply.status).toBe(400);
    expect(errorCode(reply)).toBe('BadRequest');
    expect(errorMessage(reply)).toContain("marker for mention with Id '0'");
  });

  it('answers 400 when an <at> marker has no mention', async () => {
    const reply = await alex('POST', `${chatPath(tenant.meeting.chatThreadId)}/messages`, {
      body: { contentType: 'html', content: 'Hi <at id="0">Blair Chen</at>' },
    });
    expect(reply.status).toBe(400);
  });

  it('round-trips an adaptive card attachment', async () => {
    const card = JSON.stringify({
      type: 'AdaptiveCard',
      version: '1.4',
      body: [{ type: 'TextBlock', text: 'Agenda for <at id="0">Blair Chen</at>' }],
    });
    const sent = {
      body: { contentType: 'html', content: '<attachment id="agenda-1"></attachment>' },
      attachments: [
        { id: 'agenda-1', contentType: 'application/vnd.microsoft.card.adaptive', content: card },
      ],
      mentions: [
        { id: 0, mentionText: 'Blair Chen', mentioned: { user: { id: testUsers.blair.id } } },
      ],
    };
    const created = await alex('POST', `${chatPath(tenant.meeting.chatThreadId)}/messages`, sent);
    expect(created.status).toBe(201);
    expect(created.body.attachments).toEqual([
      {
        id: 'agenda-1',
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: card,
        name: null,
        thumbnailUrl: null,
        teamsAppId: null,
      },
    ]);
    const read = await blair(
      'GET',
      `${chatPath(tenant.meeting.chatThreadId)}/messages/${String(created.body.id)}`,
    );
    expect(read.status).toBe(200);
    expect(read.body.attachments).toEqual(created.body.attachments);
    expect(JSON.parse(String((read.body.attachments as Json[])[0]?.content))).toEqual(
      JSON.parse(card),
    );
  });

  it('answers 400 for a card that is not referenced from the body or is not JSON', async () => {
    const path = `${chatPath(tenant.meeting.chatThreadId)}/messages`;
    const unreferenced = await alex('POST', path, {
      body: { contentType: 'html', content: 'no card here' },
      attachments: [
        { id: 'x', contentType: 'application/vnd.microsoft.card.adaptive', content: '{}' },
      ],
    });
    expect(unreferenced.status).toBe(400);
    const broken = await alex('POST', path, {
      body: { contentType: 'html', content: '<attachment id="x"></attachment>' },
      attachments: [
        { id: 'x', contentType: 'application/vnd.microsoft.card.adaptive', content: '{' },
      ],
    });
    expect(broken.status).toBe(400);
    expect(errorMessage(broken)).toBe("Failed to process content in attachment with Id 'x'.");
  });

  it('rejects a property chatMessage does not have with 400', async () => {
    const reply = await alex('POST', `${chatPath(tenant.meeting.chatThreadId)}/messages`, {
      body: { content: 'x' },
      colour: 'red',
    });
    expect(reply.status).toBe(400);
  });
});

describe('GET /chats/{id}/messages', () => {
  beforeAll(async () => {
    for (let index = 1; index <= 120; index++) {
      const reply = await blair('POST', `${chatPath(busyChat)}/messages`, {
        body: { content: `message ${index}` },
      });
      expect(reply.status).toBe(201);
    }
  });

  it('lists newest first, 50 a page, and pages through every message with nextLink', async () => {
    const seen: string[] = [];
    let next: string | undefined = `${chatPath(busyChat)}/messages`;
    let pages = 0;
    while (next) {
      const page = await alex('GET', next);
      expect(page.status).toBe(200);
      const value = page.body.value as Json[];
      expect(value.length).toBeLessThanOrEqual(50);
      seen.push(...value.map((message) => String((message.body as Json).content)));
      next = page.body['@odata.nextLink'] as string | undefined;
      pages++;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(120);
    expect(seen[0]).toBe('message 120');
    expect(seen[119]).toBe('message 1');
  });

  it('honours $top up to 50 and refuses more', async () => {
    const page = await alex('GET', `${chatPath(busyChat)}/messages?$top=5`);
    expect((page.body.value as Json[]).length).toBe(5);
    const nextLink = new URL(String(page.body['@odata.nextLink']));
    expect(nextLink.searchParams.get('$top')).toBe('5');
    expect((await alex('GET', `${chatPath(busyChat)}/messages?$top=51`)).status).toBe(400);
  });

  it('answers a non-member 403 and an unknown message 404', async () => {
    expect((await outsider('GET', `${chatPath(busyChat)}/messages`)).status).toBe(403);
    expect((await alex('GET', `${chatPath(busyChat)}/messages/123`)).status).toBe(404);
  });
});

describe('POST /chats/{id}/installedApps', () => {
  it('installs a catalog app (201, no body), lists it and refuses a second install with 409', async () => {
    const path = `${chatPath(appsChat)}/installedApps`;
    const installed = await alex('POST', path, bindOf(catalogApps.cadence.id));
    expect(installed.status).toBe(201);
    expect(installed.body).toEqual({});

    const listed = await alex('GET', path);
    expect(listed.status).toBe(200);
    const value = listed.body.value as Json[];
    expect(value).toHaveLength(1);
    expect(value[0]?.teamsApp).toBeUndefined();

    const again = await alex('POST', path, bindOf(catalogApps.cadence.id));
    expect(again.status).toBe(409);
  });

  it('expands teamsApp and teamsAppDefinition and filters on teamsApp/externalId', async () => {
    const path = `${chatPath(appsChat)}/installedApps`;
    const filter = encodeURIComponent(`teamsApp/externalId eq '${catalogApps.cadence.externalId}'`);
    const reply = await alex(
      'GET',
      `${path}?$expand=teamsApp,teamsAppDefinition&$filter=${filter}`,
    );
    const value = reply.body.value as Json[];
    expect(value).toHaveLength(1);
    expect(value[0]?.teamsApp).toEqual({ ...catalogApps.cadence });
    expect(value[0]?.teamsAppDefinition).toMatchObject({
      teamsAppId: catalogApps.cadence.id,
      publishingState: 'published',
    });
    const none = await alex(
      'GET',
      `${path}?$filter=${encodeURIComponent(`teamsApp/id eq '${catalogApps.polls.id}'`)}`,
    );
    expect(none.body.value).toEqual([]);
  });

  it("accepts a bind to the emulator's own base URL", async () => {
    const reply = await alex('POST', `${chatPath(appsChat)}/installedApps`, {
      'teamsApp@odata.bind': `${emulator.graphUrl}/appCatalogs/teamsApps/${catalogApps.polls.id}`,
    });
    expect(reply.status).toBe(201);
  });

  it('answers 404 for an app the catalog does not have and 400 without a bind', async () => {
    const path = `${chatPath(appsChat)}/installedApps`;
    expect((await alex('POST', path, bindOf('no-such-app'))).status).toBe(404);
    expect((await alex('POST', path, {})).status).toBe(400);
  });

  it('answers a non-member 403', async () => {
    const path = `${chatPath(appsChat)}/installedApps`;
    expect((await outsider('GET', path)).status).toBe(403);
    expect((await outsider('POST', path, bindOf(catalogApps.cadence.id))).status).toBe(403);
  });
});

describe('POST /chats/{id}/tabs', () => {
  const tabBody = (appId: string) => ({
    displayName: 'CX Cadence',
    ...bindOf(appId),
    configuration: {
      entityId: 'cadence-weekly',
      contentUrl: 'https://cadence.example/tab?meeting=1',
      websiteUrl: 'https://cadence.example/meeting/1',
      removeUrl: 'https://cadence.example/remove',
    },
  });

  it('requires the app to be installed in the chat first (400)', async () => {
    const reply = await alex(
      'POST',
      `${chatPath(tenant.meeting.chatThreadId)}/tabs`,
      tabBody(catalogApps.cadence.id),
    );
    expect(reply.status).toBe(400);
    expect(errorMessage(reply)).toContain('needs to be installed to the chat');
  });

  it('pins a tab of an installed app, lists, reads and deletes it', async () => {
    const path = `${chatPath(tenant.meeting.chatThreadId)}/tabs`;
    const install = await alex(
      'POST',
      `${chatPath(tenant.meeting.chatThreadId)}/installedApps`,
      bindOf(catalogApps.cadence.id),
    );
    expect(install.status).toBe(201);

    const created = await alex('POST', path, tabBody(catalogApps.cadence.id));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      displayName: 'CX Cadence',
      configuration: tabBody(catalogApps.cadence.id).configuration,
    });
    expect(String(created.body.webUrl)).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/entity\//);
    const tabId = String(created.body.id);

    const listed = await blair('GET', `${path}?$expand=teamsApp`);
    expect(listed.body.value).toEqual([
      expect.objectContaining({ id: tabId, teamsApp: { ...catalogApps.cadence } }),
    ]);
    const read = await blair('GET', `${path}/${tabId}`);
    expect(read.status).toBe(200);
    expect(read.body.teamsApp).toBeUndefined();

    expect((await alex('DELETE', `${path}/${tabId}`)).status).toBe(204);
    expect((await alex('GET', `${path}/${tabId}`)).status).toBe(404);
  });

  it('answers a non-member 403', async () => {
    expect((await outsider('GET', `${chatPath(tenant.meeting.chatThreadId)}/tabs`)).status).toBe(
      403,
    );
  });
});
