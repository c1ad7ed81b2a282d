import { startEmulator } from '../../../emulator/server';
import type { EmulatorOptions, RunningEmulator } from '../../../emulator/server';
import { staticTokenProvider } from '../../../src/auth/tokenProvider';
import { createGraphClient } from '../../../src/graph/client';
import type { GraphClient } from '../../../src/graph/client';
import { TEST_NOW, tokenFor } from '../../emulator/support/graphClient';

/**
 * The real emulator (every Graph area, metadata checks) with a Graph client signed in as a persona:
 * what the gateway's integration tests run against. Retries never wait (`sleep` resolves at once),
 * so a throttle drill takes no wall time; the emulator's request log counts what was sent.
 */
export interface EmulatorSession {
  readonly emulator: RunningEmulator;
  /** A client signed in as `userPrincipalName`. */
  clientFor(userPrincipalName: string): Promise<GraphClient>;
  /** Graph requests served since the last reset, as the contract's `GET /emulator/requests`. */
  requests(): Promise<EmulatorRequest[]>;
  /** Empties the request log (and, as the contract says, returns to a seeded state). */
  reset(seed: 'demo' | 'empty'): Promise<void>;
  /** `POST /emulator/faults`; `undefined` clears them. */
  faults(settings: Record<string, number> | undefined): Promise<void>;
  close(): Promise<void>;
}

export interface EmulatorRequest {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly user: string | null;
  readonly startedAt: string;
  readonly endedAt: string;
  readonly batchId?: string;
}

export async function startEmulatorSession(
  options: EmulatorOptions = {},
): Promise<EmulatorSession> {
  const emulator = await startEmulator({
    port: 0,
    inMemory: true,
    seed: 'demo',
    now: () => TEST_NOW,
    ...options,
  });
  return {
    emulator,
    clientFor: async (userPrincipalName) =>
      createGraphClient({
        baseUrl: emulator.graphUrl,
        tokenProvider: staticTokenProvider(await tokenFor(emulator, userPrincipalName)),
        sleep: () => Promise.resolve(),
      }),
    requests: async () =>
      (await (await fetch(`${emulator.url}/emulator/requests`)).json()) as EmulatorRequest[],
    reset: async (seed) => {
      await fetch(`${emulator.url}/emulator/reset`, {
        method: 'POST',
        body: JSON.stringify({ seed }),
      });
    },
    faults: async (settings) => {
      await fetch(`${emulator.url}/emulator/faults`, {
        method: settings ? 'POST' : 'DELETE',
        body: settings ? JSON.stringify(settings) : undefined,
      });
    },
    close: () => emulator.close(),
  };
}

/** Top-level HTTP requests (a `$batch` counts as one) and their inner requests, from the log. */
export function countRequests(log: readonly EmulatorRequest[]): { http: number; inner: number } {
  return {
    http: log.filter((entry) => entry.batchId === undefined).length,
    inner: log.filter((entry) => entry.batchId !== undefined).length,
  };
}
