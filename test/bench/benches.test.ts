import { domainScaling, formatDomainScaling } from '../../bench/domainScaling';
import { formatExpansionBench, runExpansionBench } from '../../bench/expandOccurrences';
import { formatPublishSummaryBench, runPublishSummaryBench } from '../../bench/publishSummary';
import { formatRankSlotsBench, runRankSlotsBench } from '../../bench/rankSlots';
import { BENCHES } from '../../bench/run';
import { formatScheduleCadenceBench, runScheduleCadenceBench } from '../../bench/scheduleCadence';
import {
  formatOpenSidePanelBench,
  median,
  runOpenSidePanelBench,
  sequentialRoundTrips,
} from '../../bench/sidePanelLoad';
import type { GraphCostFigures } from '../../bench/graphCost';

/**
 * A smoke test of `npm run bench`: each benchmark runs on a tiny input and returns figures of the
 * right shape. Timing is never asserted (the machine is shared); request counts are, loosely,
 * where the flows' own tests pin them exactly.
 */

jest.setTimeout(60_000);

const isCount = (value: number) => Number.isInteger(value) && value >= 0;

function expectWellFormedCost(figures: GraphCostFigures): void {
  for (const count of [
    figures.httpRequests,
    figures.innerRequests,
    figures.roundTrips,
    figures.bytesSent,
    figures.bytesReceived,
  ]) {
    expect(isCount(count)).toBe(true);
  }
  expect(figures.httpRequests).toBeGreaterThan(0);
  expect(figures.roundTrips).toBeLessThanOrEqual(figures.httpRequests);
  expect(figures.bytesReceived).toBeGreaterThan(0);
  expect(figures.ms).toBeGreaterThanOrEqual(0);
}

describe('benchmarks', () => {
  it('files every benchmark under a named section, each key once, with room for the browser', () => {
    const keys = BENCHES.map((entry) => `${entry.section}.${entry.key}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(
      expect.arrayContaining([
        'graph.scheduleCadence',
        'graph.publishSummary',
        'graph.openSidePanel',
        'browser.sidePanelLoad',
        'domain.expandOccurrences',
        'domain.rankSlots',
        'domain.scaling',
      ]),
    );
  });

  it('times slot ranking and occurrence expansion on the smallest case and joins them in one table', () => {
    const rankRows = runRankSlotsBench({ peopleCounts: [5], monthCounts: [3], minSampleMs: 1 });
    const expansionRows = runExpansionBench([3], 1);
    const scaling = domainScaling(expansionRows, rankRows);

    expect(rankRows).toEqual([
      expect.objectContaining({ people: 5, months: 3, dates: 13, startTimes: 20, checks: 1300 }),
    ]);
    expect(expansionRows.map((row) => [row.cadence, row.occurrences])).toEqual([
      ['weekly', 13],
      ['every 2 weeks', 6],
      ['first Tuesday monthly', 3],
      ['quarterly on day 15', 1],
    ]);
    expect(scaling).toEqual([expect.objectContaining({ people: 5, months: 3, meetings: 13 })]);
    const [row] = scaling;
    expect(row && Number.isFinite(row.totalMs) && row.totalMs >= row.rankMs).toBe(true);
    expect(formatRankSlotsBench(rankRows)).toContain('ns/check');
    expect(formatExpansionBench(expansionRows)).toContain('| weekly | 3 | 13 |');
    expect(formatDomainScaling(scaling)).toContain('| 5 | 3 | 13 |');
  });

  it('measures publishing and recording beside their one-call-per-item baselines', async () => {
    const bench = await runPublishSummaryBench();

    expect(bench.publish.map((row) => row.approach)).toEqual([
      'publishSummary',
      'publishSummary again (no change)',
      'one call per item',
    ]);
    expect(bench.record.map((row) => row.approach)).toEqual([
      'record repositories',
      'one list item per record',
    ]);
    [...bench.publish, ...bench.record].forEach(expectWellFormedCost);
    const [first, again, baseline] = bench.publish;
    expect(first).toMatchObject({ decisions: 5, actions: 8, recipients: 11 });
    // One request per item: plans, buckets, members, the bucket, chat, mail and 8 tasks.
    expect(baseline?.httpRequests).toBe(14);
    expect(first?.httpRequests).toBeLessThan(baseline?.httpRequests ?? 0);
    expect(again?.bytesSent).toBeLessThan(first?.bytesSent ?? 0);
    expect(bench.record[1]?.httpRequests).toBe(15);
    expect(formatPublishSummaryBench(bench)).toMatch(/One call per item needs [\d.]+× the HTTP/);
  });

  it('measures scheduling (a month of meetings) beside its one-call-per-item baseline, bytes included', async () => {
    const rows = await runScheduleCadenceBench({ endDate: '2026-04-07' });
    expect(rows.map((row) => row.approach)).toEqual([
      'scheduleCadence',
      'scheduleCadence again (no change)',
      'one call per item',
    ]);
    rows.forEach(expectWellFormedCost);
    expect(rows[0]).toMatchObject({ meetings: 3, people: 12 });
    expect(formatScheduleCadenceBench(rows)).toMatch(/bytes: [\d.]+× sent/);
  });

  it('measures opening the side panel beside reading each item one by one', async () => {
    const rows = await runOpenSidePanelBench();
    expect(rows.map((row) => row.approach)).toEqual([
      'readMeetingPanel, site id cached',
      'readMeetingPanel, first visit',
      'one call per item',
    ]);
    rows.forEach(expectWellFormedCost);
    const [cached, first, baseline] = rows;
    // The panel's budget: one round trip with the site id known, one more to look it up.
    expect(cached?.roundTrips).toBe(1);
    expect(first?.roundTrips).toBe(2);
    // Site, lists, six list reads, the calendar and the members, one after another.
    expect(baseline).toMatchObject({ httpRequests: 10, roundTrips: 10 });
    expect(formatOpenSidePanelBench(rows)).toMatch(/One call per item needs [\d.]+× the HTTP/);
  });

  it('counts requests sent together as one round trip and a request sent after an answer as another', () => {
    const span = (startedAt: number, endedAt: number) => ({ startedAt, endedAt });
    expect(sequentialRoundTrips([])).toBe(0);
    expect(sequentialRoundTrips([span(0, 100), span(1, 210), span(2, 105)])).toBe(1);
    expect(
      sequentialRoundTrips([span(0, 100), span(100, 300), span(150, 200), span(301, 400)]),
    ).toBe(3);
    expect(median([300, 100, 200])).toBe(200);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
