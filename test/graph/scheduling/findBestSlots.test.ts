import { DEMO_CX_GROUP_ID } from '../../../emulator/seed';
import { findBestSlots } from '../../../src/graph/scheduling';
import { TEST_NOW } from '../../emulator/support/graphClient';
import {
  countRequests,
  startEmulatorSession,
  type EmulatorSession,
} from '../support/emulatorSession';
import { DANA, LUKAS, NOAH, TEAM_IDS, danaClient, demoCadence, writesIn } from './fixtures';

jest.setTimeout(60_000);

describe('findBestSlots', () => {
  let session: EmulatorSession;
  let best: Awaited<ReturnType<typeof findBestSlots>>;
  let http: number;
  let writes: number;

  beforeAll(async () => {
    session = await startEmulatorSession();
    best = await findBestSlots({
      client: await danaClient(session),
      cadence: demoCadence(),
      groupId: DEMO_CX_GROUP_ID,
      now: () => TEST_NOW,
      earliestStart: '06:00',
      latestEnd: '12:00',
      limit: 40,
      requiredMemberIds: [DANA],
    });
    const log = await session.requests();
    http = countRequests(log).http;
    writes = writesIn(log).length;
  });
  afterAll(() => session.close());

  it('ranks recurring slots for the demo team from two HTTP requests, writing nothing', () => {
    expect(best.cost).toEqual({ httpRequests: 2, roundTrips: 2 });
    expect(http).toBe(2);
    expect(writes).toBe(0);
    expect(best.slots.map((slot) => slot.rank)).toEqual(best.slots.map((_, index) => index + 1));
    expect(best.slots.length).toBe(11); // 06:00 to 11:00, every 30 minutes
    for (const slot of best.slots) expect(slot.occurrences).toHaveLength(27);
  });

  it('orders slots by fewest conflicts, then working hours, and explains each conflict', () => {
    const scores = best.slots.map((slot) => slot.totals.conflictScore);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    const worst = best.slots[best.slots.length - 1];
    expect(worst?.conflicts.length).toBeGreaterThan(0);
    for (const conflict of worst?.conflicts ?? []) {
      expect([...TEAM_IDS, NOAH]).toContain(conflict.memberId);
      expect(['busy', 'outOfOffice']).toContain(conflict.status);
    }
    expect(best.slots.some((slot) => slot.outsideWorkingHours.length > 0)).toBe(true);
  });

  it("counts Lukas's out-of-office week against every slot on 24 March", () => {
    for (const slot of best.slots) {
      expect(slot.conflicts).toContainEqual({
        date: '2026-03-24',
        memberId: LUKAS,
        status: 'outOfOffice',
        isRequired: false,
      });
    }
  });

  it("reads everyone's working hours in their own zone from getSchedule", () => {
    expect(best.availability).toHaveLength(12);
    const lukas = best.availability.find((person) => person.memberId === LUKAS);
    expect(lukas?.workingHours).toEqual({
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      startTime: '08:00',
      endTime: '16:30',
      timeZone: 'W. Europe Standard Time',
    });
  });
});
