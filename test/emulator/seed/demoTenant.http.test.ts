import type { RunningEmulator } from '../../../emulator/server';
import { startEmulator } from '../../../emulator/server';
import {
  DEMO_CX_CADENCE_APP_EXTERNAL_ID,
  DEMO_CX_GROUP_ID,
  DEMO_CX_LEAD_UPN,
  DEMO_CX_PLAN_ID,
  DEMO_CX_SITE_ID,
  DEMO_OUT_OF_OFFICE_UPN,
  DEMO_OUTSIDER_UPNS,
  outOfOfficeWeekOf,
} from '../../../emulator/seed';
import { callGraph, TEST_NOW, tokenFor } from '../support/graphClient';

/** The demo tenant as a client sees it through the emulator's HTTP surface. */

const DAY_MS = 86_400_000;

let emulator: RunningEmulator;
let leadToken: string;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, inMemory: true, seed: 'demo', now: () => TEST_NOW });
  leadToken = await tokenFor(emulator, DEMO_CX_LEAD_UPN);
});

afterAll(async () => {
  await emulator.close();
});

interface Collection<T = Record<string, unknown>> {
  value: T[];
  '@odata.nextLink'?: string;
}

describe('GET /emulator/personas', () => {
  it('lists the seeded people with their departments and time zones', async () => {
    const response = await fetch(`${emulator.url}/emulator/personas`);
    const personas = (await response.json()) as { userPrincipalName: string; timeZone: string }[];
    expect(response.status).toBe(200);
    expect(personas.length).toBeGreaterThanOrEqual(12);
    expect(personas.map((persona) => persona.userPrincipalName)).toContain(DEMO_CX_LEAD_UPN);
    expect(new Set(personas.map((persona) => persona.timeZone)).size).toBeGreaterThanOrEqual(3);
  });
});

describe('the CX team over Graph', () => {
  it('shows the CX lead the CX Council among their joined teams', async () => {
    const { status, body } = await callGraph<Collection>(emulator, leadToken, '/me/joinedTeams');
    expect(status).toBe(200);
    expect(body.value.map((team) => team.id)).toContain(DEMO_CX_GROUP_ID);
  });

  it('answers the group’s root site and plan', async () => {
    const site = await callGraph(emulator, leadToken, `/groups/${DEMO_CX_GROUP_ID}/sites/root`);
    expect(site.status).toBe(200);
    expect(site.body.id).toBe(DEMO_CX_SITE_ID);
    const plans = await callGraph<Collection>(
      emulator,
      leadToken,
      `/groups/${DEMO_CX_GROUP_ID}/planner/plans`,
    );
    expect(plans.body.value.map((plan) => plan.id)).toEqual([DEMO_CX_PLAN_ID]);
  });

  it('refuses the group to someone outside it', async () => {
    const outsiderToken = await tokenFor(emulator, DEMO_OUTSIDER_UPNS[0] ?? '');
    const { status } = await callGraph(
      emulator,
      outsiderToken,
      `/groups/${DEMO_CX_GROUP_ID}/sites/root`,
    );
    expect(status).toBe(403);
  });

  it('finds CX Cadence in the app catalog by its external id', async () => {
    const filter = encodeURIComponent(`externalId eq '${DEMO_CX_CADENCE_APP_EXTERNAL_ID}'`);
    const { body } = await callGraph<Collection>(
      emulator,
      leadToken,
      `/appCatalogs/teamsApps?$filter=${filter}`,
    );
    expect(body.value).toHaveLength(1);
    expect(body.value[0]).toMatchObject({ displayName: 'CX Cadence' });
  });
});

describe('the demo calendars over Graph', () => {
  it('shows the CX lead a busy week of single and recurring meetings', async () => {
    const from = new Date(TEST_NOW.getTime()).toISOString();
    const to = new Date(TEST_NOW.getTime() + 7 * DAY_MS).toISOString();
    const { status, body } = await callGraph<Collection>(
      emulator,
      leadToken,
      `/me/calendarView?startDateTime=${from}&endDateTime=${to}&$top=100`,
    );
    expect(status).toBe(200);
    expect(body.value.length).toBeGreaterThanOrEqual(6);
    expect(body.value.some((event) => event.type === 'occurrence')).toBe(true);
  });

  it('shows the away member as out of office (3) in getSchedule that week', async () => {
    const week = outOfOfficeWeekOf(TEST_NOW);
    const { status, body } = await callGraph<Collection<{ availabilityView: string }>>(
      emulator,
      leadToken,
      '/me/calendar/getSchedule',
      {
        body: {
          schedules: [DEMO_OUT_OF_OFFICE_UPN],
          startTime: {
            dateTime: week.start.toUTC().toISO({ includeOffset: false }),
            timeZone: 'UTC',
          },
          endTime: { dateTime: week.end.toUTC().toISO({ includeOffset: false }), timeZone: 'UTC' },
          availabilityViewInterval: 60,
        },
      },
    );
    expect(status).toBe(200);
    const view = body.value[0]?.availabilityView ?? '';
    expect(view.length).toBe(5 * 24);
    expect(view).toMatch(/^3+$/);
  });

  it('shows an attendee the meeting the organizer invited them to', async () => {
    const { body } = await callGraph<Collection>(
      emulator,
      await tokenFor(emulator, 'jordan.ellis@contoso.example'),
      `/me/events?$filter=${encodeURIComponent("subject eq 'Dana / Jordan 1:1'")}`,
    );
    expect(body.value).toHaveLength(1);
    expect(body.value[0]).toMatchObject({ type: 'seriesMaster', isOrganizer: false });
  });
});
