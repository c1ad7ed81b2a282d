import { ValidationError } from '../../domain/errors';
import type { FieldIssue } from '../../domain/errors';
import type { GraphClient, GraphMethod } from './createGraphClient';
import { GraphClientSideError, GraphError, graphErrorFromParts } from './graphError';
import type { GraphOperation } from './graphError';
import { GraphRequestMetrics } from './metrics';
import { isUnderBaseUrl } from './middleware';
import { retryIssues } from './options';
import type { RetryOptions } from './options';
import { isRetrySafeRequest, isRetryableStatus, retryDelayMs } from './retryPolicy';

/**
 * The `$batch` executor: any number of requests, sent 20 to a batch, each answered with its own
 * result or `GraphError`.
 *
 * How batches are shaped, and why:
 * - Graph accepts a batch that is either fully parallel (no `dependsOn`) or fully sequential (each
 *   request depends on the one before); mixed shapes are refused with 400 ("Batch should be either
 *   fully sequential or fully parallel"). So a caller's `dependsOn` chain is never split across
 *   batches (a chain longer than 20 is refused up front) and travels in a *sequential* batch, in
 *   dependency order.
 * - Outlook allows 4 concurrent requests per app and mailbox; Graph runs a parallel batch's requests
 *   concurrently, so 20 PATCHes of one calendar in one parallel batch would draw 429s. Requests to
 *   a mailbox that has more than {@link OUTLOOK_MAILBOX_CONCURRENCY} independent requests pending
 *   therefore also go in sequential batches (one at a time inside, still one HTTP request per 20),
 *   and the batches sent together never hold more than 4 concurrent requests for any mailbox: a
 *   parallel batch counts each of its requests to the mailbox, a sequential batch counts 1. Batches
 *   that would exceed that wait for the next round. Example: 26 occurrence PATCHes on `/me/events`
 *   → 2 sequential batches (20 + 6) sent together: 2 HTTP requests, 1 round trip, never more than
 *   2 requests running in the mailbox.
 * - In a sequential batch one failure makes Graph answer 424 for everything after it. Such a 424 is
 *   not the request's own failure: it is sent again next round (without using a retry), unless a
 *   request it declared in `dependsOn` failed for good, in which case the 424 is its result.
 * - Inner 429/503/504 answers are retried (the SDK does not) after the longest `Retry-After` among
 *   them, up to the retry limit, for requests safe to replay (idempotent, a `transactionId`, or
 *   marked `retrySafe`). The outer `$batch` POST is never replayed whole by the retry middleware:
 *   a 429/503/504 on it counts as that answer for each request inside, and only the safe ones are
 *   sent again. So one retry budget applies (no middleware retries multiplied by executor retries)
 *   and an unsafe request is never replayed because it shared a batch with safe ones.
 */

/** Graph's limit of requests in one batch. */
export const MAX_BATCH_SIZE = 20;
/** Outlook's concurrent requests per app and mailbox. */
export const OUTLOOK_MAILBOX_CONCURRENCY = 4;
/** Batches in flight at once by default. */
export const DEFAULT_MAX_CONCURRENT_BATCHES = 4;
export const MAX_CONCURRENT_BATCHES_LIMIT = 20;

/** One request of the batch. */
export interface BatchRequest {
  /** Unique within the call (compared without regard to case, as Graph does). Default: its position from 1. */
  readonly id?: string;
  readonly method: GraphMethod;
  /** Relative to the version (`/me/events/{id}`), or absolute under the client's base URL. */
  readonly url: string;
  /** JSON body; `Content-Type: application/json` is added when no content type is given. */
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** Ids of requests of this call that must succeed first. */
  readonly dependsOn?: readonly string[];
  /** See `GraphRequestOverrides.retrySafe`. */
  readonly retrySafe?: boolean;
}

export interface BatchSuccess<T> {
  readonly id: string;
  readonly ok: true;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: T;
}

export interface BatchFailure {
  readonly id: string;
  readonly ok: false;
  readonly status: number;
  readonly error: GraphError;
}

