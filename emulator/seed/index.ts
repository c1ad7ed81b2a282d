import type { EmulatorState } from '../core/state';
import { seedDemoTenant } from './demoTenant';
import { seedEmptyTenant } from './emptyTenant';
import type { SeedOptions } from './organisation';

/**
 * The seeded tenants of the emulator: `demo` (Contoso's CX Council with a year of calendars) and
 * `empty` (the same people, group, team, site, plan and app catalog, nothing else).
 */

export type SeedKind = 'demo' | 'empty';
export const SEED_KINDS: readonly SeedKind[] = ['demo', 'empty'];

export function isSeedKind(value: unknown): value is SeedKind {
  return value === 'demo' || value === 'empty';
}

export function seedTenant(kind: SeedKind, options: SeedOptions): EmulatorState {
  return kind === 'demo' ? seedDemoTenant(options) : seedEmptyTenant(options);
}

export type { SeedOptions } from './organisation';
export { seedDemoTenant } from './demoTenant';
export { seedEmptyTenant } from './emptyTenant';
export { personasOf, type Persona } from '../core/personas';
export { DEMO_PEOPLE, upnOf, displayNameOf, type DemoPerson } from './people';
export { outOfOfficeWeekOf, OUT_OF_OFFICE_LEAD_DAYS } from './demoCalendar';
export * from './constants';
