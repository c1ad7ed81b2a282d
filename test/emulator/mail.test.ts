import type { RunningEmulator } from '../../emulator/server';
import { callGraph, startTestEmulator, TEST_NOW, tokenFor } from './support/http';
import { buildTestTenant, testUsers } from './support/tenant';

type Json = Record<string, unknown>;
type Collection = { '@odata.context'?: string; '@odata.nextLink'?: string; value: Json[] };
type GraphError = { error: { code: string; message: string } };

const { alex, blair, casey, outsider } = testUsers;
const SENT_AT = TEST_NOW.toISOString().replace(/\.\d{3}Z$/, 'Z');

let emulator: RunningEmulator;
const tokens: Record<string, string> = {};

/** Starts a fresh tenant: each describe counts the mail it sends from an empty mailbox. */
async function freshEmulator(): Promise<void> {
  emulator = await startTestEmulator();
  for (const person of [alex, blair, casey, outsider]) {
    tokens[person.id] = await tokenFor(emulator, person.upn);
  }
}

async function closeEmulator(): Promise<void> {
  await emulator.close();
}

function as<T = Json>(who: { id: string }, path: string, options = {}) {
  return callGraph<T>(emulator, tokens[who.id], path, options);
}

function sendMail(who: { id: string }, body: unknown, path = '/me/sendMail') {
  return as<GraphError | undefined>(who, path, { method: 'POST', body });
}

function to(...addresses: string[]): Json[] {
  return addresses.map((address) => ({ emailAddress: { address } }));
}

async function inboxOf(who: { id: string }): Promise<Json[]> {
  return (await as<Collection>(who, '/me/mailFolders/inbox/messages?$top=50')).body.value;
}

async function sentItemsOf(who: { id: string }): Promise<Json[]> {
  return (await as<Collection>(who, '/me/mailFolders/sentitems/messages?$top=50')).body.value;
}

