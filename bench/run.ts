/**
 * `npm run bench`: runs every benchmark, prints its tables and writes the figures to
 * bench/results.json. Benchmarks print figures; they never fail on timing.
 *
 * The results have one section per kind of figure: `graph` (Graph traffic of each flow against
 * the emulator), `browser` (the side panel in headless Chromium) and `domain` (the pure core's
 * scaling). Each benchmark is one entry of `BENCHES`: to add one, write a `run` that returns its
 * figures and a `format` that prints them, and name the section and key it is filed under.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { domainScaling, formatDomainScaling } from './domainScaling';
import {
  formatExpansionBench,
  runExpansionBench,
  type ExpansionBenchRow,
} from './expandOccurrences';
import { formatPublishSummaryBench, runPublishSummaryBench } from './publishSummary';
import {
  describeGrowth,
  formatRankSlotsBench,
  runRankSlotsBench,
  type RankSlotsBenchRow,
} from './rankSlots';
import { formatScheduleCadenceBench, runScheduleCadenceBench } from './scheduleCadence';
import {
  formatOpenSidePanelBench,
  formatSidePanelLoadBench,
  runOpenSidePanelBench,
  runSidePanelLoadBench,
} from './sidePanelLoad';

export type BenchSection = 'graph' | 'browser' | 'domain';

/** One benchmark: where its figures go in results.json, how to measure and how to print them. */
export interface Bench<T = unknown> {
  readonly section: BenchSection;
  readonly key: string;
  run(earlier: BenchResults): Promise<T> | T;
  format(figures: T): string;
}

export type BenchResults = Record<BenchSection, Record<string, unknown>>;

function bench<T>(definition: Bench<T>): Bench {
  return definition as Bench;
}

export const BENCHES: readonly Bench[] = [
  bench({
    section: 'graph',
    key: 'scheduleCadence',
    run: () => runScheduleCadenceBench(),
    format: formatScheduleCadenceBench,
  }),
  bench({
    section: 'graph',
    key: 'publishSummary',
    run: () => runPublishSummaryBench(),
    format: formatPublishSummaryBench,
  }),
  bench({
    section: 'graph',
    key: 'openSidePanel',
    run: () => runOpenSidePanelBench(),
    format: formatOpenSidePanelBench,
  }),
  bench({
    section: 'browser',
    key: 'sidePanelLoad',
    run: () => runSidePanelLoadBench(),
    format: formatSidePanelLoadBench,
  }),
  bench({
    section: 'domain',
    key: 'expandOccurrences',
    run: () => runExpansionBench(),
    format: formatExpansionBench,
  }),
  bench({
    section: 'domain',
    key: 'rankSlots',
    run: () => runRankSlotsBench(),
    format: (rows) => `${formatRankSlotsBench(rows)}\n${describeGrowth(rows)}`,
  }),
  bench({
    section: 'domain',
    key: 'scaling',
    run: (earlier) =>
      domainScaling(
        earlier.domain.expandOccurrences as ExpansionBenchRow[],
        earlier.domain.rankSlots as RankSlotsBenchRow[],
      ),
    format: formatDomainScaling,
  }),
];

async function main(): Promise<void> {
  const results: BenchResults = { graph: {}, browser: {}, domain: {} };
  for (const entry of BENCHES) {
    const figures = await entry.run(results);
    results[entry.section][entry.key] = figures;
    console.log(`${entry.format(figures)}\n`);
  }
  const file = join(__dirname, 'results.json');
  const document = {
    measuredAt: new Date().toISOString(),
    machine: {
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
    },
    ...results,
  };
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  console.log(`Figures written to ${file}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
