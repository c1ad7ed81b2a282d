import { escapeHtml } from '../../src/domain/html';
import { newChangeKey, etagOf, requireOwnMailbox, userByAddress, userIdOf } from '../core/access';
import { utcSeconds } from '../core/dates';
import { GraphHttpError, graphErrors } from '../core/errors';
import {
  enumSpelling,
  isPlainObject,
  paramOf,
  preferenceApplied,
  preferenceOf,
} from '../core/handlerHelpers';
import { decodeEntities } from '../core/html';
import { userEmailAddress } from '../core/identities';
import {
  applySelect,
  collectionResponse,
  entityResponse,
  isCountRequested,
  odataContext,
  selectProjection,
  withCount,
} from '../core/odata';
import type { EmulatorState, GraphJson, StoredMessage, StoredUser } from '../core/state';
import type { GraphResponse, HandlerContext, RouteDefinition } from '../core/types';

/**
 * Mail: `sendMail` delivers a copy to every tenant recipient's Inbox and one to the sender's Sent
 * Items; `messages` and `mailFolders/{folder}/messages` list a mailbox's own mail.
 */

/** Graph's page size for messages when the client sends no `$top`. */
const MESSAGES_PAGE_SIZE = 10;

/** The folders every Exchange mailbox has, by well-known name (lower case) and display name. */
const WELL_KNOWN_FOLDERS: Readonly<Record<string, string>> = {
  inbox: 'Inbox',
  sentitems: 'Sent Items',
  drafts: 'Drafts',
  deleteditems: 'Deleted Items',
  junkemail: 'Junk Email',
  outbox: 'Outbox',
  archive: 'Archive',
};

/** The parameters of the `sendMail` action; anything else is refused as Graph's OData layer does. */
const SEND_MAIL_PARAMETERS = ['message', 'saveToSentItems'] as const;

/** Properties Graph returns only when the client `$select`s them. */
const SELECT_ONLY_PROPERTIES = ['internetMessageHeaders', 'uniqueBody'];

// ---------- sendMail ----------

interface SendMailRequest {
  readonly message: GraphJson;
  readonly saveToSentItems: boolean;
}

function sendMail(context: HandlerContext): GraphResponse {
  const sender = requireOwnMailbox(context, paramOf(context, 'userId'));
  const request = readSendMailRequest(context);
  const message = draftFrom(context, sender, request.message);
  const sentAt = utcSeconds(context.now());
  const shared: SharedFields = {
    sentAt,
    internetMessageId: `<${compactId(context)}@${mailDomainOf(sender, context.state)}>`,
    conversationId: context.newId(),
    conversationIndex: Buffer.from(compactId(context), 'hex').toString('base64'),
  };
  for (const recipient of tenantRecipients(context.state, message, sender)) {
    storeCopy(context, message, shared, { owner: recipient, folder: 'inbox' });
  }
  if (request.saveToSentItems) {
    storeCopy(context, message, shared, { owner: sender, folder: 'sentitems' });
  }
  context.markChanged();
  return { status: 202 };
}

/**
 * Checks the action's parameters the way Graph's OData reader does (only `message` and
 * `saveToSentItems`, names read case-insensitively), then the message against
 * `microsoft.graph.message`.
 */
function readSendMailRequest(context: HandlerContext): SendMailRequest {
  const parameters = sendMailParameters(context.request.body);
  const message = parameters.get('message');
  if (message === undefined || message === null) {
    throw graphErrors.badRequest(
      "The value of the parameter 'Message' is empty.",
      'ErrorInvalidParameter',
    );
  }
  if (!isPlainObject(message)) {
    throw graphErrors.requestBodyRead(
      `An unexpected '${Array.isArray(message) ? 'StartArray' : 'PrimitiveValue'}' node was found when reading from the JSON reader. A 'StartObject' node was expected.`,
    );
  }
  return {
    message: context.validateBody('microsoft.graph.message', message),
    saveToSentItems: readSaveToSentItems(parameters.get('savetosentitems')),
  };
}

