/**
 * Measuring what a flow costs in Graph traffic against the in-process emulator: top-level HTTP
 * requests and the requests inside `$batch`es (from the emulator's request log), sequential round
 * trips (the client's own metrics) and body bytes both ways (a counting `fetch`). Shared by the
 * Graph benchmarks so every table counts the same way.
 *
 * Bytes are request and response bodies (JSON), not headers: headers are near-constant per HTTP
 * request, so the request count already says what they cost.
 */
import { DEMO_CX_LEAD_UPN } from '../emulator/seed';
import type { RunningEmulator } from '../emulator/server';
import { staticTokenProvider } from '../src/auth/tokenProvider';
import { createGraphClient, type GraphClient } from '../src/graph/client';

/** What one measured run cost. */
export interface GraphCostFigures {
  /** Top-level HTTP requests the emulator served (a `$batch` counts once). */
  readonly httpRequests: number;
  /** Requests inside batches. */
  readonly innerRequests: number;
  /** Sequential round trips, as the client's metrics count them. */
  readonly roundTrips: number;
  readonly bytesSent: number;
  readonly bytesReceived: number;
  /** Wall time against the local emulator: indicative only, there is no network. */
  readonly ms: number;
}

export interface MeasureOptions {
  /** Who runs the job; default the CX lead. */
  readonly userPrincipalName?: string;
  /** Keep the tenant as the previous measurement left it instead of re-seeding it. */
  readonly keepState?: boolean;
  /** Runs before the measurement starts (not counted), e.g. to create the meeting chat. */
  readonly setUp?: (client: GraphClient) => Promise<void>;
}

interface Counters {
  sent: number;
  received: number;
}

/** `GET` (no body) or `POST` one of the emulator's control endpoints. */
export async function control(
  emulator: RunningEmulator,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(`${emulator.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return response.json();
}

/** A Graph client signed in as `userPrincipalName` that counts body bytes both ways. */
export async function countingClient(
  emulator: RunningEmulator,
  counters: Counters,
  userPrincipalName: string = DEMO_CX_LEAD_UPN,
): Promise<GraphClient> {
  const tokenResponse = await fetch(`${emulator.url}/emulator/token`, {
    method: 'POST',
    body: JSON.stringify({ userPrincipalName }),
  });
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
  return createGraphClient({
    baseUrl: emulator.graphUrl,
    tokenProvider: staticTokenProvider(token),
    sleep: () => Promise.resolve(),
    fetch: async (input, init) => {
      counters.sent += byteLength(
        init?.body ?? (input instanceof Request ? await input.clone().text() : ''),
      );
      const response = await fetch(input, init);
      counters.received += (await response.clone().arrayBuffer()).byteLength;
      return response;
    },
  });
}

function byteLength(body: unknown): number {
  if (typeof body === 'string') return Buffer.byteLength(body);
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return body.byteLength;
  return 0;
}

/** Runs `job` on a freshly seeded demo tenant (unless `keepState`) and measures it. */
export async function measureGraphCost(
  emulator: RunningEmulator,
  job: (client: GraphClient) => Promise<unknown>,
  options: MeasureOptions = {},
): Promise<GraphCostFigures> {
  if (!options.keepState) await control(emulator, '/emulator/reset', { seed: 'demo' });
  const counters: Counters = { sent: 0, received: 0 };
  const client = await countingClient(emulator, counters, options.userPrincipalName);
  await options.setUp?.(client);
  client.metrics.reset();
  Object.assign(counters, { sent: 0, received: 0 });
  const before = ((await control(emulator, '/emulator/requests')) as unknown[]).length;
  const started = performance.now();
  await job(client);
  const ms = performance.now() - started;
  const log = ((await control(emulator, '/emulator/requests')) as { batchId?: string }[]).slice(
    before,
  );
  return {
    httpRequests: log.filter((entry) => entry.batchId === undefined).length,
    innerRequests: log.filter((entry) => entry.batchId !== undefined).length,
    roundTrips: client.metrics.snapshot().roundTrips,
    bytesSent: counters.sent,
    bytesReceived: counters.received,
    ms: Math.round(ms),
  };
}

/** A measured approach: its name and its figures. */
export type CostRow = GraphCostFigures & { readonly approach: string };

/** The rows as an aligned text table: HTTP, inner, round trips, KB sent and received, ms. */
export function formatCostTable(title: string, rows: readonly CostRow[]): string {
  const header = ['approach', 'HTTP', 'inner', 'round trips', 'KB sent', 'KB received', 'ms'];
  const lines = rows.map((row) => [
    row.approach,
    String(row.httpRequests),
    String(row.innerRequests),
    String(row.roundTrips),
    (row.bytesSent / 1024).toFixed(1),
    (row.bytesReceived / 1024).toFixed(1),
    String(row.ms),
  ]);
  return [title, ...alignedTable(header, lines)].join('\n');
}

/** A plain-text table: the header and each line, the first column left-aligned, the rest right. */
export function alignedTable(
  header: readonly string[],
  lines: readonly (readonly string[])[],
): string[] {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...lines.map((line) => (line[column] ?? '').length)),
  );
  const format = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ');
  return [format(header), ...lines.map(format)];
}

/** "One call per item needs 3.5× the HTTP requests …" comparing a baseline with the flow. */
export function describeRatio(flow: CostRow, baseline: CostRow): string {
  const times = (a: number, b: number, digits = 1) => `${(b === 0 ? 0 : a / b).toFixed(digits)}×`;
  const name = baseline.approach.charAt(0).toUpperCase() + baseline.approach.slice(1);
  return (
    `${name} needs ${times(baseline.httpRequests, flow.httpRequests)} the HTTP requests ` +
    `and ${times(baseline.roundTrips, flow.roundTrips)} the round trips of ${flow.approach} ` +
    `(bytes: ${times(baseline.bytesSent, flow.bytesSent, 2)} sent, ` +
    `${times(baseline.bytesReceived, flow.bytesReceived, 2)} received).`
  );
}
