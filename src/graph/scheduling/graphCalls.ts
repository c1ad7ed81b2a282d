import {
  GraphError,
  GraphRequestMetrics,
  executeBatch,
  isRetrySafeRequest,
  isRetryableStatus,
  iteratePages,
  type BatchRequest,
  type BatchResult,
  type GraphCall,
  type GraphClient,
  type GraphPage,
} from '../client';
import { CadenceSchedulingError, withGraphDetails } from './errors';
import type { GraphCost } from './steps';

/*
 * The flow's few ways of calling Graph, each returning what it cost so a run can report its own
 * HTTP requests and round trips (the figures the issue budgets).
 */

/** A `$batch` call's answers by request id, and its cost. */
export interface BatchAnswers {
  readonly byId: ReadonlyMap<string, BatchResult<unknown>>;
  readonly cost: GraphCost;
}

/**
 * How many times the flow hands the batch executor the requests still throttled or unavailable
 * after all of the executor's own retries. Heavy throttling can exhaust a request's retries while
 * it waits behind others in a sequential batch; every request the flow sends is safe to repeat, so
 * sending the rest again finishes the step instead of failing it.
 */
export const MAX_BATCH_PASSES = 4;

/**
 * Sends `requests` through the batch executor; requests still answered 429/503/504 (when safe to
 * replay) or 424 (never run, because a request they depend on had not succeeded yet) are sent
 * again, up to {@link MAX_BATCH_PASSES} passes in all. Answers by id, and what it all cost.
 */
export async function sendBatch(
  client: GraphClient,
  requests: readonly BatchRequest[],
): Promise<BatchAnswers> {
  const byId = new Map<string, BatchResult<unknown>>();
  let cost: GraphCost = { httpRequests: 0, roundTrips: 0 };
  let pending = requests;
  for (let pass = 1; pending.length > 0 && pass <= MAX_BATCH_PASSES; pass++) {
    const report = await executeBatch(client, pending);
    cost = {
      httpRequests: cost.httpRequests + report.httpRequests,
      roundTrips: cost.roundTrips + report.roundTrips,
    };
    for (const result of report.results) byId.set(result.id, result);
    pending = stillPending(pending, report.results);
  }
  return { byId, cost };
}

/**
 * The requests to send again: those throttled or unavailable that are safe to replay, and those
 * answered 424 whose dependencies are sent again with them (a dependency that succeeded is
 * dropped from `dependsOn`; one that failed for good leaves its dependent failed).
 */
function stillPending(
  sent: readonly BatchRequest[],
  results: readonly BatchResult<unknown>[],
): BatchRequest[] {
  const retryable = new Set(
    sent
      .filter((request, index) => {
        const result = results[index];
        return (
          result !== undefined &&
          !result.ok &&
          isRetryableStatus(result.status) &&
          isRetrySafeRequest(request)
        );
      })
      .map((request) => request.id),
  );
  const succeeded = new Set(results.filter((result) => result.ok).map((result) => result.id));
  return sent.flatMap((request, index) => {
    const failedUnrun = results[index]?.ok === false && results[index]?.status === 424;
    const dependencies = request.dependsOn ?? [];
    const canRun = dependencies.every((id) => retryable.has(id) || succeeded.has(id));
    if (!retryable.has(request.id) && !(failedUnrun && canRun)) return [];
    const waitingFor = dependencies.filter((id) => !succeeded.has(id));
    return [{ ...request, dependsOn: waitingFor }];
  });
}

/** The body of a successful answer; a failed one becomes a `CadenceSchedulingError` saying `doing`. */
export function answerBody<T>(answers: BatchAnswers, id: string, doing: string): T {
  const result = answers.byId.get(id);
  if (!result) throw new Error(`No request "${id}" was sent in this batch`);
  if (!result.ok) throw graphFailure(doing, [result.error]);
  return result.body as T;
}

/** Failed answers among `ids`, ignoring those `isFine` accepts (e.g. 409 "already installed"). */
export function failuresAmong(
  answers: BatchAnswers,
  ids: readonly string[],
  isFine: (error: GraphError) => boolean = () => false,
): GraphError[] {
  return ids.flatMap((id) => {
    const result = answers.byId.get(id);
    return result && !result.ok && !isFine(result.error) ? [result.error] : [];
  });
}

export function graphFailure(doing: string, causes: readonly GraphError[]): CadenceSchedulingError {
  return new CadenceSchedulingError({
    code: 'graphRequestFailed',
    message: withGraphDetails(
      `CX Cadence could not ${doing}. Nothing was duplicated: run it again once Microsoft 365 answers normally.`,
      causes,
    ),
    causes,
  });
}

/** One request, counted. Rejects with the client's `GraphError` when Graph answers an error. */
export async function sendCounted<T>(
  client: GraphClient,
  call: GraphCall,
): Promise<{ readonly body: T; readonly cost: GraphCost }> {
  const metrics = new GraphRequestMetrics();
  const body = await client.request<T>({ ...call, options: { ...call.options, metrics } });
  return { body, cost: costOf(metrics) };
}

/**
 * The rest of a collection whose first page came in a batch: follows `@odata.nextLink` page by
 * page (each page is one more round trip, which only very long series or huge groups need).
 */
export async function remainingPages<T>(
  client: GraphClient,
  firstPage: GraphPage<T>,
): Promise<{ readonly items: T[]; readonly cost: GraphCost }> {
  const items = [...firstPage.value];
  const next = firstPage['@odata.nextLink'];
  if (next === undefined) return { items, cost: { httpRequests: 0, roundTrips: 0 } };
  const metrics = new GraphRequestMetrics();
  for await (const page of iteratePages<T>(client, next, { options: { metrics } })) {
    items.push(...page);
  }
  return { items, cost: costOf(metrics) };
}

function costOf(metrics: GraphRequestMetrics): GraphCost {
  const { httpRequests, roundTrips } = metrics.snapshot();
  return { httpRequests, roundTrips };
}

/** True for Graph's "not found" (a series or chat someone already deleted). */
export function isNotFound(error: unknown): error is GraphError {
  return error instanceof GraphError && error.status === 404;
}
