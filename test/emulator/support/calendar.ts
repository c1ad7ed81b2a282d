import { startEmulator } from '../../../emulator/server';
import type { RunningEmulator } from '../../../emulator/server';
import { buildTestTenant, testUsers } from './tenant';

/**
 * An in-process emulator for the calendar tests: the small test tenant, a fixed clock (Monday
 * 2 March 2026, 12:00 UTC — the week before the US switches to daylight time on 8 March) and one
 * token per persona, with a small `fetch` wrapper that speaks JSON.
 */
export const CALENDAR_TEST_NOW = '2026-03-02T12:00:00Z';

export type Persona = keyof typeof testUsers;

export interface GraphReply {
  readonly status: number;
  readonly headers: Headers;
  // Graph JSON is read loosely in tests: each test asserts the fields it cares about.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly body: any;
}

export interface CalendarHarness {
  readonly emulator: RunningEmulator;
  call(
    who: Persona,
    method: string,
    path: string,
    options?: { body?: unknown; headers?: Record<string, string> },
  ): Promise<GraphReply>;
  /** Follows an absolute `@odata.nextLink`. */
  follow(who: Persona, url: string): Promise<GraphReply>;
  close(): Promise<void>;
}

export async function startCalendarHarness(): Promise<CalendarHarness> {
  const emulator = await startEmulator({
    port: 0,
    inMemory: true,
    initialState: buildTestTenant(),
    now: () => new Date(CALENDAR_TEST_NOW),
  });
  const tokens = new Map<Persona, string>();
  for (const persona of Object.keys(testUsers) as Persona[]) {
    const response = await fetch(`${emulator.url}/emulator/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userPrincipalName: testUsers[persona].upn }),
    });
    const { access_token: token } = (await response.json()) as { access_token: string };
    tokens.set(persona, token);
  }
  const send = async (
    who: Persona,
    method: string,
    url: string,
    options: { body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<GraphReply> => {
    const response = await fetch(url, {
      method,
      headers: {
        Authorization: `Bearer ${tokens.get(who) ?? ''}`,
        ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...options.headers,
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text ? JSON.parse(text) : undefined,
    };
  };
  return {
    emulator,
    call: (who, method, path, options) => send(who, method, `${emulator.graphUrl}${path}`, options),
    follow: (who, url) => send(who, 'GET', url),
    close: () => emulator.close(),
  };
}

/** A `dateTimeTimeZone`. */
export function at(dateTime: string, timeZone = 'UTC'): { dateTime: string; timeZone: string } {
  return { dateTime, timeZone };
}

/** An attendee entry for a persona (or any address). */
export function attendee(address: string, type: 'required' | 'optional' = 'required') {
  return { emailAddress: { address }, type };
}

/** A minimal event body from 1 h at `start` (UTC unless a zone is given). */
export function eventAt(
  subject: string,
  start: string,
  end: string,
  extra: Record<string, unknown> = {},
  timeZone = 'UTC',
): Record<string, unknown> {
  return { subject, start: at(start, timeZone), end: at(end, timeZone), ...extra };
}
