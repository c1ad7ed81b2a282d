import { createHash } from 'node:crypto';
import { etagOf, isGroupMember, requireGroupMember, resolveUser, userIdOf } from '../core/access';
import { GraphHttpError, graphErrors } from '../core/errors';
import { isPlainObject, objectBody, paramOf, preferenceOf } from '../core/handlerHelpers';
import { collectionResponse, entityResponse, odataContext } from '../core/odata';
import type { GraphJson } from '../core/state';
import type { GraphResponse, HandlerContext, RouteDefinition } from '../core/types';

/**
 * Planner: the plans of a Microsoft 365 group, their buckets and tasks. A caller reaches a plan
 * only as a member of its group. Every resource carries a weak `@odata.etag` that changes on each
 * write; Planner requires `If-Match` on PATCH and DELETE (412 without it or when it is stale).
 * Order hints follow Planner's format: a client sends `"<previous> <next>!"` and the service
 * stores a hint that sorts between the two.
 */

/** Page size of task collections when the client sends no `$top`. */
export const PLANNER_PAGE_SIZE = 100;

const ASSIGNMENT_TYPE = '#microsoft.graph.plannerAssignment';

export type PlannerKind = 'Plan' | 'Bucket' | 'Task' | 'TaskDetails';

// ---------- small helpers ----------

function badRequest(message: string): GraphHttpError {
  return graphErrors.badRequest(message);
}

function notFound(): GraphHttpError {
  return graphErrors.notFound('The requested item is not found.', 'itemNotFound');
}

function bodyObject(context: HandlerContext): GraphJson {
  return objectBody(context, () => badRequest('The request body must be a JSON object.'));
}

/** Planner ids are 28 case-sensitive characters; derived from the emulator's id source. */
function plannerId(context: HandlerContext): string {
  return createHash('sha256').update(context.newId()).digest('base64url').slice(0, 28);
}

/** Planner's identity sets name the user by id only (the seeds write them too). */
export function plannerIdentity(userId: string): GraphJson {
  return { user: { displayName: null, id: userId } };
}

// ---------- ETags ----------

/**
 * A Planner ETag: `W/"<base64>"` of `'1-Task  <version>'`. Versions are zero-padded so a newer
 * ETag is greater in ordinal comparison, as Planner documents. The seeds write version 1.
 */
export function plannerEtag(kind: PlannerKind, version: number): string {
  const text = `'1-${kind}  ${String(version).padStart(16, '0')}'`;
  return etagOf(Buffer.from(text).toString('base64'));
}

function etagVersion(etag: unknown): number {
  const match = /^W\/"(.*)"$/.exec(String(etag ?? ''));
  const decoded = match?.[1] ? Buffer.from(match[1], 'base64').toString() : '';
  const version = /(\d+)'$/.exec(decoded)?.[1];
  return version ? Number(version) : 1;
}

function nextEtag(kind: PlannerKind, resource: GraphJson): string {
  return plannerEtag(kind, etagVersion(resource['@odata.etag']) + 1);
}

function preconditionFailed(message: string): GraphHttpError {
  return new GraphHttpError({ status: 412, code: 'PreconditionFailed', message });
}

/**
 * Planner requires `If-Match` on every update and delete: without it, or with an ETag that is no
 * longer the resource's, the request fails with 412. `*` matches any version.
 */
