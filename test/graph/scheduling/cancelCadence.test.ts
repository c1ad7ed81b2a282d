import { DEMO_OUTSIDER_UPNS } from '../../../emulator/seed';
import { cancelCadence, scheduleCadence } from '../../../src/graph/scheduling';
import {
  countRequests,
  startEmulatorSession,
  type EmulatorSession,
} from '../support/emulatorSession';
import { danaClient, scheduleOptions, viewTenant } from './fixtures';

jest.setTimeout(60_000);

describe('cancelCadence', () => {
  let session: EmulatorSession;

  beforeAll(async () => {
    session = await startEmulatorSession();
  });
  afterAll(() => session.close());

  it("deletes the series in one request and the attendees' copies show it cancelled", async () => {
    await session.reset('demo');
    const { seriesId } = await scheduleCadence(scheduleOptions(await danaClient(session)));
    const before = (await session.requests()).length;

    const cancelled = await cancelCadence({ client: await danaClient(session), seriesId });

    expect(cancelled).toEqual({ deleted: true, cost: { httpRequests: 1, roundTrips: 1 } });
    expect(countRequests((await session.requests()).slice(before)).http).toBe(1);
    expect((await viewTenant(await danaClient(session))).series).toEqual([]);
    const noah = await session.clientFor(DEMO_OUTSIDER_UPNS[0] as string);
    const copies = await noah.request<{ value: { subject: string; isCancelled: boolean }[] }>({
      method: 'GET',
      url: '/me/events?$top=999&$select=subject,isCancelled',
    });
    const ours = copies.value.filter((event) => event.subject.endsWith('CX Council'));
    expect(ours.map(({ subject, isCancelled }) => ({ subject, isCancelled }))).toEqual([
      { subject: 'Canceled: CX Council', isCancelled: true },
    ]);
  });

  it('is idempotent: a series that is already gone counts as cancelled', async () => {
    await session.reset('demo');
    const { seriesId } = await scheduleCadence(scheduleOptions(await danaClient(session)));
    await cancelCadence({ client: await danaClient(session), seriesId });

    const again = await cancelCadence({ client: await danaClient(session), seriesId });
    expect(again).toEqual({ deleted: false, cost: { httpRequests: 1, roundTrips: 1 } });
  });
});