describe('POST /me/sendMail', () => {
  beforeEach(freshEmulator);
  afterEach(closeEmulator);

  it('answers 202 with no body', async () => {
    const response = await sendMail(alex, {
      message: { subject: 'Hello', toRecipients: to(blair.upn) },
    });
    expect(response.status).toBe(202);
    expect(response.body).toBeUndefined();
  });

  it('delivers one unread copy to each tenant recipient’s Inbox and one to the sender’s Sent Items', async () => {
    await sendMail(alex, {
      message: {
        subject: 'Council summary',
        body: { contentType: 'HTML', content: '<p>Decisions <b>made</b></p>' },
        toRecipients: to(blair.upn, 'CASEY@contoso.test'),
        ccRecipients: to(blair.upn, 'partner@fabrikam.example'),
        bccRecipients: to(outsider.upn),
      },
    });
    const [blairInbox, caseyInbox, outsiderInbox, alexSent] = await Promise.all([
      inboxOf(blair),
      inboxOf(casey),
      inboxOf(outsider),
      sentItemsOf(alex),
    ]);
    expect(blairInbox).toHaveLength(1);
    expect(caseyInbox).toHaveLength(1);
    expect(outsiderInbox).toHaveLength(1);
    expect(alexSent).toHaveLength(1);
    expect(await inboxOf(alex)).toHaveLength(0);

    const received = blairInbox[0] as Json;
    expect(received).toMatchObject({
      subject: 'Council summary',
      isRead: false,
      isDraft: false,
      receivedDateTime: SENT_AT,
      sentDateTime: SENT_AT,
      bodyPreview: 'Decisions made',
      from: { emailAddress: { name: alex.displayName, address: alex.upn } },
      sender: { emailAddress: { name: alex.displayName, address: alex.upn } },
      toRecipients: [
        { emailAddress: { name: blair.displayName, address: blair.upn } },
        { emailAddress: { name: casey.displayName, address: 'CASEY@contoso.test' } },
      ],
      bccRecipients: [],
    });
    expect(received['@odata.etag']).toMatch(/^W\/"/);
    const sent = alexSent[0] as Json;
    expect(sent.isRead).toBe(true);
    expect(sent.bccRecipients).toEqual([
      { emailAddress: { name: outsider.displayName, address: outsider.upn } },
    ]);
    const copies = [received, caseyInbox[0], outsiderInbox[0], sent] as Json[];
    expect(new Set(copies.map((copy) => copy.id)).size).toBe(4);
    expect(new Set(copies.map((copy) => copy.internetMessageId)).size).toBe(1);
    expect(new Set(copies.map((copy) => copy.conversationId)).size).toBe(1);
  });

  it('keeps no Sent Items copy when saveToSentItems is false (boolean or Graph’s "false")', async () => {
    await sendMail(alex, {
      message: { subject: 'Quiet', toRecipients: to(blair.upn) },
      saveToSentItems: false,
    });
    await sendMail(alex, {
      message: { subject: 'Quiet too', toRecipients: to(blair.upn) },
      saveToSentItems: 'false',
    });
    expect(await sentItemsOf(alex)).toHaveLength(0);
    expect(await inboxOf(blair)).toHaveLength(2);
  });

  it('accepts recipients outside the tenant without delivering anywhere', async () => {
    const response = await sendMail(casey, {
      message: { subject: 'Outside', toRecipients: to('someone@fabrikam.example') },
    });
    expect(response.status).toBe(202);
    expect(await sentItemsOf(casey)).toHaveLength(1);
    const total = Object.keys(emulator.state().messages).length;
    expect(total).toBe(1);
  });

  it('delivers mail sent to the group’s address to its members, not back to the sender', async () => {
    await sendMail(alex, {
      message: { subject: 'All hands', toRecipients: to('cxcouncil@contoso.test') },
    });
    expect(await inboxOf(blair)).toHaveLength(1);
    expect(await inboxOf(casey)).toHaveLength(1);
    expect(await inboxOf(alex)).toHaveLength(0);
    expect(await inboxOf(outsider)).toHaveLength(0);
  });

  it('works through /users/{userPrincipalName}/sendMail for the caller’s own mailbox', async () => {
    const response = await sendMail(
      blair,
      { message: { subject: 'Via UPN', toRecipients: to(alex.upn) } },
      `/users/${blair.upn}/sendMail`,
    );
    expect(response.status).toBe(202);
    expect((await inboxOf(alex))[0]).toMatchObject({ subject: 'Via UPN' });
  });

  it('refuses to send from another user’s mailbox with 403 ErrorAccessDenied', async () => {
    const response = await sendMail(
      alex,
      { message: { subject: 'Spoof', toRecipients: to(casey.upn) } },
      `/users/${blair.id}/sendMail`,
    );
    expect(response.status).toBe(403);
    expect(response.body?.error.code).toBe('ErrorAccessDenied');
    expect(await inboxOf(casey)).toHaveLength(0);
  });

  it('refuses a message with no recipients with 400 ErrorInvalidRecipients', async () => {
    const response = await sendMail(alex, { message: { subject: 'Nobody' } });
    expect(response.status).toBe(400);
    expect(response.body?.error.code).toBe('ErrorInvalidRecipients');
    expect(Object.keys(emulator.state().messages)).toHaveLength(0);
  });

  it('refuses a missing message with 400 ErrorInvalidParameter', async () => {
    const response = await sendMail(alex, { saveToSentItems: false });
    expect(response.status).toBe(400);
    expect(response.body?.error.code).toBe('ErrorInvalidParameter');
  });

  it('reads the action’s parameters case-insensitively, as Graph’s OData reader does', async () => {
    const response = await sendMail(alex, {
      Message: { Subject: 'Pascal', ToRecipients: to(blair.upn) },
      SaveToSentItems: false,
    });
    expect(response.status).toBe(202);
    expect(await inboxOf(blair)).toEqual([expect.objectContaining({ subject: 'Pascal' })]);
    expect(await sentItemsOf(alex)).toHaveLength(0);
  });

  it('refuses an empty body and a null message', async () => {
    const empty = await as<GraphError>(alex, '/me/sendMail', { method: 'POST' });
    expect(empty.status).toBe(400);
    const nullMessage = await sendMail(alex, { message: null });
    expect(nullMessage.status).toBe(400);
    expect(nullMessage.body?.error.code).toBe('ErrorInvalidParameter');
  });

  it('refuses a recipient without a valid SMTP address', async () => {
    const response = await sendMail(alex, { message: { toRecipients: to('not-an-address') } });
    expect(response.status).toBe(400);
    expect(response.body?.error.code).toBe('ErrorInvalidRecipients');
  });

  it('refuses a parameter sendMail does not take', async () => {
    const response = await sendMail(alex, {
      message: { subject: 'x', toRecipients: to(blair.upn) },
      urgent: true,
    });
    expect(response.status).toBe(400);
    expect(response.body?.error.code).toBe('RequestBodyRead');
    expect(response.body?.error.message).toContain("'urgent'");
  });

  it('refuses a message property Graph’s message type does not define with 400 RequestBodyRead', async () => {
    const response = await sendMail(alex, {
      message: { subject: 'x', toRecipients: to(blair.upn), colour: 'red' },
    });
    expect(response.status).toBe(400);
    expect(response.body?.error.code).toBe('RequestBodyRead');
    expect(response.body?.error.message).toContain(
      "The property 'colour' does not exist on type 'microsoft.graph.message'",
    );
    expect(await inboxOf(blair)).toHaveLength(0);
  });
});

describe('GET /me/messages', () => {
  beforeAll(async () => {
    await freshEmulator();
    for (let index = 1; index <= 12; index++) {
      await sendMail(alex, {
        message: {
          subject: `Update ${String(index).padStart(2, '0')}`,
          body: { contentType: 'Text', content: `Line one\nLine ${index}` },
          toRecipients: to(blair.upn),
          importance: index === 12 ? 'High' : 'normal',
        },
      });
    }
  });
  afterAll(closeEmulator);

  it('returns 10 messages a page by default, newest first, with a nextLink to the rest', async () => {
    const first = await as<Collection>(blair, '/me/messages');
    expect(first.status).toBe(200);
    expect(first.body['@odata.context']).toBe(
      `${emulator.graphUrl}/$metadata#users('${blair.id}')/messages`,
    );
    expect(first.body.value).toHaveLength(10);
    expect(first.body.value[0]?.subject).toBe('Update 12');
    const next = await callGraph<Collection>(
      emulator,
      tokens[blair.id],
      String(first.body['@odata.nextLink']).slice(emulator.graphUrl.length),
    );
    expect(next.body.value.map((message) => message.subject)).toEqual(['Update 02', 'Update 01']);
  });

  it('supports $filter, $orderby, $select and $top', async () => {
    const response = await as<Collection>(
      blair,
      `/users/${blair.upn}/messages?$filter=${encodeURIComponent("importance eq 'high'")}&$select=subject,from`,
    );
    expect(response.body['@odata.context']).toBe(
      `${emulator.graphUrl}/$metadata#users('${blair.id}')/messages(subject,from)`,
    );
    expect(response.body.value).toEqual([
      {
        '@odata.etag': expect.stringMatching(/^W\//),
        id: expect.any(String),
        subject: 'Update 12',
        from: { emailAddress: { name: alex.displayName, address: alex.upn } },
      },
    ]);
    const ordered = await as<Collection>(
      blair,
      '/me/messages?$orderby=subject asc&$top=2&$select=subject',
    );
    expect(ordered.body.value.map((message) => message.subject)).toEqual([
      'Update 01',
      'Update 02',
    ]);
    const unread = await as<Collection & { '@odata.count': number }>(
      blair,
      '/me/messages?$filter=isRead eq false&$top=5&$count=true',
    );
    expect(unread.body.value).toHaveLength(5);
    expect(unread.body['@odata.count']).toBe(12);
  });

  it('serves bodies as HTML by default and as text when Prefer asks', async () => {
    const html = await as<Collection>(blair, '/me/messages?$top=1');
    const htmlBody = html.body.value[0]?.body as Json;
    expect(htmlBody.contentType).toBe('html');
    expect(htmlBody.content).toContain('Line one<br>');
    expect(html.headers.get('preference-applied')).toBeNull();
    const text = await as<Collection>(blair, '/me/messages?$top=1', {
      headers: { Prefer: 'outlook.body-content-type="text"' },
    });
    expect(text.body.value[0]?.body).toEqual({ contentType: 'text', content: 'Line one\nLine 12' });
    expect(text.headers.get('preference-applied')).toBe('outlook.body-content-type="text"');
  });

  it('refuses another user’s messages with 403 ErrorAccessDenied', async () => {
    const response = await as<GraphError>(alex, `/users/${blair.id}/messages`);
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('ErrorAccessDenied');
  });
});

describe('GET /me/messages/{id}', () => {
  let received: Json;

  beforeAll(async () => {
    await freshEmulator();
    await sendMail(casey, { message: { subject: 'One item', toRecipients: to(alex.upn) } });
    received = (await inboxOf(alex))[0] as Json;
  });
  afterAll(closeEmulator);

  it('returns the message with its @odata.context', async () => {
    const response = await as(alex, `/me/messages/${String(received.id)}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      '@odata.context': `${emulator.graphUrl}/$metadata#users('${alex.id}')/messages/$entity`,
      id: received.id,
      subject: 'One item',
      parentFolderId: received.parentFolderId,
    });
  });

  it('does not find another mailbox’s message (404 ErrorItemNotFound)', async () => {
    const sent = (await sentItemsOf(casey))[0] as Json;
    const response = await as<GraphError>(alex, `/me/messages/${String(sent.id)}`);
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('ErrorItemNotFound');
  });
});

describe('mail stored without a parentFolderId (as the demo seed stores it)', () => {
  beforeAll(async () => {
    const state = buildTestTenant();
    state.messages['m-seeded'] = {
      ownerId: casey.id,
      folder: 'inbox',
      message: { id: 'm-seeded', subject: 'Seeded', receivedDateTime: '2026-03-01T08:00:00Z' },
    };
    emulator = await startTestEmulator({ initialState: state });
    tokens[casey.id] = await tokenFor(emulator, casey.upn);
  });
  afterAll(closeEmulator);

  it('names the folder it is in', async () => {
    const [listed] = (await as<Collection>(casey, '/me/mailFolders/inbox/messages')).body.value;
    const single = await as(casey, '/me/messages/m-seeded');
    expect(listed?.parentFolderId).toEqual(expect.any(String));
    expect(single.body.parentFolderId).toBe(listed?.parentFolderId);
  });
});

describe('GET /me/mailFolders/{folder}/messages', () => {
  beforeAll(async () => {
    await freshEmulator();
    await sendMail(alex, { message: { subject: 'To myself', toRecipients: to(alex.upn) } });
  });
  afterAll(closeEmulator);

  it('separates Inbox and Sent Items, by well-known name in any case', async () => {
    const inbox = await as<Collection>(alex, '/me/mailFolders/Inbox/messages');
    const sent = await as<Collection>(alex, `/users/${alex.upn}/mailFolders/SentItems/messages`);
    expect(inbox.body['@odata.context']).toBe(
      `${emulator.graphUrl}/$metadata#users('${alex.id}')/mailFolders('Inbox')/messages`,
    );
    expect(inbox.body.value.map((message) => message.isRead)).toEqual([false]);
    expect(sent.body.value.map((message) => message.isRead)).toEqual([true]);
    expect(inbox.body.value[0]?.parentFolderId).not.toBe(sent.body.value[0]?.parentFolderId);
  });

  it('finds a folder by the id its messages name as parentFolderId', async () => {
    const inbox = await as<Collection>(alex, '/me/mailFolders/inbox/messages');
    const folderId = String(inbox.body.value[0]?.parentFolderId);
    const byId = await as<Collection>(alex, `/me/mailFolders/${folderId}/messages`);
    expect(byId.body.value).toHaveLength(1);
    const folder = await as(alex, `/me/mailFolders/${folderId}`);
    expect(folder.body).toMatchObject({
      displayName: 'Inbox',
      totalItemCount: 1,
      unreadItemCount: 1,
    });
  });

  it('lists an empty well-known folder and 404s an unknown one', async () => {
    expect((await as<Collection>(alex, '/me/mailFolders/drafts/messages')).body.value).toEqual([]);
    const unknown = await as<GraphError>(alex, '/me/mailFolders/nope/messages');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('ErrorItemNotFound');
  });
});
