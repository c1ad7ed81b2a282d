/**
 * Domain scaling in one table: for 5, 10, 20 and 50 people over 3, 12 and 36 months of a weekly
 * cadence, what expanding the occurrences and ranking the slots cost. Built from the figures the
 * expansion and ranking benchmarks already measured (bench/expandOccurrences.ts,
 * bench/rankSlots.ts), so nothing is timed twice.
 *
 * Expansion does not depend on the number of people (a cadence has one series); it is shown on
 * every row so the two costs read side by side, as the planner pays them together.
 */
import type { ExpansionBenchRow } from './expandOccurrences';
import type { RankSlotsBenchRow } from './rankSlots';

export interface DomainScalingRow {
  readonly people: number;
  readonly months: number;
  readonly meetings: number;
  readonly busyIntervals: number;
  readonly expandMs: number;
  readonly rankMs: number;
  /** Expansion and ranking together, as the planner's "best slot" pays them. */
  readonly totalMs: number;
}

/** Weekly expansion rows matched to the ranking rows by month count. */
export function domainScaling(
  expansion: readonly ExpansionBenchRow[],
  rankSlots: readonly RankSlotsBenchRow[],
): DomainScalingRow[] {
  const weekly = new Map(
    expansion.filter((row) => row.cadence === 'weekly').map((row) => [row.months, row]),
  );
  return rankSlots.map((row) => {
    const expandMs = weekly.get(row.months)?.msPerCall ?? Number.NaN;
    return {
      people: row.people,
      months: row.months,
      meetings: row.dates,
      busyIntervals: row.busyIntervals,
      expandMs,
      rankMs: round(row.msPerCall),
      totalMs: round(expandMs + row.msPerCall),
    };
  });
}

export function formatDomainScaling(rows: readonly DomainScalingRow[]): string {
  const lines = [
    'Domain scaling: weekly cadence, 20 candidate start times, 60-minute meeting',
    '',
    '| people | months | meetings | busy items | expand ms | rank ms | total ms |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.people} | ${row.months} | ${row.meetings} | ${row.busyIntervals} | ${row.expandMs} | ${row.rankMs} | ${row.totalMs} |`,
    ),
  ];
  return [...lines, '', describeScaling(rows)].join('\n');
}

/** How the cost grows along each axis, from the table's own corners. */
export function describeScaling(rows: readonly DomainScalingRow[]): string {
  const at = (people: number, months: number) =>
    rows.find((row) => row.people === people && row.months === months);
  const people = [...new Set(rows.map((row) => row.people))].sort((a, b) => a - b);
  const months = [...new Set(rows.map((row) => row.months))].sort((a, b) => a - b);
  const [fewest, most] = [people[0], people[people.length - 1]];
  const [shortest, longest] = [months[0], months[months.length - 1]];
  if (
    fewest === undefined ||
    most === undefined ||
    shortest === undefined ||
    longest === undefined
  ) {
    return '';
  }
  const corner = at(fewest, shortest);
  const wide = at(most, shortest);
  const long = at(fewest, longest);
  const far = at(most, longest);
  if (!corner || !wide || !long || !far) return '';
  const times = (a: number, b: number) => `×${(a / b).toFixed(1)}`;
  return [
    `Meetings ×${(long.meetings / corner.meetings).toFixed(0)} (${shortest}→${longest} months): expansion ` +
      `${times(long.expandMs, corner.expandMs)}, ranking ${times(long.rankMs, corner.rankMs)}.`,
    `People ×${(most / fewest).toFixed(0)} (${fewest}→${most}): ranking ${times(wide.rankMs, corner.rankMs)}; ` +
      `expansion does not depend on people.`,
    `Both ×${((far.meetings * most) / (corner.meetings * fewest)).toFixed(0)} person-meetings: ranking ` +
      `${times(far.rankMs, corner.rankMs)}. Expansion is linear in meetings; ranking is linear in ` +
      'people × meetings (plus a fixed per-call cost that dominates the small cases).',
  ].join('\n');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