export type BatchResult<T> = BatchSuccess<T> | BatchFailure;

export interface BatchReport<T> {
  /** One per request, in the order given. */
  readonly results: readonly BatchResult<T>[];
  /** HTTP requests sent for this call (each `$batch` POST once, retries included). */
  readonly httpRequests: number;
  /** Sequential round trips this call took. */
  readonly roundTrips: number;
}

export interface BatchOptions {
  /** Retry policy for inner and outer retries; fields left out keep the client's. */
  readonly retry?: Partial<RetryOptions>;
  /** Batches sent at once. Default {@link DEFAULT_MAX_CONCURRENT_BATCHES}. */
  readonly maxConcurrentBatches?: number;
  /** Concurrent requests allowed per mailbox. Default and maximum {@link OUTLOOK_MAILBOX_CONCURRENCY}. */
  readonly mailboxConcurrency?: number;
}

interface PlannedRequest {
  readonly id: string;
  readonly key: string;
  readonly index: number;
  readonly method: GraphMethod;
  readonly url: string;
  readonly body: unknown;
  readonly headers: Readonly<Record<string, string>>;
  /** Keys of the requests this one declared it depends on. */
  readonly dependsOn: readonly string[];
  readonly retrySafe: boolean;
  readonly mailbox: string | undefined;
}

interface PlannedBatch {
  readonly sequential: boolean;
  readonly requests: readonly PlannedRequest[];
}

