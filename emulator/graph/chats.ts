import { resolveUser, userIdOf } from '../core/access';
import { escapeHtml } from '../../src/domain/html';
import { graphErrors } from '../core/errors';
import { paramOf } from '../core/handlerHelpers';
import { aadUserIdentity } from '../core/identities';
import {
  collectionResponse,
  evaluateFilter,
  expandedNavigations,
  MAX_TOP,
  odataContext,
} from '../core/odata';
import type { FilterNode } from '../core/odata';
import type { GraphJson, StoredChat } from '../core/state';
import type { GraphResponse, HandlerContext, RouteDefinition } from '../core/types';
import {
  currentAppDefinition,
  findCatalogApp,
  teamsAppIdFromBind,
  teamsAppSummary,
  withoutBindings,
} from './appCatalogs';

/**
 * Chats (`/chats/{id}`, `/users/{id}/chats`), their messages, installed apps and tabs. A caller
 * reaches only the chats they are a member of. Meeting chats are created with their online
 * meeting (see `provisionOnlineMeeting`).
 */

/** Graph caps chat and message pages at 50. */
const CHAT_PAGE_LIMIT = 50;
const CHAT_NAVIGATIONS = ['members', 'lastMessagePreview'] as const;
const INSTALLATION_NAVIGATIONS = ['teamsApp', 'teamsAppDefinition'] as const;
const TAB_NAVIGATIONS = ['teamsApp'] as const;
const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

// ---------- access ----------

/** The chat, which the caller must be a member of (404 when unknown, 403 otherwise). */
function requireChatMember(context: HandlerContext): StoredChat {
  requireOwnUserPath(context);
  const chatId = paramOf(context, 'chatId');
  const chat = context.state.chats[chatId];
  if (!chat) throw graphErrors.notFound(`The chat '${chatId}' was not found.`, 'NotFound');
  if (!chat.memberIds.includes(context.callerId)) {
    throw graphErrors.accessDenied(
      'Access denied: the signed-in user is not a member of this chat.',
    );
  }
  return chat;
}

/** In `/users/{userId}/chats/...` the user must be the caller (delegated permissions). */
function requireOwnUserPath(context: HandlerContext): void {
  const userId = context.params.userId;
  if (userId === undefined) return;
  if (userIdOf(resolveUser(context.state, userId)) !== context.callerId) {
    throw graphErrors.accessDenied('Access denied: a user can list only their own chats.');
  }
}

function chatPath(context: HandlerContext, chat: StoredChat): string {
  return odataContext(context, `chats('${encodeURIComponent(String(chat.chat.id))}')`);
}

/** One item of a chat's `segment` (`messages`, `installedApps`, `tabs`) with its `@odata.context`. */
function chatItemResponse(
  context: HandlerContext,
  chat: StoredChat,
  segment: string,
  item: GraphJson,
  status = 200,
): GraphResponse {
  return {
    status,
    body: { '@odata.context': `${chatPath(context, chat)}/${segment}/$entity`, ...item },
  };
}

/** A chat's `members`, `installedApps` or `tabs`: one page of up to 999, each through `view`. */
function chatItemsResponse(
  context: HandlerContext,
  chat: StoredChat,
  segment: string,
  items: readonly GraphJson[],
  view?: (item: GraphJson) => GraphJson,
): GraphResponse {
  return collectionResponse(context.request, context.graphBaseUrl, items, {
    defaultPageSize: MAX_TOP,
    context: `${chatPath(context, chat)}/${segment}`,
    ...(view ? { project: view } : {}),
  });
}

/** The item of a chat's collection with the `{param}` id of the path, or Graph's 404. */
function findChatItem(
  context: HandlerContext,
  items: readonly GraphJson[],
  param: string,
  what: string,
): GraphJson {
  const id = paramOf(context, param);
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw graphErrors.notFound(`The ${what} '${id}' was not found.`, 'NotFound');
  return item;
}

/** `$top` for chats and messages: 1–50, as Graph allows. */
function checkPageSize(context: HandlerContext): void {
  const raw = context.request.query.get('$top');
  if (raw === null) return;
  const top = Number(raw);
  if (!Number.isInteger(top) || top < 1 || top > CHAT_PAGE_LIMIT) {
    throw graphErrors.badRequest(
      `Invalid page size specified: '${raw}'. Must be between 1 and ${CHAT_PAGE_LIMIT} inclusive.`,
    );
  }
}

