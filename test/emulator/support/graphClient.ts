import type { RunningEmulator } from '../../../emulator/core/graphServer';

/** The fixed clock integration tests run at: Monday 2 March 2026, 12:00 UTC. */
export const TEST_NOW = new Date('2026-03-02T12:00:00Z');

/** Asks the emulator for a persona's bearer token. */
export async function tokenFor(
  emulator: RunningEmulator,
  userPrincipalName: string,
): Promise<string> {
  const response = await fetch(`${emulator.url}/emulator/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userPrincipalName }),
  });
  if (!response.ok) throw new Error(`No token for ${userPrincipalName}: ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

export interface GraphCallOptions {
  readonly method?: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

export interface GraphCallResult<T = Record<string, unknown>> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

/** A Graph call as a client makes it: `path` relative to /v1.0, e.g. `/me/events`. */
export async function callGraph<T = Record<string, unknown>>(
  emulator: RunningEmulator,
  token: string | undefined,
  path: string,
  options: GraphCallOptions = {},
): Promise<GraphCallResult<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${emulator.graphUrl}${path}`, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (text ? JSON.parse(text) : undefined) as T,
  };
}