interface InnerResponse {
  readonly id: string;
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

/** How one answered request moves on. */
type Outcome =
  | { readonly kind: 'done'; readonly result: BatchResult<unknown> }
  | { readonly kind: 'again'; readonly waitMs: number; readonly usesRetry: boolean };

/**
 * Sends `requests` through `$batch` and returns each one's result. Client-side failures (no network,
 * no token) reject the whole call: requests already answered may have taken effect, so writes
 * should be idempotent (a `transactionId`, `If-Match`), as CX Cadence's flows make them.
 * Throws a `ValidationError` before sending anything when ids, dependencies or URLs are wrong.
 */
export async function executeBatch<T = unknown>(
  client: GraphClient,
  requests: readonly BatchRequest[],
  options: BatchOptions = {},
): Promise<BatchReport<T>> {
  const settings = checkedOptions(client, options);
  const planned = planRequests(requests, client.settings.baseUrl);
  const metrics = new GraphRequestMetrics();
  const results = new Map<string, BatchResult<unknown>>();
  const retriesUsed = new Map<string, number>();
  let pending = planned;
  while (pending.length > 0) {
    const round = admitBatches(shapeBatches(pending, settings.mailboxConcurrency), settings);
    const answers = await Promise.all(round.map((batch) => sendBatch(client, batch, { metrics })));
    const waitMs = settleRound({
      round,
      answers,
      results,
      retriesUsed,
      retry: settings.retry,
      client,
    });
    pending = pending.filter((request) => !results.has(request.key));
    if (waitMs > 0 && pending.length > 0) await client.settings.sleep(waitMs);
  }
  const snapshot = metrics.snapshot();
  return {
    results: planned.map((request) => results.get(request.key) as BatchResult<T>),
    httpRequests: snapshot.httpRequests,
    roundTrips: snapshot.roundTrips,
  };
}

interface RoundInput {
  readonly round: readonly PlannedBatch[];
  /** Per batch of the round, its answers by request key. */
  readonly answers: readonly Map<string, InnerResponse>[];
  /** Final results so far; this round's are added. */
  readonly results: Map<string, BatchResult<unknown>>;
  /** Retries used per request; this round's are added. */
  readonly retriesUsed: Map<string, number>;
  readonly retry: RetryOptions;
  readonly client: GraphClient;
}

/**
 * Records this round's final results and retries; returns how long to wait before the next round
 * (the longest wait any retried request asked for). Batches are judged in order, dependencies
 * before their dependents, so a 424 can see whether the request it depends on failed for good.
 */
function settleRound(input: RoundInput): number {
  let waitMs = 0;
  for (const [batchIndex, batch] of input.round.entries()) {
    const answered = input.answers[batchIndex] as Map<string, InnerResponse>;
    for (const [position, request] of batch.requests.entries()) {
      const used = input.retriesUsed.get(request.key) ?? 0;
      const outcome = judge({
        request,
        answer: answered.get(request.key) as InnerResponse,
        afterAnotherRequest: batch.sequential && position > 0,
        results: input.results,
        retriesUsed: used,
        retry: input.retry,
        now: input.client.settings.now(),
        random: input.client.settings.random,
      });
      if (outcome.kind === 'done') {
        input.results.set(request.key, outcome.result);
      } else {
        waitMs = Math.max(waitMs, outcome.waitMs);
        if (outcome.usesRetry) input.retriesUsed.set(request.key, used + 1);
      }
    }
  }
  return waitMs;
}

/**
 * The Outlook mailbox a request works on, or `undefined` for other services: `/me/events` → `me`,
 * `/users/Alex@Contoso.com/calendar/getSchedule` → `alex@contoso.com`. (`me` and the caller's own
 * id are the same mailbox but cannot be told apart from the URL; both are rare in one call.)
 */
export function outlookMailboxOf(url: string): string | undefined {
  const match = /^\/(?:(me)|users\/([^/?]+))\/([^/?]+)/i.exec(url);
  if (!match || !OUTLOOK_RESOURCES.has((match[3] ?? '').toLowerCase())) return undefined;
  return match[1] ? 'me' : decodeURIComponent(match[2] ?? '').toLowerCase();
}

const OUTLOOK_RESOURCES = new Set([
  'calendar',
  'calendargroups',
  'calendars',
  'calendarview',
  'contactfolders',
  'contacts',
  'events',
  'findmeetingtimes',
  'inferenceclassification',
  'mailboxsettings',
  'mailfolders',
  'messages',
  'outlook',
  'sendmail',
]);

interface CheckedOptions {
  readonly retry: RetryOptions;
  readonly maxConcurrentBatches: number;
  readonly mailboxConcurrency: number;
}

function checkedOptions(client: GraphClient, options: BatchOptions): CheckedOptions {
  const checked = {
    retry: { ...client.settings.retry, ...options.retry },
    maxConcurrentBatches: options.maxConcurrentBatches ?? DEFAULT_MAX_CONCURRENT_BATCHES,
    mailboxConcurrency: options.mailboxConcurrency ?? OUTLOOK_MAILBOX_CONCURRENCY,
  };
  const issues = retryIssues(checked.retry, 'retry');
  if (!isWholeNumberIn(checked.maxConcurrentBatches, 1, MAX_CONCURRENT_BATCHES_LIMIT)) {
    issues.push({
      field: 'maxConcurrentBatches',
      message: `Concurrent batches must be a whole number from 1 to ${MAX_CONCURRENT_BATCHES_LIMIT}`,
    });
  }
  if (!isWholeNumberIn(checked.mailboxConcurrency, 1, OUTLOOK_MAILBOX_CONCURRENCY)) {
    issues.push({
      field: 'mailboxConcurrency',
      message: `Concurrent requests per mailbox must be a whole number from 1 to ${OUTLOOK_MAILBOX_CONCURRENCY} (Outlook's limit)`,
    });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return checked;
}

/** Checks ids, dependencies and URLs, reporting every problem at once. */
function planRequests(requests: readonly BatchRequest[], baseUrl: string): PlannedRequest[] {
  const issues: FieldIssue[] = [];
  const ids = requests.map((request, index) => request.id ?? String(index + 1));
  const keys = new Map<string, number>();
  ids.forEach((id, index) => {
    const key = id.toLowerCase();
    if (id.trim() === '')
      issues.push({ field: `requests.${index}.id`, message: 'Id must not be empty' });
    else if (keys.has(key)) {
      issues.push({
        field: `requests.${index}.id`,
        message: `Id "${id}" is already used by request ${keys.get(key)} (ids ignore case): give every request its own id`,
      });
    } else keys.set(key, index);
  });
  const planned = requests.map((request, index): PlannedRequest => {
    const url = relativeUrl(request.url, baseUrl);
    if (url === undefined) {
      issues.push({
        field: `requests.${index}.url`,
        message: `URL must be relative to the Graph version (e.g. /me/events) or start with ${baseUrl}`,
      });
    }
    const dependsOn = (request.dependsOn ?? []).map((dependency) => dependency.toLowerCase());
    for (const dependency of request.dependsOn ?? []) {
      if (!keys.has(dependency.toLowerCase())) {
        issues.push({
          field: `requests.${index}.dependsOn`,
          message: `Depends on "${dependency}", which is not a request of this call`,
        });
      }
    }
    const finalUrl = url ?? request.url;
    return {
      id: ids[index] ?? String(index + 1),
      key: (ids[index] ?? String(index + 1)).toLowerCase(),
      index,
      method: request.method,
      url: finalUrl,
      body: request.body,
      headers: withContentType(request.headers ?? {}, request.body),
      dependsOn,
      retrySafe: isRetrySafeRequest({
        method: request.method,
        body: request.body,
        ...(request.retrySafe === undefined ? {} : { retrySafe: request.retrySafe }),
      }),
      mailbox: outlookMailboxOf(finalUrl),
    };
  });
  if (issues.length === 0) issues.push(...chainIssues(planned));
  if (issues.length > 0) throw new ValidationError(issues);
  return planned;
}

/** Cycles, and chains too long for one batch. */
function chainIssues(planned: readonly PlannedRequest[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const unit of unitsOf(planned)) {
    const first = unit.requests[0] as PlannedRequest;
    if (!unit.ordered) {
      issues.push({
        field: `requests.${first.index}.dependsOn`,
        message: 'These requests depend on each other in a cycle: none of them could run first',
      });
    } else if (unit.requests.length > MAX_BATCH_SIZE) {
      issues.push({
        field: `requests.${first.index}.dependsOn`,
        message: `This dependsOn chain links ${unit.requests.length} requests, more than the ${MAX_BATCH_SIZE} one batch can carry: split it into chains of at most ${MAX_BATCH_SIZE}`,
      });
    }
  }
  return issues;
}

interface Unit {
  /** In dependency order when `ordered`. */
  readonly requests: readonly PlannedRequest[];
  readonly ordered: boolean;
}

/**
 * Groups requests linked by `dependsOn` (links to requests outside `planned`, already answered,
 * are ignored) and orders each group so dependencies come first, ties in the caller's order.
 */
function unitsOf(planned: readonly PlannedRequest[]): Unit[] {
  const byKey = new Map(planned.map((request) => [request.key, request]));
  const parent = new Map(planned.map((request) => [request.key, request.key]));
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    return root;
  };
  for (const request of planned) {
    for (const dependency of request.dependsOn) {
      if (byKey.has(dependency)) parent.set(find(request.key), find(dependency));
    }
  }
  const groups = new Map<string, PlannedRequest[]>();
  for (const request of planned) {
    const root = find(request.key);
    groups.set(root, [...(groups.get(root) ?? []), request]);
  }
  return [...groups.values()].map((group) => orderByDependencies(group));
}

function orderByDependencies(group: readonly PlannedRequest[]): Unit {
  const inGroup = new Set(group.map((request) => request.key));
  const placed = new Set<string>();
  const ordered: PlannedRequest[] = [];
  while (ordered.length < group.length) {
    const ready = group.find(
      (request) =>
        !placed.has(request.key) &&
        request.dependsOn.every((dependency) => !inGroup.has(dependency) || placed.has(dependency)),
    );
    if (!ready) return { requests: group, ordered: false };
    placed.add(ready.key);
    ordered.push(ready);
  }
  return { requests: ordered, ordered: true };
}

/**
 * This round's batches: independent requests in parallel batches, except for mailboxes with more
 * pending requests than they may run at once; chains and those mailboxes' requests in sequential
 * batches. Both kinds are filled up to 20 in the caller's order.
 */
function shapeBatches(
  pending: readonly PlannedRequest[],
  mailboxConcurrency: number,
): PlannedBatch[] {
  const units = unitsOf(pending);
  const singles = units
    .filter((unit) => unit.requests.length === 1)
    .map((unit) => unit.requests[0] as PlannedRequest);
  const perMailbox = countBy(singles, (request) => request.mailbox);
  const isCrowded = (request: PlannedRequest) =>
    request.mailbox !== undefined && (perMailbox.get(request.mailbox) ?? 0) > mailboxConcurrency;
  const parallel = singles.filter((request) => !isCrowded(request));
  const sequentialUnits = units.filter(
    (unit) => unit.requests.length > 1 || isCrowded(unit.requests[0] as PlannedRequest),
  );
  return [
    ...chunk(parallel, MAX_BATCH_SIZE).map((requests) => ({ sequential: false, requests })),
    ...packUnits(sequentialUnits).map((requests) => ({ sequential: true, requests })),
  ];
}

/** Fills batches of 20 with whole units, starting a new batch when the next unit does not fit. */
function packUnits(units: readonly Unit[]): PlannedRequest[][] {
  const batches: PlannedRequest[][] = [];
  let current: PlannedRequest[] = [];
  for (const unit of units) {
    if (current.length + unit.requests.length > MAX_BATCH_SIZE) {
      batches.push(current);
      current = [];
    }
    current = [...current, ...unit.requests];
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** The batches sent together this round; the others wait for the next round. */
function admitBatches(batches: readonly PlannedBatch[], options: CheckedOptions): PlannedBatch[] {
  const inUse = new Map<string, number>();
  const admitted: PlannedBatch[] = [];
  for (const batch of batches) {
    if (admitted.length === options.maxConcurrentBatches) break;
    const needs = mailboxSlots(batch);
    const fits = [...needs].every(
      ([mailbox, slots]) => (inUse.get(mailbox) ?? 0) + slots <= options.mailboxConcurrency,
    );
    if (!fits) continue;
    for (const [mailbox, slots] of needs) inUse.set(mailbox, (inUse.get(mailbox) ?? 0) + slots);
    admitted.push(batch);
  }
  return admitted;
}

/** Concurrent requests a batch runs in each mailbox: all of them in parallel, one in sequence. */
function mailboxSlots(batch: PlannedBatch): Map<string, number> {
  const counts = countBy(batch.requests, (request) => request.mailbox);
  if (batch.sequential) for (const mailbox of counts.keys()) counts.set(mailbox, 1);
  return counts;
}

interface SendContext {
  readonly metrics: GraphRequestMetrics;
}

/** One `$batch` POST; the answers by request key. An outer failure answers every request with it. */
async function sendBatch(
  client: GraphClient,
  batch: PlannedBatch,
  context: SendContext,
): Promise<Map<string, InnerResponse>> {
  const wire = batch.requests.map((request, position) => ({
    id: request.id,
    method: request.method,
    url: request.url,
    ...(Object.keys(request.headers).length > 0 ? { headers: request.headers } : {}),
    ...(request.body === undefined ? {} : { body: request.body }),
    ...(batch.sequential && position > 0
      ? { dependsOn: [(batch.requests[position - 1] as PlannedRequest).id] }
      : {}),
  }));
  try {
    const answer = await client.request<{ responses?: InnerResponse[] }>({
      method: 'POST',
      url: '/$batch',
      body: { requests: wire },
      // Retried here, request by request, not by the middleware: see the module comment.
      options: { retrySafe: false, metrics: context.metrics },
    });
    return answersByKey(batch, answer?.responses);
  } catch (error) {
    if (!(error instanceof GraphError)) throw error;
    return new Map(batch.requests.map((request) => [request.key, outerFailure(request, error)]));
  }
}

function answersByKey(
  batch: PlannedBatch,
  responses: InnerResponse[] | undefined,
): Map<string, InnerResponse> {
  const byKey = new Map(
    (responses ?? []).map((response) => [String(response.id).toLowerCase(), response]),
  );
  const missing = batch.requests.find((request) => !byKey.has(request.key));
  if (missing) {
    throw new GraphClientSideError(
      'unreadableResponse',
      `Graph's $batch answer has no response for request "${missing.id}".`,
    );
  }
  return byKey;
}

/** The outer error, as the answer of one inner request (so a 403 names that request's permission). */
function outerFailure(request: PlannedRequest, error: GraphError): InnerResponse {
  return {
    id: request.id,
    status: error.status,
    headers: {
      ...(error.requestId ? { 'request-id': error.requestId } : {}),
      ...(error.clientRequestId ? { 'client-request-id': error.clientRequestId } : {}),
      ...(error.retryAfter ? { 'retry-after': error.retryAfter } : {}),
    },
    body: { error: { code: error.code, message: error.graphMessage } },
  };
}

interface JudgeInput {
  readonly request: PlannedRequest;
  readonly answer: InnerResponse;
  /** In a sequential batch behind another request: a 424 may be that request's failure. */
  readonly afterAnotherRequest: boolean;
  readonly results: ReadonlyMap<string, BatchResult<unknown>>;
  readonly retriesUsed: number;
  readonly retry: RetryOptions;
  readonly now: Date;
  readonly random: () => number;
}

/** Success, final failure, or another try (and whether it uses one of the request's retries). */
function judge(input: JudgeInput): Outcome {
  const { request, answer } = input;
  const headers = answer.headers ?? {};
  if (answer.status >= 200 && answer.status < 300) {
    return {
      kind: 'done',
      result: { id: request.id, ok: true, status: answer.status, headers, body: answer.body },
    };
  }
  const fail = (): Outcome => ({
    kind: 'done',
    result: {
      id: request.id,
      ok: false,
      status: answer.status,
      error: graphErrorFromParts(
        { status: answer.status, headers, body: answer.body },
        operationOf(request),
      ),
    },
  });
  if (answer.status === 424) {
    const ownDependencyFailed = request.dependsOn.some(
      (key) => input.results.get(key)?.ok === false,
    );
    const onlyQueuedBehind = input.afterAnotherRequest && !ownDependencyFailed;
    return onlyQueuedBehind ? { kind: 'again', waitMs: 0, usesRetry: false } : fail();
  }
  if (!isRetryableStatus(answer.status) || !request.retrySafe) return fail();
  if (input.retriesUsed >= input.retry.maxRetries) return fail();
  const waitMs = retryDelayMs({
    attempt: input.retriesUsed,
    retryAfter: headerValue(headers, 'retry-after'),
    retry: input.retry,
    random: input.random,
    now: input.now,
  });
  return waitMs === undefined ? fail() : { kind: 'again', waitMs, usesRetry: true };
}

function operationOf(request: PlannedRequest): GraphOperation {
  return { method: request.method, url: request.url };
}

function relativeUrl(url: string, baseUrl: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    return isUnderBaseUrl(url, baseUrl) ? url.slice(baseUrl.length) || '/' : undefined;
  }
  return url.startsWith('/') ? url : `/${url}`;
}

function withContentType(
  headers: Readonly<Record<string, string>>,
  body: unknown,
): Readonly<Record<string, string>> {
  const hasContentType = Object.keys(headers).some((name) => name.toLowerCase() === 'content-type');
  return body === undefined || hasContentType
    ? headers
    : { ...headers, 'content-type': 'application/json' };
}

function headerValue(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

function countBy<T>(
  items: readonly T[],
  keyOf: (item: T) => string | undefined,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    chunks.push(items.slice(start, start + size));
  return chunks;
}

function isWholeNumberIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}