/** The action's parameters by lower-case name; an unknown one is Graph's 400. */
function sendMailParameters(body: unknown): Map<string, unknown> {
  if (body === undefined) {
    throw graphErrors.badRequest('Empty Payload. JSON content expected.');
  }
  if (!isPlainObject(body)) {
    throw graphErrors.requestBodyRead(
      "An unexpected 'StartArray' node was found when reading from the JSON reader. A 'StartObject' node was expected.",
    );
  }
  const parameters = new Map<string, unknown>();
  for (const [name, value] of Object.entries(body)) {
    if (name.startsWith('@')) continue;
    const known = SEND_MAIL_PARAMETERS.some(
      (parameter) => parameter.toLowerCase() === name.toLowerCase(),
    );
    if (!known) {
      throw graphErrors.requestBodyRead(
        `The parameter '${name}' in the request payload is not a valid parameter for the operation 'sendMail'.`,
      );
    }
    parameters.set(name.toLowerCase(), value);
  }
  return parameters;
}

/** `saveToSentItems` defaults to true; Graph's own example sends it as the string "false". */
function readSaveToSentItems(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && ['true', 'false'].includes(value.toLowerCase())) {
    return value.toLowerCase() === 'true';
  }
  throw graphErrors.requestBodyRead(
    `Cannot convert the literal '${String(value)}' to the expected type 'Edm.Boolean'.`,
  );
}

/** What every copy of one sent message shares. */
interface SharedFields {
  readonly sentAt: string;
  readonly internetMessageId: string;
  readonly conversationId: string;
  readonly conversationIndex: string;
}

/** The message as sent: recipients resolved, the sender as `from` and `sender`. */
interface Draft {
  readonly subject: string;
  readonly body: GraphJson;
  readonly importance: string;
  readonly from: GraphJson;
  readonly toRecipients: GraphJson[];
  readonly ccRecipients: GraphJson[];
  readonly bccRecipients: GraphJson[];
  readonly replyTo: GraphJson[];
  readonly categories: unknown[];
  readonly hasAttachments: boolean;
  readonly isDeliveryReceiptRequested: boolean;
  readonly isReadReceiptRequested: boolean;
  readonly flag: GraphJson;
  readonly internetMessageHeaders?: unknown;
}

function draftFrom(context: HandlerContext, sender: StoredUser, message: GraphJson): Draft {
  const state = context.state;
  const toRecipients = recipientsOf(state, message.toRecipients);
  const ccRecipients = recipientsOf(state, message.ccRecipients);
  const bccRecipients = recipientsOf(state, message.bccRecipients);
  if (toRecipients.length + ccRecipients.length + bccRecipients.length === 0) {
    throw invalidRecipients("A message can't be sent because it contains no recipients.");
  }
  const body = isPlainObject(message.body) ? message.body : {};
  const attachments = Array.isArray(message.attachments) ? message.attachments : [];
  return {
    subject: typeof message.subject === 'string' ? message.subject : '',
    body: {
      contentType: String(body.contentType ?? 'text').toLowerCase() === 'html' ? 'html' : 'text',
      content: typeof body.content === 'string' ? body.content : '',
    },
    importance:
      typeof message.importance === 'string' ? enumSpelling(message.importance) : 'normal',
    from: { emailAddress: userEmailAddress(sender) },
    toRecipients,
    ccRecipients,
    bccRecipients,
    replyTo: recipientsOf(state, message.replyTo),
    categories: Array.isArray(message.categories) ? message.categories : [],
    hasAttachments: attachments.length > 0,
    isDeliveryReceiptRequested: message.isDeliveryReceiptRequested === true,
    isReadReceiptRequested: message.isReadReceiptRequested === true,
    flag: isPlainObject(message.flag) ? message.flag : { flagStatus: 'notFlagged' },
    ...(message.internetMessageHeaders !== undefined
      ? { internetMessageHeaders: message.internetMessageHeaders }
      : {}),
  };
}

function invalidRecipients(detail: string): GraphHttpError {
  return graphErrors.badRequest(
    `At least one recipient isn't valid., ${detail}`,
    'ErrorInvalidRecipients',
  );
}

/**
 * Recipients as Exchange resolves them: each needs an SMTP address; a tenant user's name comes
 * from the directory when the client sent none, anyone else's defaults to the address.
 */