function requireIfMatch(context: HandlerContext, resource: GraphJson): void {
  const sent = context.request.headers['if-match']?.trim();
  if (!sent) {
    throw preconditionFailed('The If-Match header must be specified for this kind of request.');
  }
  if (sent === '*') return;
  if (!/^(W\/)?".*"$/.test(sent))
    throw badRequest('The If-Match header contains an invalid value.');
  const normalise = (tag: string) => tag.replace(/^W\//, '');
  if (normalise(sent) !== normalise(String(resource['@odata.etag']))) {
    throw preconditionFailed(
      'The If-Match header contains an etag that does not match the current version of the item.',
    );
  }
}

// ---------- order hints ----------

/** Digits of order hints, in ordinal order; a hint never ends with the lowest digit. */
const HINT_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function isComputableHint(hint: string): boolean {
  return (
    [...hint].every((char) => HINT_DIGITS.includes(char)) && !hint.endsWith(HINT_DIGITS[0] ?? '0')
  );
}

/** A key strictly between `low` ('' = start) and `high` (null = end), by fractional indexing. */
function hintBetween(low: string, high: string | null): string {
  if (high !== null) {
    let shared = 0;
    while ((low[shared] ?? '0') === high[shared]) shared++;
    if (shared > 0)
      return high.slice(0, shared) + hintBetween(low.slice(shared), high.slice(shared));
  }
  const lowDigit = low ? HINT_DIGITS.indexOf(low[0] as string) : 0;
  const highDigit = high !== null ? HINT_DIGITS.indexOf(high[0] as string) : HINT_DIGITS.length;
  if (highDigit - lowDigit > 1)
    return HINT_DIGITS[Math.round((lowDigit + highDigit) / 2)] as string;
  if (high !== null && high.length > 1) return high.slice(0, 1);
  return (HINT_DIGITS[lowDigit] as string) + hintBetween(low.slice(1), null);
}

/**
 * The hint the service stores for a requested one. `"<prev> <next>!"` asks for a place between two
 * hints (` !` for the top of the list, before `siblings`); a hint without `!` is kept as sent.
 */
function computeOrderHint(requested: unknown, siblings: readonly string[]): string {
  if (requested !== undefined && requested !== null && typeof requested !== 'string') {
    throw badRequest('The order hint must be a string.');
  }
  const text = requested ?? ' !';
  if (!text.endsWith('!')) return text;
  const [previous = '', next = ''] = text.slice(0, -1).split(' ');
  const low = isComputableHint(previous) ? previous : '';
  let high: string | null = isComputableHint(next) && next !== '' ? next : null;
  if (low === '' && high === null) {
    const first = siblings.filter(isComputableHint).sort()[0];
    high = first ?? null;
  }
  if (high !== null && low >= high) high = null;
  return hintBetween(low, high);
}

// ---------- plans ----------

function groupIdOfPlan(plan: GraphJson): string {
  const container = plan.container;
  if (isPlainObject(container) && typeof container.containerId === 'string')
    return container.containerId;
  return String(plan.owner ?? '');
}

/** The plan, which the caller must reach through its group (404 when unknown, 403 otherwise). */
function requirePlan(context: HandlerContext, planId: string): GraphJson {
  const plan = context.state.planner.plans[planId];
  if (!plan) throw notFound();
  requireGroupMember(context, groupIdOfPlan(plan));
  return plan;
}

function listGroupPlans(context: HandlerContext): GraphResponse {
  const groupId = paramOf(context, 'groupId');
  requireGroupMember(context, groupId);
  const plans = Object.values(context.state.planner.plans).filter(
    (plan) => groupIdOfPlan(plan) === groupId,
  );
  return plannerCollection(context, plans, `groups('${groupId}')/planner/plans`);
}

function getPlan(context: HandlerContext): GraphResponse {
  const plan = requirePlan(context, paramOf(context, 'planId'));
  return plannerEntity(context, 'planner/plans/$entity', plan);
}

function plannerEntity(context: HandlerContext, fragment: string, resource: GraphJson) {
  return entityResponse(context.request, odataContext(context, fragment), resource);
}

/** A page of plans, buckets or tasks (100 unless `$top`) with the collection's context. */
function plannerCollection(
  context: HandlerContext,
  items: readonly GraphJson[],
  fragment: string,
): GraphResponse {
  return collectionResponse(context.request, context.graphBaseUrl, items, {
    defaultPageSize: PLANNER_PAGE_SIZE,
    context: odataContext(context, fragment),
  });
}

// ---------- buckets ----------

function bucketsOfPlan(context: HandlerContext, planId: string): GraphJson[] {
  return Object.values(context.state.planner.buckets).filter((bucket) => bucket.planId === planId);
}

function requireBucket(context: HandlerContext, bucketId: string): GraphJson {
  const bucket = context.state.planner.buckets[bucketId];
  if (!bucket) throw notFound();
  requirePlan(context, String(bucket.planId));
  return bucket;
}

function listPlanBuckets(context: HandlerContext): GraphResponse {
  const planId = paramOf(context, 'planId');
  requirePlan(context, planId);
  const buckets = bucketsOfPlan(context, planId);
  return plannerCollection(context, buckets, `planner/plans('${planId}')/buckets`);
}

function getBucket(context: HandlerContext): GraphResponse {
  const bucket = requireBucket(context, paramOf(context, 'bucketId'));
  return plannerEntity(context, 'planner/buckets/$entity', bucket);
}

function createBucket(context: HandlerContext): GraphResponse {
  const input = context.validateBody('microsoft.graph.plannerBucket', bodyObject(context));
  if (typeof input.name !== 'string' || input.name.trim() === '') {
    throw badRequest("The 'name' of a bucket is required.");
  }
  if (typeof input.planId !== 'string' || input.planId === '') {
    throw badRequest("The 'planId' of a bucket is required.");
  }
  requirePlan(context, input.planId);
  if (input.id !== undefined) throw badRequest("The 'id' of a bucket is assigned by the service.");
  const siblings = bucketsOfPlan(context, input.planId).map((bucket) => String(bucket.orderHint));
  const bucket: GraphJson = {
    '@odata.etag': plannerEtag('Bucket', 1),
    name: input.name,
    planId: input.planId,
    orderHint: computeOrderHint(input.orderHint, siblings),
    id: plannerId(context),
  };
  context.state.planner.buckets[String(bucket.id)] = bucket;
  context.markChanged();
  return {
    status: 201,
    body: { '@odata.context': odataContext(context, 'planner/buckets/$entity'), ...bucket },
  };
}

// ---------- tasks: validation ----------

/** Properties the service sets on a task; a client cannot write them. */
const READ_ONLY_TASK_PROPERTIES = [
  'id',
  'createdBy',
  'createdDateTime',
  'completedBy',
  'completedDateTime',
  'activeChecklistItemCount',
  'checklistItemCount',
  'referenceCount',
  'hasDescription',
] as const;

function refuseReadOnly(input: GraphJson): void {
  for (const property of READ_ONLY_TASK_PROPERTIES) {
    if (input[property] !== undefined) {
      throw badRequest(`The property '${property}' is read-only and cannot be set.`);
    }
  }
}

function checkRange(input: GraphJson, property: string, min: number, max: number): void {
  const value = input[property];
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw badRequest(`The value of '${property}' must be an integer from ${min} to ${max}.`);
  }
}

