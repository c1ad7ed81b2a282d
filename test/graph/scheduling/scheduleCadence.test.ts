import { changeCadence } from '../../../src/domain/cadence';
import { ValidationError } from '../../../src/domain/errors';
import { memberId } from '../../../src/domain/ids';
import { scheduleCadence, type ScheduledCadence } from '../../../src/graph/scheduling';
import { DEMO_EXECUTIVE_SPONSOR_UPN } from '../../../emulator/seed';
import {
  countRequests,
  startEmulatorSession,
  type EmulatorRequest,
  type EmulatorSession,
} from '../support/emulatorSession';
import {
  CHARTER,
  LUKAS,
  NOAH,
  TEAM_IDS,
  danaClient,
  demoCadence,
  joinBlockOf,
  presenterLinesIn,
  scheduleOptions,
  viewTenant,
  writesIn,
  type TenantView,
} from './fixtures';

jest.setTimeout(60_000);

const topLevelRequests = (log: readonly EmulatorRequest[]) =>
  log
    .filter((entry) => entry.batchId === undefined)
    .map((entry) => `${entry.method} ${entry.path.split('?')[0]}`);

describe('scheduleCadence', () => {
  let session: EmulatorSession;

  beforeAll(async () => {
    session = await startEmulatorSession();
  });
  afterAll(() => session.close());

  async function schedule(
    change: Parameters<typeof scheduleOptions>[1] = {},
  ): Promise<{ result: ScheduledCadence; roundTrips: number; log: EmulatorRequest[] }> {
    const before = (await session.requests()).length;
    const client = await danaClient(session);
    const result = await scheduleCadence(scheduleOptions(client, change));
    const log = (await session.requests()).slice(before);
    return { result, roundTrips: client.metrics.snapshot().roundTrips, log };
  }

  describe('a first run', () => {
    let first: Awaited<ReturnType<typeof schedule>>;
    let tenant: TenantView;

    beforeAll(async () => {
      await session.reset('demo');
      first = await schedule();
      tenant = await viewTenant(await danaClient(session));
    });

    it('schedules a year of biweekly meetings for 12 people in 6 HTTP requests and 5 round trips', () => {
      expect(countRequests(first.log)).toEqual({ http: 6, inner: 4 + 7 + 4 + 27 + 2 });
      expect(first.roundTrips).toBe(5);
      expect(first.result.cost).toEqual({ httpRequests: 6, roundTrips: 5 });
      // The log lists requests as they finished; each round waited for the one before.
      expect(topLevelRequests(first.log)).toEqual([
        'POST /v1.0/$batch', // the team, the attendees, who is signed in, the app in the catalog
        'POST /v1.0/$batch', // 7 getSchedule windows
        'POST /v1.0/me/events', // the series
        'POST /v1.0/$batch', // instances, online meeting, the chat's apps and tabs
        'POST /v1.0/$batch', // presenter PATCHes 1–20
        'POST /v1.0/$batch', // PATCHes 21–27, the app installation and the tab
      ]);
      expect(first.result.writes).toEqual({
        series: 'created',
        presenterUpdates: 27,
        appInstalled: true,
        tabAdded: true,
      });
    });

    it('creates one Teams meeting series with the app installed once and one side panel tab', () => {
      expect(tenant.series).toHaveLength(1);
      expect(tenant.series[0]?.id).toBe(first.result.seriesId);
      expect(tenant.instances).toHaveLength(27);
      expect(tenant.installations).toBe(1);
      expect(tenant.tabs).toBe(1);
      expect(first.result.chatId).toMatch(/^19:meeting_.+@thread\.v2$/);
    });

    it("names each meeting's presenter in its agenda and keeps the Teams join block byte for byte", () => {
      const masterBody = tenant.series[0]?.body.content ?? '';
      expect(masterBody).toContain('presenter to be confirmed');
      expect(masterBody).toContain(CHARTER.mission);
      const joinBlock = joinBlockOf(masterBody);
      expect(joinBlock).toContain('Microsoft Teams meeting');
      expect(joinBlock).toContain('Click here to join the meeting');
      const presenters = new Map(
        first.result.occurrences.map((occurrence) => [
          occurrence.eventId,
          occurrence.presenterName,
        ]),
      );
      for (const instance of tenant.instances) {
        expect(presenterLinesIn(instance.body.content)).toEqual([presenters.get(instance.id)]);
        expect(joinBlockOf(instance.body.content)).toBe(joinBlock);
        expect(instance.body.content).toContain(CHARTER.mission);
      }
    });

    it('shares the Mission Moment fairly: 27 meetings over 11 members, 2 or 3 turns each', () => {
      const turns = new Map<string, number>();
      for (const { presenterId } of first.result.occurrences) {
        turns.set(String(presenterId), (turns.get(String(presenterId)) ?? 0) + 1);
      }
      expect([...turns.keys()].sort()).toEqual([...TEAM_IDS].sort());
      expect(Math.min(...turns.values())).toBeGreaterThanOrEqual(2);
      expect(Math.max(...turns.values())).toBeLessThanOrEqual(3);
    });

    it('skips Lukas on 24 March, in his out-of-office week, and gives him the next meeting', () => {
      const byDate = new Map(
        first.result.occurrences.map((occurrence) => [occurrence.date, occurrence]),
      );
      const inHisWeek = byDate.get('2026-03-24');
      expect(inHisWeek?.skipped).toEqual([{ memberId: LUKAS, reason: 'outOfOffice' }]);
      expect(inHisWeek?.presenterId).not.toBe(LUKAS);
      expect(byDate.get('2026-04-07')?.presenterId).toBe(LUKAS);
      const body = tenant.instances.find((instance) => instance.id === inHisWeek?.eventId);
      expect(presenterLinesIn(body?.body.content ?? '')).toEqual([inHisWeek?.presenterName]);
    });

    it('reports Noah as invited from outside the CX team', () => {
      expect(first.result.attendeesOutsideTeam).toEqual([NOAH]);
    });
  });

  describe('running it again', () => {
    it('changes nothing: no new event, no PATCH, no install, no tab', async () => {
      await session.reset('demo');
      const { result } = await schedule();
      const again = await schedule({ previous: { seriesId: result.seriesId } });

      expect(writesIn(again.log)).toEqual([]);
      expect(again.result.writes).toEqual({
        series: 'unchanged',
        presenterUpdates: 0,
        appInstalled: false,
        tabAdded: false,
      });
      expect(again.result.seriesId).toBe(result.seriesId);
      expect(again.result.occurrences).toEqual(result.occurrences);
      expect(again.result.cost).toEqual({ httpRequests: 3, roundTrips: 3 });
    });

    it('without the series id, finds the series by its transactionId instead of duplicating it', async () => {
      await session.reset('demo');
      const { result } = await schedule();
      const again = await schedule();

      expect(again.result.seriesId).toBe(result.seriesId);
      expect(again.result.writes.presenterUpdates).toBe(0);
      expect(writesIn(again.log).map((entry) => entry.method)).toEqual(['POST']);
      const tenant = await viewTenant(await danaClient(session));
      expect([tenant.series.length, tenant.installations, tenant.tabs]).toEqual([1, 1, 1]);
    });
  });

  describe('changing the cadence', () => {
    it('moves the series to 09:00 in place and names the presenters again', async () => {
      await session.reset('demo');
      const { result } = await schedule();
      const later = changeCadence(demoCadence(), { startTime: '09:00' });
      const changed = await schedule({ cadence: later, previous: { seriesId: result.seriesId } });

      const writes = writesIn(changed.log).map((entry) => `${entry.method} ${entry.path}`);
      expect(writes[0]).toBe(`PATCH /v1.0/me/events/${encodeURIComponent(result.seriesId)}`);
      expect(writes.filter((write) => write.startsWith('PATCH'))).toHaveLength(1 + 27);
      expect(writes.some((write) => write.startsWith('POST'))).toBe(false);
      expect(changed.result).toMatchObject({
        seriesId: result.seriesId,
        cadenceVersion: 2,
        writes: { series: 'updated', presenterUpdates: 27, appInstalled: false, tabAdded: false },
      });
      const tenant = await viewTenant(await danaClient(session));
      expect(tenant.series).toHaveLength(1);
      expect(tenant.instances[0]?.originalStart).toBe('2026-03-10T16:00:00Z');
      for (const instance of tenant.instances) {
        expect(presenterLinesIn(instance.body.content)).toHaveLength(1);
      }
    });

    it('meeting every week instead patches the recurrence and presents all 53 meetings', async () => {
      await session.reset('demo');
      const { result } = await schedule();
      const weekly = changeCadence(demoCadence(), {
        recurrence: {
          ...demoCadence().recurrence,
          frequency: { kind: 'weekly', dayOfWeek: 'tuesday' },
        },
      });
      const changed = await schedule({ cadence: weekly, previous: { seriesId: result.seriesId } });

      expect(changed.result.occurrences).toHaveLength(53);
      expect(changed.result.writes).toMatchObject({ series: 'updated', presenterUpdates: 53 });
      const tenant = await viewTenant(await danaClient(session));
      expect(tenant.series).toHaveLength(1);
      expect(tenant.instances).toHaveLength(53);
    });

    it('uninviting Noah patches only the attendees: every presenter stays as it was', async () => {
      await session.reset('demo');
      const { result } = await schedule();
      const smaller = changeCadence(demoCadence(), { attendeeIds: TEAM_IDS });
      const changed = await schedule({ cadence: smaller, previous: { seriesId: result.seriesId } });

      expect(writesIn(changed.log).map((entry) => entry.method)).toEqual(['PATCH']);
      expect(changed.result.writes).toMatchObject({ series: 'updated', presenterUpdates: 0 });
      expect(changed.result.attendeesOutsideTeam).toEqual([]);
    });

    it('keeps an edit made in Outlook while it ran: reads the series again after a 412', async () => {
      await session.reset('demo');
      const { result } = await schedule();
      const outlook = await danaClient(session);
      const changed = await schedule({
        cadence: changeCadence(demoCadence(), { title: 'CX Council (biweekly)' }),
        previous: { seriesId: result.seriesId },
        checkpoint: async (step) => {
          if (step !== 'freeBusy') return;
          await outlook.request({
            method: 'PATCH',
            url: `/me/events/${result.seriesId}`,
            body: { location: { displayName: 'Board room' } },
          });
        },
      });

      const seriesWrites = writesIn(changed.log)
        .filter((entry) => entry.batchId === undefined && entry.method === 'PATCH')
        .map((entry) => entry.status);
      expect(seriesWrites).toEqual([200, 412, 200]); // Outlook's edit, our stale try, our retry
      expect(changed.result.writes.series).toBe('updated');
      const series = await outlook.request<{ subject: string; location: { displayName: string } }>({
        method: 'GET',
        url: `/me/events/${result.seriesId}?$select=subject,location`,
      });
      expect(series).toMatchObject({
        subject: 'CX Council (biweekly)',
        location: { displayName: 'Board room' },
      });
    });

    it('recreates the series when someone deleted it in Outlook', async () => {
      await session.reset('demo');
      const { result } = await schedule();
      const client = await danaClient(session);
      await client.request({ method: 'DELETE', url: `/me/events/${result.seriesId}` });
      const again = await schedule({
        cadence: changeCadence(demoCadence(), { title: 'CX Council (new)' }),
        previous: { seriesId: result.seriesId },
      });

      expect(again.result.seriesId).not.toBe(result.seriesId);
      expect(again.result.writes.series).toBe('created');
      const tenant = await viewTenant(client, 'CX Council (new)');
      expect([tenant.series.length, tenant.installations, tenant.tabs]).toEqual([1, 1, 1]);
    });
  });

  describe('refusing what it cannot schedule', () => {
    beforeEach(() => session.reset('demo'));

    it('names an attendee from outside the organisation, before writing anything', async () => {
      const stranger = memberId('0f0e0d0c-0b0a-4999-8888-777766665555');
      const cadence = demoCadence({ attendeeIds: [...TEAM_IDS, NOAH, stranger] });
      const before = (await session.requests()).length;

      const attempt = scheduleCadence(scheduleOptions(await danaClient(session), { cadence }));
      await expect(attempt).rejects.toThrow(ValidationError);
      await expect(attempt).rejects.toMatchObject({
        issues: [
          {
            field: 'attendeeIds.12',
            message: expect.stringContaining("is not in your organisation's directory"),
          },
        ],
      });
      expect(writesIn((await session.requests()).slice(before))).toEqual([]);
    });

    it('asks for the organizer to sign in when someone else schedules', async () => {
      const amara = await session.clientFor(DEMO_EXECUTIVE_SPONSOR_UPN);
      await expect(scheduleCadence(scheduleOptions(amara))).rejects.toMatchObject({
        issues: [
          { field: 'organizerId', message: expect.stringContaining('Sign in as the organizer') },
        ],
      });
    });

    it('says when the app is not in the catalog', async () => {
      const attempt = scheduleCadence(
        scheduleOptions(await danaClient(session), {
          app: {
            externalId: 'not-uploaded',
            tab: { entityId: 'x', contentUrl: 'https://x.example' },
          },
        }),
      );
      await expect(attempt).rejects.toMatchObject({ code: 'appNotInCatalog' });
    });
  });
});