// ---------- chats ----------

function memberOf(context: HandlerContext, chat: StoredChat, userId: string): GraphJson {
  const user = context.state.users[userId]?.user;
  const tenantId = context.state.tenant.id;
  return {
    '@odata.type': '#microsoft.graph.aadUserConversationMember',
    id: Buffer.from(`1#${tenantId}#${String(chat.chat.id)}#${userId}`).toString('base64'),
    roles: ['owner'],
    displayName: user ? String(user.displayName) : null,
    visibleHistoryStartDateTime: '0001-01-01T00:00:00Z',
    userId,
    email: user ? (user.mail ?? null) : null,
    tenantId,
  };
}

function lastMessagePreviewOf(chat: StoredChat): GraphJson | null {
  const last = newestFirst(chat.messages)[0];
  if (!last) return null;
  return {
    id: last.id,
    createdDateTime: last.createdDateTime,
    isDeleted: false,
    messageType: last.messageType,
    eventDetail: null,
    body: last.body,
    from: last.from,
  };
}

function chatView(context: HandlerContext, chat: StoredChat, expand: Set<string>): GraphJson {
  const view: GraphJson = { ...chat.chat };
  if (expand.has('members')) {
    view.members = chat.memberIds.map((userId) => memberOf(context, chat, userId));
  }
  if (expand.has('lastmessagepreview')) view.lastMessagePreview = lastMessagePreviewOf(chat);
  return view;
}

function getChat(context: HandlerContext): GraphResponse {
  const chat = requireChatMember(context);
  const expand = expandedNavigations(context.request, CHAT_NAVIGATIONS, 'chat');
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(context, 'chats/$entity'),
      ...chatView(context, chat, expand),
    },
  };
}

/** `GET /users/{id}/chats`: the caller's chats, most recently updated first. */
function listChats(context: HandlerContext): GraphResponse {
  requireOwnUserPath(context);
  checkPageSize(context);
  const expand = expandedNavigations(context.request, CHAT_NAVIGATIONS, 'chat');
  const mine = Object.values(context.state.chats)
    .filter((chat) => chat.memberIds.includes(context.callerId))
    .sort((a, b) =>
      String(b.chat.lastUpdatedDateTime).localeCompare(String(a.chat.lastUpdatedDateTime)),
    );
  const byId = new Map(mine.map((chat) => [String(chat.chat.id), chat]));
  return collectionResponse(
    context.request,
    context.graphBaseUrl,
    mine.map((chat) => chat.chat),
    {
      defaultPageSize: CHAT_PAGE_LIMIT,
      context: odataContext(context, 'chats'),
      project: (item) => {
        const chat = byId.get(String(item.id));
        return chat ? chatView(context, chat, expand) : item;
      },
    },
  );
}

function listMembers(context: HandlerContext): GraphResponse {
  const chat = requireChatMember(context);
  const members = chat.memberIds.map((userId) => memberOf(context, chat, userId));
  return chatItemsResponse(context, chat, 'members', members);
}

// ---------- messages ----------

function newestFirst(messages: readonly GraphJson[]): GraphJson[] {
  return [...messages].sort((a, b) => Number(b.id) - Number(a.id));
}

/**
 * Teams message ids are the creation time in epoch milliseconds. Two messages in the same
 * millisecond (a fixed test clock) get consecutive ids, so ids stay unique and ordered.
 */
function nextMessageId(chat: StoredChat, nowMs: number): number {
  const newest = chat.messages.reduce((max, message) => Math.max(max, Number(message.id) || 0), 0);
  return Math.max(nowMs, newest + 1);
}

interface Mention {
  readonly id: number;
  readonly mentionText: string;
  readonly raw: GraphJson;
}