/** Planner stores times in UTC; a value that is not a date is refused. */
function normaliseDate(input: GraphJson, property: string): string | null | undefined {
  const value = input[property];
  if (value === undefined || value === null) return value;
  const time = typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isNaN(time))
    throw badRequest(`The value of '${property}' is not a valid date and time.`);
  return new Date(time).toISOString();
}

function checkBucketOfPlan(context: HandlerContext, bucketId: unknown, planId: string): void {
  if (bucketId === undefined || bucketId === null || bucketId === '') return;
  const bucket = context.state.planner.buckets[String(bucketId)];
  if (!bucket || bucket.planId !== planId) {
    throw badRequest('The bucket must exist and belong to the plan that the task is in.');
  }
}

/** The user's existing assignment hints in the plan, so a new ` !` hint sorts before them. */
function assignmentHints(context: HandlerContext, planId: string, userId: string): string[] {
  return tasksOfPlan(context, planId).flatMap((task) => {
    const assignment = isPlainObject(task.assignments) ? task.assignments[userId] : undefined;
    return isPlainObject(assignment) && typeof assignment.orderHint === 'string'
      ? [assignment.orderHint]
      : [];
  });
}

/**
 * Merges requested assignments into the current ones: each key is a user id, each value a
 * `plannerAssignment` with `@odata.type` and `orderHint`, or null to unassign. Assignees must be
 * members of the plan's group; the service fills assignedBy and assignedDateTime.
 */
