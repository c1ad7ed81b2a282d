import { provisionOnlineMeeting } from '../../../emulator/graph/onlineMeetings';
import type { ProvisionedOnlineMeeting } from '../../../emulator/graph/onlineMeetings';
import type { EmulatorState, GraphJson } from '../../../emulator/core/state';
import { startEmulator } from '../../../emulator/server';
import type { RunningEmulator } from '../../../emulator/server';
import { buildTestTenant, testUsers } from './tenant';

/**
 * Helpers for the Teams-area tests (online meetings, chats, apps, tabs): a test tenant with a
 * catalog and a provisioned meeting, an emulator on a fixed clock, tokens and a small client.
 */

export const FIXED_NOW = new Date('2026-03-02T12:00:00Z');

export const catalogApps = {
  cadence: {
    id: 'a1b2c3d4-0000-4000-8000-0000000000aa',
    externalId: 'f3c1d0e2-cx-cadence-manifest',
    displayName: 'CX Cadence',
    distributionMethod: 'organization',
  },
  polls: {
    id: 'a1b2c3d4-0000-4000-8000-0000000000bb',
    externalId: 'store-polls-manifest',
    displayName: 'Polls',
    distributionMethod: 'store',
  },
} as const;

/** Sequential GUID-shaped ids, so provisioned resources are the same on every run. */
export function sequentialIds(prefix = 'c0ffee00'): () => string {
  let next = 0;
  return () => `${prefix}-0000-4000-8000-${String(++next).padStart(12, '0')}`;
}

/** Provisions a meeting straight into a state, as the calendar does when it creates one. */
export function provisionInState(
  state: EmulatorState,
  options: {
    organizerId: string;
    subject: string;
    attendeeIds: readonly string[];
    startDateTime?: string;
    endDateTime?: string;
  },
  newId: () => string = sequentialIds(),
): ProvisionedOnlineMeeting {
  return provisionOnlineMeeting(
    { state, now: () => FIXED_NOW, newId, markChanged: () => undefined },
    {
      startDateTime: '2026-03-03T16:00:00Z',
      endDateTime: '2026-03-03T17:00:00Z',
      ...options,
    },
  );
}

export interface TeamsTenant {
  readonly state: EmulatorState;
  /** Alex organizes "CX Council weekly" with Blair and Casey; the outsider is not invited. */
  readonly meeting: ProvisionedOnlineMeeting;
}

export function buildTeamsTenant(): TeamsTenant {
  const state = buildTestTenant();
  for (const app of Object.values(catalogApps)) state.teamsApps[app.id] = { ...app };
  const meeting = provisionInState(state, {
    organizerId: testUsers.alex.id,
    subject: 'CX Council weekly',
    attendeeIds: [testUsers.blair.id, testUsers.casey.id],
  });
  return { state, meeting };
}

export async function startTeamsEmulator(state: EmulatorState): Promise<RunningEmulator> {
  return startEmulator({
    port: 0,
    inMemory: true,
    initialState: state,
    now: () => FIXED_NOW,
    newId: sequentialIds('5e55e000'),
  });
}

export interface GraphReply {
  readonly status: number;
  readonly body: GraphJson;
  readonly headers: Headers;
}

/** A Graph client for one user: `call('GET', '/me/chats')`. */
export async function clientFor(emulator: RunningEmulator, upn: string) {
  const response = await fetch(`${emulator.url}/emulator/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userPrincipalName: upn }),
  });
  const { access_token: token } = (await response.json()) as { access_token: string };
  return async (method: string, path: string, body?: unknown): Promise<GraphReply> => {
    const url = path.startsWith('http') ? path : `${emulator.graphUrl}${path}`;
    const reply = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await reply.text();
    return {
      status: reply.status,
      body: text === '' ? {} : (JSON.parse(text) as GraphJson),
      headers: reply.headers,
    };
  };
}

export type GraphCall = Awaited<ReturnType<typeof clientFor>>;

/** `$filter=JoinWebUrl eq '<url>'` encoded as Graph's docs show (the URL encoded once). */
export function joinUrlFilter(joinWebUrl: string): string {
  return `$filter=${encodeURIComponent(`JoinWebUrl eq '${joinWebUrl}'`)}`;
}

/** The chat path segment for a thread id. */
export function chatPath(chatId: string): string {
  return `/chats/${encodeURIComponent(chatId)}`;
}

export function errorCode(reply: GraphReply): string {
  return String((reply.body.error as GraphJson | undefined)?.code ?? '');
}

export function errorMessage(reply: GraphReply): string {
  return String((reply.body.error as GraphJson | undefined)?.message ?? '');
}