function recipientsOf(state: EmulatorState, value: unknown): GraphJson[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return [];
  return value.map((entry) => {
    const emailAddress = isPlainObject(entry) ? entry.emailAddress : undefined;
    const address = isPlainObject(emailAddress) ? emailAddress.address : undefined;
    if (typeof address !== 'string' || !isSmtpAddress(address)) {
      const shown = typeof address === 'string' ? address : '';
      throw invalidRecipients(
        `Recipient '${shown}' is not resolved. All recipients must be resolved before a message can be submitted.`,
      );
    }
    const given = isPlainObject(emailAddress) ? emailAddress.name : undefined;
    const user = userByAddress(state, address);
    const name =
      typeof given === 'string' && given.length > 0
        ? given
        : user
          ? String(user.user.displayName ?? address)
          : address;
    return { emailAddress: { name, address } };
  });
}

function isSmtpAddress(address: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(address.trim());
}

/**
 * The tenant mailboxes that receive the message, each once however often it is addressed: users
 * by address, and the members of a group addressed by the group's mail. Addresses outside the
 * tenant are accepted and go nowhere here. A group does not echo a message back to its sender.
 */
function tenantRecipients(state: EmulatorState, draft: Draft, sender: StoredUser): StoredUser[] {
  const reached = new Map<string, StoredUser>();
  const all = [...draft.toRecipients, ...draft.ccRecipients, ...draft.bccRecipients];
  for (const recipient of all) {
    const address = String((recipient.emailAddress as GraphJson).address);
    const user = userByAddress(state, address);
    if (user) reached.set(userIdOf(user), user);
    for (const member of groupMembersByAddress(state, address)) {
      if (userIdOf(member) !== userIdOf(sender)) reached.set(userIdOf(member), member);
    }
  }
  return [...reached.values()];
}

function groupMembersByAddress(state: EmulatorState, address: string): StoredUser[] {
  const wanted = address.trim().toLowerCase();
  const group = Object.values(state.groups).find(
    (candidate) => String(candidate.group.mail ?? '').toLowerCase() === wanted,
  );
  if (!group) return [];
  return group.memberIds
    .map((id) => state.users[id])
    .filter((user): user is StoredUser => user !== undefined);
}

/** One mailbox's copy: the recipient's is unread and hides Bcc; the sender's is read. */
function storeCopy(
  context: HandlerContext,
  draft: Draft,
  shared: SharedFields,
  target: { owner: StoredUser; folder: StoredMessage['folder'] },
): void {
  const ownerId = userIdOf(target.owner);
  const id = context.newId();
  const changeKey = newChangeKey(context);
  const isSentCopy = target.folder === 'sentitems';
  const message: GraphJson = {
    '@odata.etag': etagOf(changeKey),
    id,
    createdDateTime: shared.sentAt,
    lastModifiedDateTime: shared.sentAt,
    changeKey,
    categories: draft.categories,
    receivedDateTime: shared.sentAt,
    sentDateTime: shared.sentAt,
    hasAttachments: draft.hasAttachments,
    internetMessageId: shared.internetMessageId,
    subject: draft.subject,
    bodyPreview: previewOf(draft.body),
    importance: draft.importance,
    parentFolderId: folderIdOf(ownerId, target.folder),
    conversationId: shared.conversationId,
    conversationIndex: shared.conversationIndex,
    isDeliveryReceiptRequested: draft.isDeliveryReceiptRequested,
    isReadReceiptRequested: draft.isReadReceiptRequested,
    isRead: isSentCopy,
    isDraft: false,
    webLink: messageWebLink(id),
    inferenceClassification: 'focused',
    body: draft.body,
    sender: draft.from,
    from: draft.from,
    toRecipients: draft.toRecipients,
    ccRecipients: draft.ccRecipients,
    bccRecipients: isSentCopy ? draft.bccRecipients : [],
    replyTo: draft.replyTo,
    flag: draft.flag,
    ...(draft.internetMessageHeaders !== undefined
      ? { internetMessageHeaders: draft.internetMessageHeaders }
      : {}),
  };
  context.state.messages[id] = { ownerId, folder: target.folder, message };
}

// ---------- reading mail ----------

function listMessages(context: HandlerContext): GraphResponse {
  const user = requireOwnMailbox(context, paramOf(context, 'userId'));
  return messagesResponse(context, user, undefined, `users('${userIdOf(user)}')/messages`);
}

function listFolderMessages(context: HandlerContext): GraphResponse {
  const user = requireOwnMailbox(context, paramOf(context, 'userId'));
  const folder = resolveFolder(userIdOf(user), paramOf(context, 'folderId'));
  const path = `users('${userIdOf(user)}')/mailFolders('${paramOf(context, 'folderId')}')/messages`;
  return messagesResponse(context, user, folder, path);
}