function mergeAssignments(
  context: HandlerContext,
  plan: GraphJson,
  current: GraphJson,
  requested: unknown,
): GraphJson {
  if (requested === undefined) return current;
  if (!isPlainObject(requested)) throw badRequest("The 'assignments' property must be an object.");
  const group = context.state.groups[groupIdOfPlan(plan)];
  const next: GraphJson = { ...current };
  for (const [userId, value] of Object.entries(requested)) {
    if (userId.startsWith('@')) continue;
    if (value === null) {
      Reflect.deleteProperty(next, userId);
      continue;
    }
    if (
      !isPlainObject(value) ||
      String(value['@odata.type']).replace(/^#?/, '#') !== ASSIGNMENT_TYPE
    ) {
      throw badRequest(
        `The assignment of '${userId}' must be a '${ASSIGNMENT_TYPE}' with '@odata.type' declared.`,
      );
    }
    if (typeof value.orderHint !== 'string') {
      throw badRequest(`The assignment of '${userId}' must specify an 'orderHint'.`);
    }
    if (!context.state.users[userId] || !group || !isGroupMember(group, userId)) {
      throw badRequest(
        `The user '${userId}' cannot be assigned: assignees must be members of the plan's group.`,
      );
    }
    const existing = isPlainObject(current[userId]) ? (current[userId] as GraphJson) : undefined;
    const orderHint = computeOrderHint(
      value.orderHint,
      assignmentHints(context, String(plan.id), userId),
    );
    next[userId] = existing
      ? { ...existing, orderHint }
      : {
          '@odata.type': ASSIGNMENT_TYPE,
          assignedDateTime: context.now().toISOString(),
          orderHint,
          assignedBy: plannerIdentity(context.callerId),
        };
  }
  return next;
}

/** `appliedCategories` as Planner merges them: `true` applies a category, `false` removes it. */
function mergeCategories(current: unknown, requested: unknown): GraphJson {
  const next: GraphJson = isPlainObject(current) ? { ...current } : {};
  if (requested === undefined) return next;
  if (!isPlainObject(requested))
    throw badRequest("The 'appliedCategories' property must be an object.");
  for (const [category, applied] of Object.entries(requested)) {
    if (category.startsWith('@')) continue;
    if (!/^category([1-9]|1\d|2[0-5])$/.test(category)) {
      throw badRequest(`'${category}' is not a Planner category (category1 to category25).`);
    }
    if (applied === true) next[category] = true;
    else Reflect.deleteProperty(next, category);
  }
  return next;
}

/** Percent complete 100 completes a task (by the caller, now); anything less reopens it. */
function completionOf(context: HandlerContext, task: GraphJson): GraphJson {
  if (task.percentComplete === 100) {
    if (task.completedDateTime) return {};
    return {
      completedDateTime: context.now().toISOString(),
      completedBy: plannerIdentity(context.callerId),
    };
  }
  return { completedDateTime: null, completedBy: null };
}

function checkDates(task: GraphJson): void {
  if (typeof task.startDateTime === 'string' && typeof task.dueDateTime === 'string') {
    if (Date.parse(task.startDateTime) > Date.parse(task.dueDateTime)) {
      throw badRequest('The start date of the task must not be later than its due date.');
    }
  }
}

// ---------- tasks ----------

function tasksOfPlan(context: HandlerContext, planId: string): GraphJson[] {
  return Object.values(context.state.planner.tasks).filter((task) => task.planId === planId);
}

function requireTask(
  context: HandlerContext,
  taskId: string,
): { task: GraphJson; plan: GraphJson } {
  const task = context.state.planner.tasks[taskId];
  if (!task) throw notFound();
  return { task, plan: requirePlan(context, String(task.planId)) };
}

/** Fields a client may set on create or update, normalised and range-checked. */
function writableTaskFields(context: HandlerContext, input: GraphJson, planId: string): GraphJson {
  refuseReadOnly(input);
  checkRange(input, 'percentComplete', 0, 100);
  checkRange(input, 'priority', 0, 10);
  checkBucketOfPlan(context, input.bucketId, planId);
  if (input.title !== undefined && (typeof input.title !== 'string' || input.title.trim() === '')) {
    throw badRequest("The 'title' of a task must be a non-empty string.");
  }
  const fields: GraphJson = {};
  for (const property of [
    'title',
    'bucketId',
    'percentComplete',
    'priority',
    'conversationThreadId',
    'previewType',
  ]) {
    if (input[property] !== undefined) fields[property] = input[property];
  }
  for (const property of ['startDateTime', 'dueDateTime']) {
    const date = normaliseDate(input, property);
    if (date !== undefined) fields[property] = date;
  }
  if (input.assigneePriority !== undefined) {
    fields.assigneePriority = computeOrderHint(input.assigneePriority, []);
  }
  return fields;
}

function createTask(context: HandlerContext): GraphResponse {
  const input = context.validateBody('microsoft.graph.plannerTask', bodyObject(context));
  if (typeof input.planId !== 'string' || input.planId === '') {
    throw badRequest("The 'planId' of a task is required.");
  }
  const plan = requirePlan(context, input.planId);
  if (typeof input.title !== 'string') throw badRequest("The 'title' of a task is required.");
  const fields = writableTaskFields(context, input, input.planId);
  const siblings = tasksOfPlan(context, input.planId).map((task) => String(task.orderHint));
  const task: GraphJson = {
    '@odata.etag': plannerEtag('Task', 1),
    planId: input.planId,
    bucketId: fields.bucketId ?? '',
    title: fields.title,
    orderHint: computeOrderHint(input.orderHint, siblings),
    assigneePriority: fields.assigneePriority ?? '',
    percentComplete: fields.percentComplete ?? 0,
    startDateTime: fields.startDateTime ?? null,
    createdDateTime: context.now().toISOString(),
    dueDateTime: fields.dueDateTime ?? null,
    hasDescription: false,
    previewType: fields.previewType ?? 'automatic',
    completedDateTime: null,
    completedBy: null,
    referenceCount: 0,
    checklistItemCount: 0,
    activeChecklistItemCount: 0,
    conversationThreadId: fields.conversationThreadId ?? null,
    priority: fields.priority ?? 5,
    id: plannerId(context),
    createdBy: plannerIdentity(context.callerId),
    appliedCategories: mergeCategories({}, input.appliedCategories),
    assignments: mergeAssignments(context, plan, {}, input.assignments),
  };
  checkDates(task);
  Object.assign(task, completionOf(context, task));
  context.state.planner.tasks[String(task.id)] = task;
  context.markChanged();
  return {
    status: 201,
    body: { '@odata.context': odataContext(context, 'planner/tasks/$entity'), ...task },
  };
}

function getTask(context: HandlerContext): GraphResponse {
  const { task } = requireTask(context, paramOf(context, 'taskId'));
  return plannerEntity(context, 'planner/tasks/$entity', task);
}

function wantsRepresentation(context: HandlerContext): boolean {
  return preferenceOf(context.request, 'return')?.toLowerCase() === 'representation';
}

/**
 * `PATCH /planner/tasks/{id}`: requires `If-Match`; answers 204, or 200 with the task when the
 * client sends `Prefer: return=representation`.
 */
function updateTask(context: HandlerContext): GraphResponse {
  const { task, plan } = requireTask(context, paramOf(context, 'taskId'));
  requireIfMatch(context, task);
  const input = context.validateBody('microsoft.graph.plannerTask', bodyObject(context));
  if (input.planId !== undefined && input.planId !== task.planId) {
    throw badRequest("The 'planId' of a task cannot be changed.");
  }
  const fields = writableTaskFields(context, input, String(task.planId));
  const next: GraphJson = { ...task, ...fields };
  if (input.orderHint !== undefined) {
    const siblings = tasksOfPlan(context, String(task.planId))
      .filter((other) => other.id !== task.id)
      .map((other) => String(other.orderHint));
    next.orderHint = computeOrderHint(input.orderHint, siblings);
  }
  next.assignments = mergeAssignments(
    context,
    plan,
    isPlainObject(task.assignments) ? task.assignments : {},
    input.assignments,
  );
  next.appliedCategories = mergeCategories(task.appliedCategories, input.appliedCategories);
  checkDates(next);
  Object.assign(next, completionOf(context, next));
  next['@odata.etag'] = nextEtag('Task', task);
  context.state.planner.tasks[String(task.id)] = next;
  context.markChanged();
  if (!wantsRepresentation(context)) return { status: 204 };
  return {
    status: 200,
    headers: { 'preference-applied': 'return=representation' },
    body: { '@odata.context': odataContext(context, 'planner/tasks/$entity'), ...next },
  };
}

function deleteTask(context: HandlerContext): GraphResponse {
  const { task } = requireTask(context, paramOf(context, 'taskId'));
  requireIfMatch(context, task);
  Reflect.deleteProperty(context.state.planner.tasks, String(task.id));
  Reflect.deleteProperty(context.state.planner.taskDetails, String(task.id));
  context.markChanged();
  return { status: 204 };
}

function listPlanTasks(context: HandlerContext): GraphResponse {
  const planId = paramOf(context, 'planId');
  requirePlan(context, planId);
  return plannerCollection(
    context,
    tasksOfPlan(context, planId),
    `planner/plans('${planId}')/tasks`,
  );
}

function listBucketTasks(context: HandlerContext): GraphResponse {
  const bucket = requireBucket(context, paramOf(context, 'bucketId'));
  const tasks = Object.values(context.state.planner.tasks).filter(
    (task) => task.bucketId === bucket.id,
  );
  return plannerCollection(context, tasks, `planner/buckets('${String(bucket.id)}')/tasks`);
}

/**
 * `GET /users/{id}/planner/tasks` (and `/me/planner/tasks`): the tasks assigned to the signed-in
 * user in plans they can reach. Under delegated permissions only one's own tasks are listed.
 */
function listUserTasks(context: HandlerContext): GraphResponse {
  const userId = userIdOf(resolveUser(context.state, paramOf(context, 'userId')));
  if (userId !== context.callerId) {
    throw graphErrors.accessDenied('You do not have the required permissions to access this item.');
  }
  const reachable = (task: GraphJson) => {
    const plan = context.state.planner.plans[String(task.planId)];
    const group = plan ? context.state.groups[groupIdOfPlan(plan)] : undefined;
    return group !== undefined && isGroupMember(group, userId);
  };
  const tasks = Object.values(context.state.planner.tasks).filter(
    (task) =>
      isPlainObject(task.assignments) && isPlainObject(task.assignments[userId]) && reachable(task),
  );
  return plannerCollection(context, tasks, `users('${userId}')/planner/tasks`);
}

// ---------- routes ----------

export const plannerRoutes: RouteDefinition[] = [
  { method: 'GET', path: '/groups/{groupId}/planner/plans', handler: listGroupPlans },
  { method: 'GET', path: '/planner/plans/{planId}', handler: getPlan },
  { method: 'GET', path: '/planner/plans/{planId}/buckets', handler: listPlanBuckets },
  { method: 'GET', path: '/planner/plans/{planId}/tasks', handler: listPlanTasks },
  { method: 'POST', path: '/planner/buckets', handler: createBucket },
  { method: 'GET', path: '/planner/buckets/{bucketId}', handler: getBucket },
  { method: 'GET', path: '/planner/buckets/{bucketId}/tasks', handler: listBucketTasks },
  { method: 'POST', path: '/planner/tasks', handler: createTask },
  { method: 'GET', path: '/planner/tasks/{taskId}', handler: getTask },
  { method: 'PATCH', path: '/planner/tasks/{taskId}', handler: updateTask },
  { method: 'DELETE', path: '/planner/tasks/{taskId}', handler: deleteTask },
  { method: 'GET', path: '/users/{userId}/planner/tasks', handler: listUserTasks },
];
