import {
  isGroupMember,
  requireGroupMember,
  requireOwnMailbox,
  resolveUser,
  userIdOf,
} from '../core/access';
import { GraphHttpError, graphErrors } from '../core/errors';
import { enumSpelling, isPlainObject, objectBody, paramOf } from '../core/handlerHelpers';
import {
  applySelect,
  collectionResponse,
  entityResponse,
  isCountRequested,
  odataContext,
  parseFilter,
  selectedNames,
  selectProjection,
  withCount,
} from '../core/odata';
import type { FilterNode } from '../core/odata';
import type { GraphJson, StoredGroup, StoredUser } from '../core/state';
import type { GraphResponse, HandlerContext, RouteDefinition } from '../core/types';
import { isKnownTimeZone } from '../../src/domain/timeZone';

/**
 * People, groups and teams: user profiles (`/users`, `/me`), the teams a user joined, a group, its
 * members and team, and the signed-in user's mailbox settings.
 */

/** Graph's page size for `/users` and `/groups/{id}/members` when the client sends no `$top`. */
const DIRECTORY_PAGE_SIZE = 100;

/**
 * The properties Graph v1.0 returns for a user when the client sends no `$select`; any other
 * property (department, ...) must be asked for with `$select`.
 */
const DEFAULT_USER_PROPERTIES = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
] as const;

// ---------- users ----------

/** The user JSON as Graph returns it: the default properties, or the `$select`ed ones. */
function presentUser(user: GraphJson, select: string | null): GraphJson {
  if (select) {
    // A selected property the user has no value for is returned as null, as Graph does.
    const stored = new Set(Object.keys(user).map((key) => key.toLowerCase()));
    const missing = selectedNames(select).filter((name) => !stored.has(name.toLowerCase()));
    const withNulls: GraphJson = {
      ...user,
      ...Object.fromEntries(missing.map((name) => [name, null])),
    };
    return applySelect(withNulls, select);
  }
  return Object.fromEntries(
    DEFAULT_USER_PROPERTIES.map((name) => [
      name,
      user[name] ?? (name === 'businessPhones' ? [] : null),
    ]),
  );
}

/** `users/$entity`, or `users(displayName,mail)/$entity` when the client selected properties. */
function usersContext(context: HandlerContext, suffix: string): string {
  const projection = selectProjection(context.request.query.get('$select'));
  return odataContext(context, `users${projection}${suffix}`);
}

function getUser(context: HandlerContext): GraphResponse {
  const stored = resolveUser(context.state, paramOf(context, 'userId'));
  const select = context.request.query.get('$select');
  return {
    status: 200,
    body: {
      '@odata.context': usersContext(context, '/$entity'),
      ...presentUser(stored.user, select),
    },
  };
}

/**
 * Directory queries that Graph answers only as "advanced queries": `ne`, `not` and `endsWith`
 * need the `ConsistencyLevel: eventual` header and `$count=true`, or Graph refuses them.
 */
function needsAdvancedQuery(node: FilterNode): boolean {
  switch (node.kind) {
    case 'or':
    case 'and':
      return needsAdvancedQuery(node.left) || needsAdvancedQuery(node.right);
    case 'not':
      return true;
    case 'compare':
      return node.op === 'ne';
    case 'in':
      return false;
    case 'call':
      return node.name === 'endswith';
  }
}

function isAdvancedQueryRequest(context: HandlerContext): boolean {
  const consistency = context.request.headers['consistencylevel'] ?? '';
  return consistency.toLowerCase() === 'eventual' && isCountRequested(context.request);
}

function unsupportedQuery(): GraphHttpError {
  return new GraphHttpError({
    status: 400,
    code: 'Request_UnsupportedQuery',
    message: 'Unsupported Query.',
  });
}

/**
 * A directory collection (`/users`, `/groups/{id}/members`): filters on the full user objects,
 * pages, then presents each user with its default or selected properties. `$count=true` adds
 * `@odata.count`, which Graph allows only with `ConsistencyLevel: eventual`.
 */
function directoryCollection(
  context: HandlerContext,
  users: readonly GraphJson[],
  options: { context: string; typeAnnotation?: string },
): GraphResponse {
  const filterText = context.request.query.get('$filter');
  if (filterText && needsAdvancedQuery(parseFilter(filterText)) && !isAdvancedQueryRequest(context))
    throw unsupportedQuery();
  if (isCountRequested(context.request) && !isAdvancedQueryRequest(context)) {
    throw graphErrors.badRequest(
      'The ConsistencyLevel header set to eventual is required with $count.',
      'Request_BadRequest',
    );
  }
  const select = context.request.query.get('$select');
  const response = collectionResponse(context.request, context.graphBaseUrl, users, {
    defaultPageSize: DIRECTORY_PAGE_SIZE,
    context: options.context,
    project: (user) => {
      const presented = presentUser(user, select);
      return options.typeAnnotation
        ? { '@odata.type': options.typeAnnotation, ...presented }
        : presented;
    },
  });
  return isCountRequested(context.request) ? withCount(response, users, context.request) : response;
}

