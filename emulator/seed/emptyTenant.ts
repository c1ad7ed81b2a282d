import type { EmulatorState } from '../core/state';
import { seedOrganisation, type SeedOptions } from './organisation';

/**
 * The empty tenant: the demo's people (with their mailbox settings, automatic replies off), the
 * CX group with its team, root site and plan, and the Teams app catalog — but no calendar items,
 * mail, online meetings, chats, lists, buckets or tasks. A clean slate for tests and benchmarks;
 * the ids are the demo's (see `constants.ts`). `newId` is not called.
 */
export function seedEmptyTenant(options: SeedOptions): EmulatorState {
  return seedOrganisation(options);
}