/**
 * A page of a mailbox's messages, newest first unless the client orders them, bodies in the
 * format the `Prefer: outlook.body-content-type` header asks for (HTML by default).
 */
function messagesResponse(
  context: HandlerContext,
  user: StoredUser,
  folder: string | undefined,
  contextPath: string,
): GraphResponse {
  const ownerId = userIdOf(user);
  const items = mailboxMessages(context.state, ownerId, folder);
  const bodyType = preferredBodyType(context);
  const select = context.request.query.get('$select');
  const response = collectionResponse(context.request, context.graphBaseUrl, items, {
    defaultPageSize: MESSAGES_PAGE_SIZE,
    context: odataContext(context, `${contextPath}${selectProjection(select)}`),
    project: (message) => presentMessage(message, bodyType, select),
  });
  const headers = preferenceHeaders(context, bodyType);
  if (!isCountRequested(context.request)) return { ...response, headers };
  return { ...withCount(response, items, context.request), headers };
}

/** The mailbox's messages (of one folder), newest first: the order Outlook lists them in. */
function mailboxMessages(
  state: EmulatorState,
  ownerId: string,
  folder: string | undefined,
): GraphJson[] {
  return Object.values(state.messages)
    .filter((stored) => stored.ownerId === ownerId)
    .filter((stored) => folder === undefined || stored.folder === folder)
    .map(withParentFolder)
    .reverse()
    .sort((left, right) => receivedMs(right) - receivedMs(left));
}

/** The message JSON, naming its folder even when it was stored without (seeded mail). */
function withParentFolder(stored: StoredMessage): GraphJson {
  if (stored.message.parentFolderId !== undefined) return stored.message;
  return { ...stored.message, parentFolderId: folderIdOf(stored.ownerId, stored.folder) };
}

function receivedMs(message: GraphJson): number {
  return Date.parse(String(message.receivedDateTime ?? '')) || 0;
}

function getMessage(context: HandlerContext): GraphResponse {
  const user = requireOwnMailbox(context, paramOf(context, 'userId'));
  const ownerId = userIdOf(user);
  const stored = context.state.messages[paramOf(context, 'messageId')];
  const folderParam = context.params.folderId;
  const folder = folderParam === undefined ? undefined : resolveFolder(ownerId, folderParam);
  if (!stored || stored.ownerId !== ownerId || (folder !== undefined && stored.folder !== folder)) {
    throw graphErrors.itemNotFound();
  }
  const bodyType = preferredBodyType(context);
  const select = context.request.query.get('$select');
  return {
    status: 200,
    headers: preferenceHeaders(context, bodyType),
    body: {
      '@odata.context': odataContext(
        context,
        `users('${ownerId}')/messages${selectProjection(select)}/$entity`,
      ),
      ...presentMessage(withParentFolder(stored), bodyType, select),
    },
  };
}

function getMailFolder(context: HandlerContext): GraphResponse {
  const user = requireOwnMailbox(context, paramOf(context, 'userId'));
  const ownerId = userIdOf(user);
  const folder = resolveFolder(ownerId, paramOf(context, 'folderId'));
  const messages = Object.values(context.state.messages).filter(
    (stored) => stored.ownerId === ownerId && stored.folder === folder,
  );
  const folderJson: GraphJson = {
    id: folderIdOf(ownerId, folder),
    displayName: WELL_KNOWN_FOLDERS[folder] ?? folder,
    parentFolderId: folderIdOf(ownerId, 'msgfolderroot'),
    childFolderCount: 0,
    unreadItemCount: messages.filter((stored) => stored.message.isRead !== true).length,
    totalItemCount: messages.length,
    isHidden: false,
  };
  const folderContext = odataContext(context, `users('${ownerId}')/mailFolders/$entity`);
  return entityResponse(context.request, folderContext, folderJson);
}

// ---------- folders ----------

/** A folder's id in one mailbox: opaque to clients, stable across restarts. */
function folderIdOf(ownerId: string, wellKnownName: string): string {
  return `AQMk${Buffer.from(`${ownerId}:${wellKnownName}`).toString('base64url')}`;
}