function listUsers(context: HandlerContext): GraphResponse {
  const users = Object.values(context.state.users).map((stored) => stored.user);
  return directoryCollection(context, users, { context: usersContext(context, '') });
}

// ---------- teams and groups ----------

/**
 * The teams of the groups the user belongs to. Under delegated permissions Graph answers this
 * only for the signed-in user; it returns just id, displayName and description of each team.
 */
function listJoinedTeams(context: HandlerContext): GraphResponse {
  const user = resolveUser(context.state, paramOf(context, 'userId'));
  const userId = userIdOf(user);
  if (userId !== context.callerId) {
    throw graphErrors.accessDenied(
      'Only the signed-in user can list their joined teams with delegated permissions.',
    );
  }
  const teams = Object.values(context.state.groups)
    .filter((group) => group.team !== undefined && isGroupMember(group, userId))
    .map((group) => joinedTeamOf(group, context.state.tenant.id));
  return collectionResponse(context.request, context.graphBaseUrl, teams, {
    defaultPageSize: DIRECTORY_PAGE_SIZE,
    context: odataContext(context, 'teams'),
  });
}

function joinedTeamOf(group: StoredGroup, tenantId: string): GraphJson {
  const team = group.team ?? {};
  return {
    id: team.id ?? group.group.id,
    displayName: team.displayName ?? group.group.displayName ?? null,
    description: team.description ?? group.group.description ?? null,
    isArchived: team.isArchived ?? false,
    tenantId,
  };
}

function getGroup(context: HandlerContext): GraphResponse {
  const group = requireGroupMember(context, paramOf(context, 'groupId'));
  const projection = selectProjection(context.request.query.get('$select'));
  const groupContext = odataContext(context, `groups${projection}/$entity`);
  return entityResponse(context.request, groupContext, group.group);
}

/** The group's direct members: users as `#microsoft.graph.user` directory objects. */
function listGroupMembers(context: HandlerContext): GraphResponse {
  const group = requireGroupMember(context, paramOf(context, 'groupId'));
  const members = group.memberIds
    .map((id) => context.state.users[id])
    .filter((stored): stored is StoredUser => stored !== undefined)
    .map((stored) => stored.user);
  return directoryCollection(context, members, {
    context: odataContext(context, 'directoryObjects'),
    typeAnnotation: '#microsoft.graph.user',
  });
}

/** `GET /groups/{id}/team` and `GET /teams/{id}` (a team's id is its group's id). */
function getTeam(context: HandlerContext): GraphResponse {
  const groupId = context.params.groupId ?? paramOf(context, 'teamId');
  const group = requireGroupMember(context, groupId);
  if (!group.team) {
    throw graphErrors.notFound(`No team found with Group Id ${groupId}`, 'NotFound');
  }
  return entityResponse(context.request, odataContext(context, 'teams/$entity'), group.team);
}

// ---------- mailbox settings ----------

function mailboxSettingsContext(context: HandlerContext, userId: string, suffix = ''): string {
  return odataContext(context, `users('${userId}')/mailboxSettings${suffix}`);
}

function getMailboxSettings(context: HandlerContext): GraphResponse {
  const user = requireOwnMailbox(context, paramOf(context, 'userId'));
  const settingsContext = mailboxSettingsContext(context, userIdOf(user));
  return entityResponse(context.request, settingsContext, user.mailboxSettings);
}

/**
 * `GET …/mailboxSettings/{property}`: a primitive setting comes back as `{ value }`, a complex
 * one as the object itself, each with its own `@odata.context`.
 */
function getMailboxSetting(context: HandlerContext): GraphResponse {
  const user = requireOwnMailbox(context, paramOf(context, 'userId'));
  const asked = paramOf(context, 'setting');
  const key = Object.keys(user.mailboxSettings).find(
    (name) => name.toLowerCase() === asked.toLowerCase(),
  );
  if (key === undefined) {
    throw graphErrors.badRequest(`Resource not found for the segment '${asked}'.`);
  }
  const value = user.mailboxSettings[key];
  const odataContext = mailboxSettingsContext(context, userIdOf(user), `/${key}`);
  const body = isPlainObject(value)
    ? { '@odata.context': odataContext, ...value }
    : { '@odata.context': odataContext, value: value ?? null };
  return { status: 200, body };
}

/**
 * `PATCH …/mailboxSettings`: validates the body against `microsoft.graph.mailboxSettings`, merges
 * only the properties sent (a nested setting such as `automaticRepliesSetting.status` alone keeps
 * the rest of that setting) and answers 200 with the settings.
 */
function updateMailboxSettings(context: HandlerContext): GraphResponse {
  const user = requireOwnMailbox(context, paramOf(context, 'userId'));
  const patch = normaliseSettingsPatch(
    context.validateBody('microsoft.graph.mailboxSettings', objectBody(context)),
  );
  checkSettingsPatch(patch, user.mailboxSettings);
  user.mailboxSettings = mergeSettings(user.mailboxSettings, patch);
  context.markChanged();
  // Graph answers with the updated properties only (their merged values), not the whole settings.
  const updated = Object.fromEntries(
    Object.keys(patch).map((name) => [name, user.mailboxSettings[name]]),
  );
  return {
    status: 200,
    body: { '@odata.context': mailboxSettingsContext(context, userIdOf(user)), ...updated },
  };
}

