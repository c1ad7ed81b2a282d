import { startEmulator } from '../../../emulator/server';
import type { EmulatorOptions, RunningEmulator } from '../../../emulator/server';
import { TEST_NOW } from './graphClient';
import { buildTestTenant } from './tenant';

export { TEST_NOW, callGraph, tokenFor } from './graphClient';
export type { GraphCallOptions, GraphCallResult } from './graphClient';

/** Starts an in-memory emulator on a free port with the small test tenant (override as needed). */
export function startTestEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulator({
    port: 0,
    inMemory: true,
    initialState: buildTestTenant(),
    now: () => TEST_NOW,
    ...options,
  });
}