function mentionsOf(body: GraphJson): Mention[] {
  const mentions = body.mentions;
  if (mentions === undefined || mentions === null) return [];
  if (!Array.isArray(mentions)) throw graphErrors.badRequest('mentions must be a collection.');
  return mentions.map((mention: unknown) => {
    const raw = (mention ?? {}) as GraphJson;
    if (typeof raw.id !== 'number' || !Number.isInteger(raw.id)) {
      throw graphErrors.badRequest('Each mention must have an integer id.');
    }
    return { id: raw.id, mentionText: String(raw.mentionText ?? ''), raw };
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `<at id="N">mentionText</at>` (quotes optional). The text may be as sent or HTML-escaped, with
 * apostrophes escaped (`&#39;`, as the app's `escapeHtml` writes them) or left as they are.
 */
function hasMentionMarker(text: string, mention: Mention): boolean {
  const escaped = escapeHtml(mention.mentionText);
  const forms = new Set([mention.mentionText, escaped, escaped.replace(/&#39;/g, "'")]);
  const texts = [...forms].map(escapeRegExp);
  const pattern = new RegExp(
    `<at\\s+id\\s*=\\s*(["']?)${mention.id}\\1\\s*>(?:${texts.join('|')})</at>`,
    'i',
  );
  return pattern.test(text);
}

/** The ids of every `<at id="N">` element in the text. */
function atIdsIn(text: string): number[] {
  return [...text.matchAll(/<at\s+id\s*=\s*["']?(\d+)["']?\s*>/gi)].map((match) =>
    Number(match[1]),
  );
}

/** Every string inside the adaptive cards' JSON: a mention may sit in a card's text. */
function adaptiveCardTexts(attachments: readonly GraphJson[]): string[] {
  const texts: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const attachment of attachments) {
    if (attachment.contentType !== ADAPTIVE_CARD || typeof attachment.content !== 'string')
      continue;
    try {
      collect(JSON.parse(attachment.content));
    } catch {
      // Reported by checkAttachments.
    }
  }
  return texts;
}

/**
 * Graph's mention rules: every mention needs its `<at id="N">mentionText</at>` marker in the
 * body (or in an adaptive card), and every `<at id="N">` in the body needs its mention.
 */
function checkMentions(
  content: string,
  contentType: string,
  mentions: readonly Mention[],
  attachments: readonly GraphJson[],
): void {
  if (mentions.length > 0 && contentType !== 'html') {
    throw graphErrors.badRequest(
      "Mentions are supported only in messages whose body contentType is 'html'.",
    );
  }
  const cardTexts = adaptiveCardTexts(attachments);
  for (const mention of mentions) {
    const found = [content, ...cardTexts].some((text) => hasMentionMarker(text, mention));
    if (!found) {
      throw graphErrors.badRequest(
        `Neither Body nor adaptive card content contains marker for mention with Id '${mention.id}'. ` +
          `Add '<at id="${mention.id}">${mention.mentionText}</at>' to the body or an adaptive card.`,
      );
    }
  }
  const mentionIds = new Set(mentions.map((mention) => mention.id));
  for (const id of atIdsIn(content)) {
    if (!mentionIds.has(id)) {
      throw graphErrors.badRequest(
        `Body contains marker for mention with Id '${id}', but mentions has no mention with that Id.`,
      );
    }
  }
}

/** The ids of every `<attachment id="…">` element in the body. */
function attachmentIdsIn(content: string): string[] {
  return [...content.matchAll(/<attachment\s+id\s*=\s*["']([^"']*)["']\s*\/?>/gi)].map(
    (match) => match[1] ?? '',
  );
}

/**
 * Attachments must be referenced from the body by `<attachment id="…"></attachment>` and vice
 * versa; a card's `content` is its JSON as a string, which must parse.
 */
function checkAttachments(content: string, attachments: readonly GraphJson[]): GraphJson[] {
  const referenced = new Set(attachmentIdsIn(content));
  const normalised = attachments.map((attachment) => {
    const id = attachment.id;
    if (typeof id !== 'string' || id === '') {
      throw graphErrors.badRequest('Each attachment must have an id.');
    }
    if (!referenced.has(id)) {
      throw graphErrors.badRequest(
        `Attachment with Id '${id}' is not referenced in the message body. Add '<attachment id="${id}"></attachment>' to the body.`,
      );
    }
    const isCard = String(attachment.contentType ?? '').startsWith(
      'application/vnd.microsoft.card.',
    );
    if (isCard && !isJsonText(attachment.content)) {
      throw graphErrors.badRequest(`Failed to process content in attachment with Id '${id}'.`);
    }
    return {
      id,
      contentType: attachment.contentType ?? null,
      contentUrl: attachment.contentUrl ?? null,
      content: attachment.content ?? null,
      name: attachment.name ?? null,
      thumbnailUrl: attachment.thumbnailUrl ?? null,
      teamsAppId: attachment.teamsAppId ?? null,
    };
  });
  const known = new Set(normalised.map((attachment) => attachment.id));
  for (const id of referenced) {
    if (!known.has(id)) {
      throw graphErrors.badRequest(
        `Message body references attachment with Id '${id}', which is not in attachments.`,
      );
    }
  }
  return normalised;
}

function isJsonText(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed !== null && typeof parsed === 'object';
  } catch {
    return false;
  }
}

function mentionView(mention: Mention): GraphJson {
  const mentioned = (mention.raw.mentioned ?? {}) as GraphJson;
  return {
    id: mention.id,
    mentionText: mention.mentionText,
    mentioned: { application: null, device: null, conversation: null, ...mentioned },
  };
}

/** `POST /chats/{id}/messages`: 201 with the message as Graph stores it. */
function postMessage(context: HandlerContext): GraphResponse {
  const chat = requireChatMember(context);
  const body = context.validateBody('microsoft.graph.chatMessage', context.request.body ?? {});
  const itemBody = (body.body ?? null) as GraphJson | null;
  if (!itemBody || typeof itemBody.content !== 'string') {
    throw graphErrors.badRequest('The message body is required: send body.content.');
  }
  const contentType = String(itemBody.contentType ?? 'text').toLowerCase();
  const content = itemBody.content;
  const rawAttachments = Array.isArray(body.attachments) ? (body.attachments as GraphJson[]) : [];
  const mentions = mentionsOf(body);
  checkMentions(content, contentType, mentions, rawAttachments);
  const attachments = checkAttachments(content, rawAttachments);
  if (content.trim() === '' && attachments.length === 0) {
    throw graphErrors.badRequest('The message body cannot be empty.');
  }

  const id = nextMessageId(chat, context.now().getTime());
  const created = new Date(id).toISOString();
  const message: GraphJson = {
    id: String(id),
    replyToId: null,
    etag: String(id),
    messageType: 'message',
    createdDateTime: created,
    lastModifiedDateTime: created,
    lastEditedDateTime: null,
    deletedDateTime: null,
    subject: typeof body.subject === 'string' ? body.subject : null,
    summary: typeof body.summary === 'string' ? body.summary : null,
    chatId: chat.chat.id,
    importance: typeof body.importance === 'string' ? body.importance : 'normal',
    locale: 'en-us',
    webUrl: null,
    channelIdentity: null,
    policyViolation: null,
    eventDetail: null,
    from: {
      application: null,
      device: null,
      user: aadUserIdentity(context.callerId, String(context.caller.user.displayName ?? '')),
    },
    body: { contentType, content },
    attachments,
    mentions: mentions.map(mentionView),
    reactions: [],
    messageHistory: [],
  };
  chat.messages.push(message);
  context.markChanged();
  return chatItemResponse(context, chat, 'messages', message, 201);
}

/** Graph sorts chat messages newest first by `lastModifiedDateTime` or `createdDateTime` only. */
const MESSAGE_ORDERS = ['lastmodifieddatetime desc', 'createddatetime desc'];

/**
 * `GET /chats/{id}/messages`: newest first, at most 50 a page. `$filter` applies only with an
 * `$orderby` on the same property (as Graph documents); otherwise it is ignored.
 */
function listMessages(context: HandlerContext): GraphResponse {
  const chat = requireChatMember(context);
  checkPageSize(context);
  const orderBy = context.request.query.get('$orderby');
  const order = orderBy?.trim().replace(/\s+/g, ' ').toLowerCase();
  if (order !== undefined && !MESSAGE_ORDERS.includes(order)) {
    throw graphErrors.badRequest(
      `The $orderby '${orderBy}' is not supported: use lastModifiedDateTime desc or createdDateTime desc.`,
    );
  }
  const orderProperty = order?.split(' ')[0];
  const filter = (items: GraphJson[], tree: FilterNode) =>
    orderProperty !== undefined && filterReadsOnly(tree, orderProperty)
      ? items.filter((item) => evaluateFilter(tree, item))
      : items;
  return collectionResponse(context.request, context.graphBaseUrl, newestFirst(chat.messages), {
    defaultPageSize: CHAT_PAGE_LIMIT,
    filter,
    context: `${chatPath(context, chat)}/messages`,
  });
}

function filterReadsOnly(tree: FilterNode, property: string): boolean {
  switch (tree.kind) {
    case 'and':
    case 'or':
      return filterReadsOnly(tree.left, property) && filterReadsOnly(tree.right, property);
    case 'not':
      return filterReadsOnly(tree.operand, property);
    case 'compare':
      return [tree.left, tree.right].every(
        (operand) =>
          operand.kind === 'literal' || operand.path.join('/').toLowerCase() === property,
      );
    default:
      return false;
  }
}

function getMessage(context: HandlerContext): GraphResponse {
  const chat = requireChatMember(context);
  const message = findChatItem(context, chat.messages, 'messageId', 'message');
  return chatItemResponse(context, chat, 'messages', message);
}

// ---------- installed apps ----------

function readAppId(installation: GraphJson): string | undefined {
  const teamsApp = installation.teamsApp as GraphJson | undefined;
  return teamsApp && typeof teamsApp.id === 'string' ? teamsApp.id : undefined;
}

function installationView(installation: GraphJson, expand: Set<string>): GraphJson {
  const view: GraphJson = { ...installation };
  if (!expand.has('teamsapp')) delete view.teamsApp;
  if (!expand.has('teamsappdefinition')) delete view.teamsAppDefinition;
  return view;
}

/**
 * `POST /chats/{id}/installedApps` with `teamsApp@odata.bind`: 201 without a body. Installing an
 * app twice is 409; an app the catalog does not have is 404.
 */
function installApp(context: HandlerContext): GraphResponse {
  const chat = requireChatMember(context);
  const appId = teamsAppIdFromBind(context.request.body);
  const settable = context.validateBody(
    'microsoft.graph.teamsAppInstallation',
    withoutBindings(context.request.body),
  );
  const app = findCatalogApp(context.state, appId);
  if (!app) {
    throw graphErrors.notFound(
      `The teamsApp '${appId}' was not found in the app catalog.`,
      'NotFound',
    );
  }
  const catalogId = String(app.id);
  if (chat.installedApps.some((installation) => readAppId(installation) === catalogId)) {
    throw graphErrors.conflict(
      `The app '${catalogId}' is already installed in this chat.`,
      'Conflict',
    );
  }
  const installation: GraphJson = {
    id: Buffer.from(`${String(chat.chat.id)}##${catalogId}`).toString('base64'),
    consentedPermissionSet: settable.consentedPermissionSet ?? null,
    teamsApp: teamsAppSummary(app),
    teamsAppDefinition: currentAppDefinition(app),
  };
  chat.installedApps.push(installation);
  context.markChanged();
  return { status: 201 };
}

function installationExpand(context: HandlerContext): Set<string> {
  return expandedNavigations(context.request, INSTALLATION_NAVIGATIONS, 'teamsAppInstallation');
}

/**
 * `GET /chats/{id}/installedApps`: `$expand=teamsApp,teamsAppDefinition`; `$filter` may read
 * `teamsApp/externalId` or `teamsApp/id` whether or not they are expanded.
 */
function listInstalledApps(context: HandlerContext): GraphResponse {
  const chat = requireChatMember(context);
  const expand = installationExpand(context);
  return chatItemsResponse(context, chat, 'installedApps', chat.installedApps, (installation) =>
    installationView(installation, expand),
  );
}

function findInstallation(context: HandlerContext, chat: StoredChat): GraphJson {
  return findChatItem(context, chat.installedApps, 'installationId', 'app installation');
}

function getInstalledApp(context: HandlerContext): GraphResponse {
  const chat = requireChatMember(context);
  const expand = installationExpand(context);
  const installation = findInstallation(context, chat);
  return chatItemResponse(context, chat, 'installedApps', installationView(installation, expand));
}

/** Uninstalling an app also unpins its tabs, as Teams does. */
function uninstallApp(context: HandlerContext): GraphResponse {
  const chat = requireChatMember(context);
  const installation = findInstallation(context, chat);
  const appId = readAppId(installation);
  chat.installedApps = chat.installedApps.filter((candidate) => candidate !== installation);
  chat.tabs = chat.tabs.filter((tab) => readAppId(tab) !== appId);
  context.markChanged();
  return { status: 204 };
}

// ---------- tabs ----------

function tabView(tab: GraphJson, expand: Set<string>): GraphJson {
  const view: GraphJson = { ...tab };
  if (!expand.has('teamsapp')) delete view.teamsApp;
  return view;
}

function tabWebUrl(context: HandlerContext, chat: StoredChat, app: GraphJson, tabId: string) {
  const entity = String(app.externalId ?? app.id);
  const tabContext = encodeURIComponent(
    JSON.stringify({ context: 'chat', chatId: String(chat.chat.id), subEntityId: null }),
  );
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(entity)}/_djb2_msteams_prefix_${tabId}?context=${tabContext}&tenantId=${context.state.tenant.id}`;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/**
 * `POST /chats/{id}/tabs`: pins a tab of an app that is installed in the chat (Graph answers
 * 400 otherwise). 201 with the tab.
 */
function addTab(context: HandlerContext): GraphResponse {
  const chat = requireChatMember(context);
  const appId = teamsAppIdFromBind(context.request.body);
  const body = context.validateBody(
    'microsoft.graph.teamsTab',
    withoutBindings(context.request.body),
  );
  if (typeof body.displayName !== 'string' || body.displayName.trim() === '') {
    throw graphErrors.badRequest('The tab needs a displayName.');
  }
  const app = findCatalogApp(context.state, appId);
  const installed =
    app !== undefined &&
    chat.installedApps.some((installation) => readAppId(installation) === String(app.id));
  if (!app || !installed) {
    throw graphErrors.badRequest(
      `App id ${appId} needs to be installed to the chat ${String(chat.chat.id)} and be in an unblocked state to install/update a tab`,
    );
  }
  const configuration = (body.configuration ?? {}) as GraphJson;
  const id = context.newId();
  const tab: GraphJson = {
    id,
    displayName: body.displayName,
    webUrl: tabWebUrl(context, chat, app, id),
    configuration: {
      entityId: stringOrNull(configuration.entityId),
      contentUrl: stringOrNull(configuration.contentUrl),
      websiteUrl: stringOrNull(configuration.websiteUrl),
      removeUrl: stringOrNull(configuration.removeUrl),
    },
    teamsApp: teamsAppSummary(app),
  };
  chat.tabs.push(tab);
  context.markChanged();
  return chatItemResponse(context, chat, 'tabs', tabView(tab, tabExpand(context)), 201);
}

function tabExpand(context: HandlerContext): Set<string> {
  return expandedNavigations(context.request, TAB_NAVIGATIONS, 'teamsTab');
}

function listTabs(context: HandlerContext): GraphResponse {
  const chat = requireChatMember(context);
  const expand = tabExpand(context);
  return chatItemsResponse(context, chat, 'tabs', chat.tabs, (tab) => tabView(tab, expand));
}

function findTab(context: HandlerContext, chat: StoredChat): GraphJson {
  return findChatItem(context, chat.tabs, 'tabId', 'tab');
}

function getTab(context: HandlerContext): GraphResponse {
  const chat = requireChatMember(context);
  const expand = tabExpand(context);
  return chatItemResponse(context, chat, 'tabs', tabView(findTab(context, chat), expand));
}

function deleteTab(context: HandlerContext): GraphResponse {
  const chat = requireChatMember(context);
  const tab = findTab(context, chat);
  chat.tabs = chat.tabs.filter((candidate) => candidate !== tab);
  context.markChanged();
  return { status: 204 };
}

// ---------- routes ----------

/** Chat routes under `/chats/{chatId}` also answer under `/users/{userId}/chats/{chatId}`. */
function chatScoped(
  method: RouteDefinition['method'],
  suffix: string,
  handler: RouteDefinition['handler'],
): RouteDefinition[] {
  return [
    { method, path: `/chats/{chatId}${suffix}`, handler },
    { method, path: `/users/{userId}/chats/{chatId}${suffix}`, handler },
  ];
}

export const chatRoutes: RouteDefinition[] = [
  { method: 'GET', path: '/users/{userId}/chats', handler: listChats },
  ...chatScoped('GET', '', getChat),
  ...chatScoped('GET', '/members', listMembers),
  ...chatScoped('GET', '/messages', listMessages),
  ...chatScoped('POST', '/messages', postMessage),
  ...chatScoped('GET', '/messages/{messageId}', getMessage),
  ...chatScoped('GET', '/installedApps', listInstalledApps),
  ...chatScoped('POST', '/installedApps', installApp),
  ...chatScoped('GET', '/installedApps/{installationId}', getInstalledApp),
  ...chatScoped('DELETE', '/installedApps/{installationId}', uninstallApp),
  ...chatScoped('GET', '/tabs', listTabs),
  ...chatScoped('POST', '/tabs', addTab),
  ...chatScoped('GET', '/tabs/{tabId}', getTab),
  ...chatScoped('DELETE', '/tabs/{tabId}', deleteTab),
];
