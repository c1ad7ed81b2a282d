import { GraphHttpError, graphErrors } from './errors';
import type { GraphResponse } from './types';

/** Graph's limit of requests in one JSON batch. */
export const MAX_BATCH_REQUESTS = 20;

export interface BatchRequestItem {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly dependsOn: readonly string[];
}

/** Runs one inner request through the same pipeline as a top-level request. */
export type InnerRequestRunner = (item: BatchRequestItem) => Promise<GraphResponse>;

/**
 * Reads and checks a `$batch` body as Graph does: at most 20 requests, unique ids, `dependsOn`
 * naming requests of the same batch, relative URLs.
 */
export function parseBatch(body: unknown): BatchRequestItem[] {
  const requests = (body as { requests?: unknown } | undefined)?.requests;
  if (!Array.isArray(requests)) {
    throw graphErrors.badRequest('Invalid batch payload format.', 'BadRequest');
  }
  if (requests.length === 0) {
    throw graphErrors.badRequest('Invalid batch payload format: the requests array is empty.');
  }
  if (requests.length > MAX_BATCH_REQUESTS) {
    throw graphErrors.badRequest(
      `Unable to process batch. Batch request contains more than ${MAX_BATCH_REQUESTS} requests.`,
    );
  }
  const items = requests.map((raw, index) => readItem(raw, index));
  // Graph compares batch request ids without regard to case.
  const ids = new Set<string>();
  for (const item of items) {
    if (ids.has(item.id.toLowerCase())) {
      throw graphErrors.badRequest(`Batch request contains duplicate request id '${item.id}'.`);
    }
    ids.add(item.id.toLowerCase());
  }
  for (const item of items) {
    for (const dependency of item.dependsOn) {
      if (!ids.has(dependency.toLowerCase())) {
        throw graphErrors.badRequest(
          `Request '${item.id}' depends on request '${dependency}', which is not in the batch.`,
        );
      }
    }
  }
  return items;
}

function readItem(raw: unknown, index: number): BatchRequestItem {
  if (typeof raw !== 'object' || raw === null) {
    throw graphErrors.badRequest(
      `Invalid batch payload format: request ${index} is not an object.`,
    );
  }
  const record = raw as Record<string, unknown>;
  const id = record.id;
  const method = record.method;
  const url = record.url;
  if (typeof id !== 'string' && typeof id !== 'number') {
    throw graphErrors.badRequest(`Invalid batch payload format: request ${index} has no id.`);
  }
  if (typeof method !== 'string' || typeof url !== 'string') {
    throw graphErrors.badRequest(
      `Invalid batch payload format: request '${String(id)}' needs a method and a url.`,
    );
  }
  if (/^https?:/i.test(url)) {
    throw graphErrors.badRequest(
      `Invalid batch payload format: request '${String(id)}' must use a relative URL.`,
    );
  }
  const headers = Object.fromEntries(
    Object.entries((record.headers as Record<string, unknown> | undefined) ?? {}).map(
      ([name, value]) => [name.toLowerCase(), String(value)],
    ),
  );
  if (
    record.body !== undefined &&
    ['POST', 'PATCH', 'PUT'].includes(method.toUpperCase()) &&
    !headers['content-type']
  ) {
    throw graphErrors.badRequest(
      `Content-Type header must be specified for request '${String(id)}' with a body.`,
    );
  }
  const dependsOn = Array.isArray(record.dependsOn) ? record.dependsOn.map(String) : [];
  return {
    id: String(id),
    method: method.toUpperCase(),
    url,
    headers,
    body: record.body,
    dependsOn,
  };
}

export interface BatchResponseItem {
  readonly id: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

/**
 * Runs the batch: requests without `dependsOn` run concurrently like Graph's; a request runs once
 * its dependencies have answered, and gets 424 Failed Dependency when one of them failed.
 * Responses are returned in request order.
 */
export async function runBatch(
  items: readonly BatchRequestItem[],
  run: InnerRequestRunner,
  failedDependency: (item: BatchRequestItem) => GraphResponse,
): Promise<BatchResponseItem[]> {
  const results = new Map<string, Promise<GraphResponse>>();
  const resultOf = (item: BatchRequestItem): Promise<GraphResponse> => {
    const existing = results.get(item.id);
    if (existing) return existing;
    const promise = (async () => {
      const dependencies = await Promise.all(
        item.dependsOn.map((id) => resultOf(findItem(items, id))),
      );
      if (dependencies.some((response) => response.status >= 400)) return failedDependency(item);
      return run(item);
    })();
    results.set(item.id, promise);
    return promise;
  };
  assertNoCycle(items);
  const responses = await Promise.all(items.map(resultOf));
  return items.map((item, index) => {
    const response = responses[index] as GraphResponse;
    return {
      id: item.id,
      status: response.status,
      headers: response.headers ?? {},
      ...(response.body === undefined ? {} : { body: response.body }),
    };
  });
}

function findItem(items: readonly BatchRequestItem[], id: string): BatchRequestItem {
  const found = items.find((candidate) => candidate.id.toLowerCase() === id.toLowerCase());
  if (!found) throw new Error(`parseBatch admitted an unknown dependency ${id}`);
  return found;
}

function assertNoCycle(items: readonly BatchRequestItem[]): void {
  const byId = new Map(items.map((item) => [item.id.toLowerCase(), item]));
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (id: string): void => {
    id = id.toLowerCase();
    if (done.has(id)) return;
    if (visiting.has(id)) {
      throw new GraphHttpError({
        status: 400,
        code: 'BadRequest',
        message: 'Batch request dependencies form a cycle.',
      });
    }
    visiting.add(id);
    for (const dependency of byId.get(id)?.dependsOn ?? []) visit(dependency);
    visiting.delete(id);
    done.add(id);
  };
  for (const item of items) visit(item.id);
}
