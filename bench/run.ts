/**
 * `npm run bench`: runs every benchmark, prints its tables and writes the figures to
 * bench/results.json. Benchmarks print figures; they never fail on timing.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { formatExpansionBench, runExpansionBench } from './expandOccurrences';
import { describeGrowth, formatRankSlotsBench, runRankSlotsBench } from './rankSlots';
import { formatScheduleCadenceBench, runScheduleCadenceBench } from './scheduleCadence';

async function main(): Promise<void> {
  const scheduling = await runScheduleCadenceBench();
  console.log(formatScheduleCadenceBench(scheduling));
  console.log();
  const expansion = runExpansionBench();
  console.log(formatExpansionBench(expansion));
  console.log();
  const rankSlots = runRankSlotsBench();
  console.log(formatRankSlotsBench(rankSlots));
  console.log(describeGrowth(rankSlots));

  const results = {
    measuredAt: new Date().toISOString(),
    machine: {
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
    },
    scheduleCadence: scheduling,
    expandOccurrences: expansion,
    rankSlots,
  };
  const file = join(__dirname, 'results.json');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nFigures written to ${file}`);
}

void main();
