import { createDefaultCharter, type Charter } from '../../../src/domain/charter';

/** Freezes a value and everything inside it, so any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** The default charter, deep-frozen. */
export const frozenDefaultCharter = (): Charter => deepFreeze(createDefaultCharter());

/** A JSON-shaped copy that a test may change freely: what a form would submit. */
export const draftOf = (charter: Charter): Record<string, unknown> =>
  JSON.parse(JSON.stringify(charter)) as Record<string, unknown>;
