import { GraphError } from '../../../src/graph/client';
import { scheduleCadence, SCHEDULE_CADENCE_STEPS } from '../../../src/graph/scheduling';
import type { ScheduleCadenceStep } from '../../../src/graph/scheduling';
import { startEmulatorSession, type EmulatorSession } from '../support/emulatorSession';
import {
  danaClient,
  demoCadence,
  presenterLinesIn,
  scheduleOptions,
  viewTenant,
  type TenantView,
} from './fixtures';

jest.setTimeout(120_000);

/** What "done, once" looks like: one series, one presenter per meeting, the app and tab once. */
function expectScheduledOnce(tenant: TenantView, meetings: number): void {
  expect(tenant.series).toHaveLength(1);
  expect(tenant.instances).toHaveLength(meetings);
  for (const instance of tenant.instances) {
    expect(presenterLinesIn(instance.body.content)).toHaveLength(1);
  }
  expect(tenant.installations).toBe(1);
  expect(tenant.tabs).toBe(1);
}

/** A stop the drill injects at one checkpoint; the flow lets it through unchanged. */
class Interrupted extends Error {
  constructor(readonly step: ScheduleCadenceStep) {
    super(`interrupted after ${step}`);
  }
}

/** Tries again as a person would after a transient Graph failure (429 or 5xx), up to three runs. */
async function withTryAgain<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      const transient =
        error instanceof GraphError && (error.status === 429 || error.status >= 500);
      if (!transient || attempt === 3) throw error;
    }
  }
}

/** A quarter of meetings keeps each of the many drill runs short. */
const quarter = () =>
  demoCadence({
    recurrence: {
      ...demoCadence().recurrence,
      range: { kind: 'untilDate', startDate: '2026-03-10', endDate: '2026-06-02' },
    },
  });

describe('scheduleCadence drills', () => {
  let session: EmulatorSession;

  beforeAll(async () => {
    session = await startEmulatorSession();
  });
  afterAll(() => session.close());

  it.each([7, 42, 2026])(
    'ends with one series, one presenter per meeting, one install and one tab under 30 %% throttling and 10 %% errors (seed %i)',
    async (seed) => {
      await session.reset('demo');
      await session.faults({ throttleRate: 0.3, serverErrorRate: 0.1, seed });
      // The product's own client: the default retry policy, no test-only tuning. When a step still
      // gives up (a request throttled more times in a row than the policy retries), the person
      // presses Try again: the rerun must find what was done and do only the rest.
      const result = await withTryAgain(async () =>
        scheduleCadence(scheduleOptions(await danaClient(session))),
      );
      const log = await session.requests();
      await session.faults(undefined);

      expect(
        log.filter((entry) => entry.status === 429 || entry.status === 503).length,
      ).toBeGreaterThan(10);
      expect(result.occurrences).toHaveLength(27);
      expectScheduledOnce(await viewTenant(await danaClient(session)), 27);
    },
  );

  it.each(SCHEDULE_CADENCE_STEPS.map((step, index) => [index + 1, step] as const))(
    'interrupted after step %i (%s) and run again, ends scheduled exactly once',
    async (_k, step) => {
      await session.reset('demo');
      const interrupted = scheduleCadence(
        scheduleOptions(await danaClient(session), {
          cadence: quarter(),
          checkpoint: (reached) => {
            if (reached === step) throw new Interrupted(reached);
          },
        }),
      );
      await expect(interrupted).rejects.toBeInstanceOf(Interrupted);

      // The caller never got a result to persist, so the re-run has no `previous`.
      const result = await scheduleCadence(
        scheduleOptions(await danaClient(session), { cadence: quarter() }),
      );
      expect(result.occurrences).toHaveLength(7);
      expectScheduledOnce(await viewTenant(await danaClient(session)), 7);
    },
  );

  it('stops before the next step when the planner aborts', async () => {
    await session.reset('demo');
    const controller = new AbortController();
    const attempt = scheduleCadence(
      scheduleOptions(await danaClient(session), {
        cadence: quarter(),
        signal: controller.signal,
        checkpoint: (step) => {
          if (step === 'freeBusy') controller.abort();
        },
      }),
    );
    await expect(attempt).rejects.toMatchObject({ name: 'AbortError' });
    expect((await viewTenant(await danaClient(session))).series).toEqual([]);
  });
});