/** A well-known folder name (any case) or a folder id of this mailbox → the well-known name. */
function resolveFolder(ownerId: string, idOrName: string): string {
  const lower = idOrName.toLowerCase();
  if (WELL_KNOWN_FOLDERS[lower] !== undefined) return lower;
  const byId = Object.keys(WELL_KNOWN_FOLDERS).find(
    (name) => folderIdOf(ownerId, name) === idOrName,
  );
  if (byId === undefined) throw graphErrors.itemNotFound();
  return byId;
}

// ---------- presentation ----------

type BodyType = 'html' | 'text';

const BODY_CONTENT_TYPE_PREFERENCE = 'outlook.body-content-type';

/** The body format the client asked for with `Prefer: outlook.body-content-type`, if any. */
function askedBodyType(context: HandlerContext): BodyType | undefined {
  const asked = preferenceOf(context.request, BODY_CONTENT_TYPE_PREFERENCE)?.toLowerCase();
  return asked === 'text' || asked === 'html' ? asked : undefined;
}

/** `Prefer: outlook.body-content-type="text"` asks for text bodies; HTML is the default. */
function preferredBodyType(context: HandlerContext): BodyType {
  return askedBodyType(context) ?? 'html';
}

/** Graph confirms the body format with `Preference-Applied` only when the client asked for one. */
function preferenceHeaders(context: HandlerContext, bodyType: BodyType): Record<string, string> {
  const asked = askedBodyType(context) !== undefined;
  return asked ? preferenceApplied(BODY_CONTENT_TYPE_PREFERENCE, bodyType) : {};
}

function presentMessage(message: GraphJson, bodyType: BodyType, select: string | null): GraphJson {
  const shown: GraphJson = Object.fromEntries(
    Object.entries(message).filter(([key]) => select || !SELECT_ONLY_PROPERTIES.includes(key)),
  );
  if (isPlainObject(message.body)) shown.body = bodyAs(message.body, bodyType);
  return applySelect(shown, select);
}

function bodyAs(body: GraphJson, wanted: BodyType): GraphJson {
  const content = String(body.content ?? '');
  if (body.contentType === wanted) return { contentType: wanted, content };
  return wanted === 'html'
    ? { contentType: 'html', content: textToHtml(content) }
    : { contentType: 'text', content: htmlToText(content) };
}

/** Exchange serves a text body as HTML: escaped, line breaks kept, in an HTML document. */
function textToHtml(text: string): string {
  const escaped = escapeHtml(text).replace(/\r?\n/g, '<br>\r\n');
  return `<html><head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div>${escaped}</div></body></html>`;
}

function htmlToText(html: string): string {
  const text = html
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|tr)>/gi, '\n')
    .replace(/<[^>]+>/g, '');
  return decodeEntities(text)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The first 255 characters of the body's text, as Graph's `bodyPreview`. */
function previewOf(body: GraphJson): string {
  const content = String(body.content ?? '');
  const text = body.contentType === 'html' ? htmlToText(content) : content;
  return text.replace(/\s+/g, ' ').trim().slice(0, 255);
}

// ---------- helpers ----------

function mailDomainOf(user: StoredUser, state: EmulatorState): string {
  return userEmailAddress(user).address.split('@')[1] ?? state.tenant.domain;
}

/** The Outlook on the web link of a message (`webLink`); the seeded mail has it too. */
export function messageWebLink(id: string): string {
  return `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(id)}&exvsurl=1&viewmodel=ReadMessageItem`;
}

/** 32 hex digits from a fresh id, for Internet message ids and conversation indexes. */
function compactId(context: HandlerContext): string {
  return context.newId().replace(/-/g, '').toUpperCase();
}

export const mailRoutes: RouteDefinition[] = [
  { method: 'POST', path: '/users/{userId}/sendMail', handler: sendMail },
  { method: 'GET', path: '/users/{userId}/messages', handler: listMessages },
  { method: 'GET', path: '/users/{userId}/messages/{messageId}', handler: getMessage },
  { method: 'GET', path: '/users/{userId}/mailFolders/{folderId}', handler: getMailFolder },
  {
    method: 'GET',
    path: '/users/{userId}/mailFolders/{folderId}/messages',
    handler: listFolderMessages,
  },
  {
    method: 'GET',
    path: '/users/{userId}/mailFolders/{folderId}/messages/{messageId}',
    handler: getMessage,
  },
];