/** Graph's own annotations (`@odata.context` copied from a GET) are not settings. */
function withoutAnnotations(json: GraphJson): GraphJson {
  return Object.fromEntries(Object.entries(json).filter(([key]) => !key.startsWith('@odata.')));
}

/**
 * Graph stores enum values in their metadata spelling (`Scheduled` → `scheduled`, `Monday` →
 * `monday`) and times of day as `HH:mm:ss.fffffff`.
 */
function normaliseSettingsPatch(patch: GraphJson): GraphJson {
  const result = withoutAnnotations(patch);
  if (typeof result.delegateMeetingMessageDeliveryOptions === 'string') {
    result.delegateMeetingMessageDeliveryOptions = enumSpelling(
      result.delegateMeetingMessageDeliveryOptions,
    );
  }
  if (isPlainObject(result.automaticRepliesSetting)) {
    const replies = { ...result.automaticRepliesSetting };
    for (const name of ['status', 'externalAudience']) {
      const value = replies[name];
      if (typeof value === 'string') replies[name] = enumSpelling(value);
    }
    result.automaticRepliesSetting = replies;
  }
  if (isPlainObject(result.workingHours)) {
    const hours = { ...result.workingHours };
    if (Array.isArray(hours.daysOfWeek)) {
      hours.daysOfWeek = hours.daysOfWeek.map((day) =>
        typeof day === 'string' ? enumSpelling(day) : day,
      );
    }
    for (const name of ['startTime', 'endTime']) {
      const value = hours[name];
      if (typeof value === 'string') hours[name] = timeOfDaySpelling(value);
    }
    result.workingHours = hours;
  }
  return result;
}

const TIME_OF_DAY = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/;

function timeOfDaySpelling(value: string): string {
  const match = TIME_OF_DAY.exec(value);
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59 || Number(match[3] ?? 0) > 59) {
    throw graphErrors.requestBodyRead(
      `Cannot convert the literal '${value}' to the expected type 'Edm.TimeOfDay'.`,
    );
  }
  const fraction = (match[4] ?? '').padEnd(7, '0');
  return `${match[1]}:${match[2]}:${match[3] ?? '00'}.${fraction}`;
}

/** The checks Exchange makes beyond the metadata: known time zones, start before end. */
function checkSettingsPatch(patch: GraphJson, current: GraphJson): void {
  if (patch.timeZone !== undefined && !isValidZoneName(patch.timeZone)) throw invalidTimeZone();
  if (!isPlainObject(patch.workingHours)) return;
  const hours = patch.workingHours;
  const zone = hours.timeZone;
  if (isPlainObject(zone) && !isCustomTimeZone(zone) && !isValidZoneName(zone.name)) {
    throw invalidTimeZone();
  }
  const before = isPlainObject(current.workingHours) ? current.workingHours : {};
  const start = hours.startTime ?? before.startTime;
  const end = hours.endTime ?? before.endTime;
  if (typeof start === 'string' && typeof end === 'string' && start >= end) {
    throw graphErrors.badRequest(
      'Start Time should occur before End Time.',
      'ErrorInvalidTimeSettings',
    );
  }
}

function isCustomTimeZone(zone: GraphJson): boolean {
  return String(zone['@odata.type'] ?? '').endsWith('customTimeZone');
}

function isValidZoneName(name: unknown): boolean {
  return typeof name === 'string' && isKnownTimeZone(name);
}

function invalidTimeZone(): GraphHttpError {
  return graphErrors.badRequest('Time Zone settings provided are invalid.', 'InvalidTimeZone');
}

/**
 * Merges a settings patch: top-level settings that are objects merge property by property;
 * anything inside them (a date-time, a time zone, the list of days) is replaced whole.
 */
function mergeSettings(current: GraphJson, patch: GraphJson): GraphJson {
  const merged: GraphJson = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    const before = merged[key];
    merged[key] = isPlainObject(value) && isPlainObject(before) ? { ...before, ...value } : value;
  }
  return merged;
}

export const peopleRoutes: RouteDefinition[] = [
  { method: 'GET', path: '/users', handler: listUsers },
  { method: 'GET', path: '/users/{userId}', handler: getUser },
  { method: 'GET', path: '/users/{userId}/joinedTeams', handler: listJoinedTeams },
  { method: 'GET', path: '/users/{userId}/mailboxSettings', handler: getMailboxSettings },
  { method: 'PATCH', path: '/users/{userId}/mailboxSettings', handler: updateMailboxSettings },
  { method: 'GET', path: '/users/{userId}/mailboxSettings/{setting}', handler: getMailboxSetting },
  { method: 'GET', path: '/groups/{groupId}', handler: getGroup },
  { method: 'GET', path: '/groups/{groupId}/members', handler: listGroupMembers },
  { method: 'GET', path: '/groups/{groupId}/team', handler: getTeam },
  { method: 'GET', path: '/teams/{teamId}', handler: getTeam },
];
