/**
 * `npm run emulator -- [--port N] [--data FILE | --in-memory] [--seed demo|empty]`
 * Starts the Graph emulator on 127.0.0.1 and prints `Graph emulator listening on http://127.0.0.1:N`.
 */
import { CorruptDataFileError } from './core/persistence';
import { DEFAULT_DATA_FILE, DEFAULT_PORT, startEmulator } from './server';
import type { EmulatorOptions } from './server';

const usage =
  'Usage: npm run emulator -- [--port N] [--data FILE | --in-memory] [--seed demo|empty]\n' +
  `  --port N      port on 127.0.0.1 (default ${DEFAULT_PORT}; 0 picks a free one)\n` +
  `  --data FILE   where the tenant's state is kept (default ${DEFAULT_DATA_FILE})\n` +
  '  --in-memory   keep nothing on disk\n' +
  '  --seed KIND   demo (a CX team with busy calendars) or empty (the same people, no data);\n' +
  '                used only when the data file does not exist yet';

export function parseArguments(argv: readonly string[]): EmulatorOptions {
  const options: { port?: number; dataFile?: string; inMemory?: boolean; seed?: 'demo' | 'empty' } =
    {};
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    const value = () => {
      const next = argv[++index];
      if (next === undefined) throw new UsageError(`${argument} needs a value`);
      return next;
    };
    switch (argument) {
      case '--port': {
        const port = Number(value());
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new UsageError('--port must be 0–65535');
        options.port = port;
        break;
      }
      case '--data':
        options.dataFile = value();
        break;
      case '--in-memory':
        options.inMemory = true;
        break;
      case '--seed': {
        const seed = value();
        if (seed !== 'demo' && seed !== 'empty')
          throw new UsageError('--seed must be demo or empty');
        options.seed = seed;
        break;
      }
      case '--help':
      case '-h':
        throw new UsageError('');
      default:
        throw new UsageError(`unknown option ${argument}`);
    }
  }
  if (options.inMemory && options.dataFile)
    throw new UsageError('use either --data or --in-memory, not both');
  return options;
}

class UsageError extends Error {}

async function main(): Promise<void> {
  let options: EmulatorOptions;
  try {
    options = parseArguments(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message) console.error(`emulator: ${error.message}`);
    console.error(usage);
    process.exit(error.message ? 2 : 0);
  }
  try {
    const emulator = await startEmulator(options);
    console.log(`Graph emulator listening on ${emulator.url}`);
    const stop = () => {
      void emulator.close().then(() => process.exit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    if (
      error instanceof CorruptDataFileError ||
      (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
    ) {
      console.error(`emulator: ${(error as Error).message}`);
      process.exit(1);
    }
    throw error;
  }
}

if (require.main === module) void main();
