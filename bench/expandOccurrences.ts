/**
 * How fast is occurrence expansion? Times `expandOccurrences` for weekly, biweekly, monthly-by-weekday
 * and quarterly cadences over 3, 12 and 36 months in a zone with daylight saving.
 *
 *   npx tsx bench/expandOccurrences.ts
 */
import { performance } from 'node:perf_hooks';
import { expandOccurrences, toPatternedRecurrence } from '../src/domain/recurrence';
import type { CadenceFrequency } from '../src/domain/recurrence';

export interface ExpansionBenchRow {
  readonly cadence: string;
  readonly months: number;
  readonly occurrences: number;
  readonly msPerCall: number;
  readonly usPerOccurrence: number;
}

const cadences: readonly { readonly label: string; readonly frequency: CadenceFrequency }[] = [
  { label: 'weekly', frequency: { kind: 'weekly', dayOfWeek: 'tuesday' } },
  {
    label: 'every 2 weeks',
    frequency: { kind: 'everyNWeeks', interval: 2, daysOfWeek: ['tuesday'] },
  },
  {
    label: 'first Tuesday monthly',
    frequency: { kind: 'monthlyByWeekday', week: 'first', dayOfWeek: 'tuesday' },
  },
  { label: 'quarterly on day 15', frequency: { kind: 'quarterlyByDate', dayOfMonth: 15 } },
];

export const DEFAULT_EXPANSION_MONTHS = [3, 12, 36];

export function runExpansionBench(
  months = DEFAULT_EXPANSION_MONTHS,
  minSampleMs = 150,
): ExpansionBenchRow[] {
  return cadences.flatMap(({ label, frequency }) =>
    months.map((monthCount) => {
      const end = new Date(Date.UTC(2027, monthCount, 0)).toISOString().slice(0, 10);
      const recurrence = toPatternedRecurrence({
        frequency,
        range: { kind: 'untilDate', startDate: '2027-01-01', endDate: end },
      });
      const expand = () =>
        expandOccurrences({
          start: { dateTime: '2027-01-01T10:00:00', timeZone: 'Pacific Standard Time' },
          durationMinutes: 60,
          recurrence,
        });
      const occurrences = expand().length;
      let calls = 0;
      const started = performance.now();
      while (performance.now() - started < minSampleMs) {
        expand();
        calls++;
      }
      const msPerCall = (performance.now() - started) / calls;
      return {
        cadence: label,
        months: monthCount,
        occurrences,
        msPerCall: round(msPerCall),
        usPerOccurrence: round((msPerCall * 1000) / occurrences),
      };
    }),
  );
}

export function formatExpansionBench(rows: readonly ExpansionBenchRow[]): string {
  const lines = [
    'expandOccurrences: 10:00 Pacific Standard Time, 60 minutes, from 2027-01-01',
    '',
    '| cadence | months | occurrences | ms/call | µs/occurrence |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.cadence} | ${row.months} | ${row.occurrences} | ${row.msPerCall} | ${row.usPerOccurrence} |`,
    ),
  ];
  return lines.join('\n');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

if (process.argv[1]?.endsWith('expandOccurrences.ts')) {
  console.log(formatExpansionBench(runExpansionBench()));
}
