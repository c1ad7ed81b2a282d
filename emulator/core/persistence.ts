import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { STATE_FORMAT_VERSION, emptyState } from './state';
import type { EmulatorState } from './state';

/** A data file that cannot be read as an emulator state. It is never replaced silently. */
export class CorruptDataFileError extends Error {
  readonly file: string;

  constructor(file: string, reason: string) {
    super(
      `The emulator's data file ${file} cannot be read: ${reason}. It was left untouched. ` +
        'Move it aside (or delete it) to start again from the seed, or pass --data with another file.',
    );
    this.name = 'CorruptDataFileError';
    this.file = file;
  }
}

/** Reads a data file written by this or an older emulator; undefined when there is none. */
export function loadState(file: string): EmulatorState | undefined {
  if (!existsSync(file)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CorruptDataFileError(file, `it is not valid JSON (${(error as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new CorruptDataFileError(file, 'it does not hold a JSON object');
  }
  const record = parsed as Partial<EmulatorState>;
  if (typeof record.formatVersion !== 'number' || record.formatVersion > STATE_FORMAT_VERSION) {
    throw new CorruptDataFileError(
      file,
      `its format version ${String(record.formatVersion)} is not one this emulator knows (up to ${STATE_FORMAT_VERSION})`,
    );
  }
  if (
    typeof record.tokenSecret !== 'string' ||
    typeof record.tenant !== 'object' ||
    !record.users
  ) {
    throw new CorruptDataFileError(file, 'it lacks the tenant, its users or its token secret');
  }
  return upgrade(record as EmulatorState);
}

/**
 * Fills sections an older emulator did not write, so a file from an earlier run keeps working as
 * the emulator grows.
 */
function upgrade(state: EmulatorState): EmulatorState {
  const defaults = emptyState({ tokenSecret: state.tokenSecret, tenant: state.tenant });
  const planner = { ...defaults.planner, ...(state.planner ?? {}) };
  return { ...defaults, ...state, planner, formatVersion: STATE_FORMAT_VERSION };
}

/** Crash-safe write: the whole state goes to a temporary file, then replaces the data file. */
export function saveState(file: string, state: EmulatorState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(state));
  renameSync(temporary, file);
}
