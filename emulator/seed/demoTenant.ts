import type { EmulatorState } from '../core/state';
import { DEMO_USER_IDS } from './constants';
import type { SeedContext } from './calendar';
import {
  OUT_OF_OFFICE_PERSON,
  outOfOfficeWeekOf,
  scheduledAutomaticReplies,
  seedDemoCalendars,
} from './demoCalendar';
import { seedDemoMail, seedDemoPlanner } from './demoWork';
import { seedOrganisation, type SeedOptions } from './organisation';

/**
 * The demo tenant, "Contoso" at `contoso.example`: the CX Council (a Microsoft 365 group with a
 * team, a root SharePoint site and a Planner plan) of eleven people in eleven departments and six
 * time zones, two colleagues outside it, a year of busy calendars from `now`, one member out of
 * office for a week three to four weeks ahead, a little mail, the plan's buckets and tasks, and
 * CX Cadence in the Teams app catalog.
 *
 * Deterministic: the same `now` and the same `newId` sequence give a deep-equal state. Every date
 * is relative to `now`, so the demo never goes stale. People, group, site, plan and app ids are
 * fixed (see `constants.ts`); event, message, chat, bucket and task ids come from `newId`.
 *
 * Calendar items follow `core/state.ts`: one stored copy per mailbox (organizer and each attendee,
 * sharing `iCalUId`), series stored as their `seriesMaster` only, with `startUtcMs` = the first
 * occurrence's start and `endUtcMs` = the last occurrence's end or `Number.MAX_SAFE_INTEGER` for a
 * series with no end (details in `calendar.ts`).
 */
export function seedDemoTenant(options: SeedOptions): EmulatorState {
  const state = seedOrganisation(options);
  const context: SeedContext = { state, now: options.now, newId: options.newId };
  scheduleOutOfOffice(context);
  seedDemoCalendars(context);
  seedDemoMail(context);
  seedDemoPlanner(context);
  return state;
}

/** The away member's automatic replies are scheduled for the week of their out-of-office event. */
function scheduleOutOfOffice(context: SeedContext): void {
  const user = context.state.users[DEMO_USER_IDS[OUT_OF_OFFICE_PERSON]];
  if (!user) throw new Error('The out-of-office member is missing from the seeded people');
  user.mailboxSettings.automaticRepliesSetting = scheduledAutomaticReplies(
    outOfOfficeWeekOf(context.now),
  );
}

export { personasOf, type Persona } from '../core/personas';
export * from './constants';
