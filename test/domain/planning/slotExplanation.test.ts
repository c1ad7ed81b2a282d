import { memberId } from '../../../src/domain/ids';
import { explainSlot } from '../../../src/domain/planning';
import type { RankedSlot } from '../../../src/domain/scheduling';

const LUKAS = memberId('lukas');
const WEI = memberId('wei');
const AMARA = memberId('amara');
const names: Record<string, string> = { lukas: 'Lukas Weber', wei: 'Wei Zhang' };

const occurrence = (date: string) => ({
  date,
  startUtc: `${date}T16:00:00Z`,
  endUtc: `${date}T17:00:00Z`,
});

function slot(change: Partial<RankedSlot> = {}): RankedSlot {
  return {
    rank: 1,
    daySetKey: 'cadence',
    daySetLabel: 'Cadence dates',
    startTime: '08:00',
    endTime: '09:00',
    timeZone: 'America/Los_Angeles',
    occurrences: [occurrence('2026-03-10'), occurrence('2026-03-24'), occurrence('2026-04-07')],
    totals: {
      conflicts: 0,
      requiredConflicts: 0,
      conflictScore: 0,
      outsideWorkingHours: 0,
      tentative: 0,
    },
    conflicts: [],
    tentative: [],
    outsideWorkingHours: [],
    ...change,
  };
}

describe('planning slot explanation', () => {
  it('says when everyone is free for every meeting', () => {
    expect(explainSlot(slot(), (id) => names[id])).toEqual({
      summary: 'Everyone is free for all 3 meetings',
      dates: [],
    });
  });

  it('lists who is away, busy, outside working hours or tentative, date by date, by name', () => {
    const explained = explainSlot(
      slot({
        totals: {
          conflicts: 2,
          requiredConflicts: 1,
          conflictScore: 4,
          outsideWorkingHours: 1,
          tentative: 1,
        },
        conflicts: [
          { date: '2026-03-24', memberId: LUKAS, status: 'outOfOffice', isRequired: true },
          { date: '2026-03-10', memberId: AMARA, status: 'busy', isRequired: false },
        ],
        outsideWorkingHours: [
          {
            date: '2026-03-10',
            memberId: WEI,
            timeZone: 'Asia/Shanghai',
            localStart: '2026-03-11T00:00',
            localEnd: '2026-03-11T01:00',
          },
        ],
        tentative: [{ date: '2026-04-07', memberId: WEI, status: 'tentative', isRequired: false }],
      }),
      (id) => names[id],
    );
    expect(explained.summary).toBe(
      "2 conflicts on 2 of 3 meetings; 1 time outside someone's working hours; 1 tentative",
    );
    expect(explained.dates).toEqual([
      {
        date: '2026-03-10',
        notes: ['amara: busy', 'Wei Zhang: outside working hours (00:00–01:00 their time)'],
      },
      { date: '2026-03-24', notes: ['Lukas Weber (required): out of office'] },
      { date: '2026-04-07', notes: ['Wei Zhang: tentatively busy'] },
    ]);
  });

  it('counts a single conflict and meeting in the singular', () => {
    const explained = explainSlot(
      slot({
        occurrences: [occurrence('2026-03-10')],
        totals: {
          conflicts: 1,
          requiredConflicts: 0,
          conflictScore: 1,
          outsideWorkingHours: 0,
          tentative: 0,
        },
        conflicts: [{ date: '2026-03-10', memberId: LUKAS, status: 'busy', isRequired: false }],
      }),
      () => undefined,
    );
    expect(explained.summary).toBe('1 conflict on 1 of 1 meeting');
  });
});
