import type { RunningEmulator } from '../../../emulator/server';
import { callGraph, startTestEmulator, tokenFor } from './http';
import type { GraphCallOptions, GraphCallResult } from './http';
import { testPlanId, testSiteId, testUsers } from './tenant';

/**
 * Helpers for the records (SharePoint lists) and Planner tests: an emulator with the test tenant,
 * a token per persona, and calls made as one of them.
 */

export type Json = Record<string, unknown>;
export type Collection = { '@odata.context'?: string; '@odata.nextLink'?: string; value: Json[] };
export type GraphError = { error: { code: string; message: string } };
export type Persona = (typeof testUsers)[keyof typeof testUsers];

export interface RecordsHarness {
  readonly emulator: RunningEmulator;
  /** A Graph call as `who` (path relative to /v1.0). */
  as<T = Json>(who: Persona, path: string, options?: GraphCallOptions): Promise<GraphCallResult<T>>;
  /** Follows a full `@odata.nextLink` as `who`. */
  follow<T = Collection>(
    who: Persona,
    nextLink: string,
    options?: GraphCallOptions,
  ): Promise<GraphCallResult<T>>;
  close(): Promise<void>;
}

export async function startRecordsHarness(): Promise<RecordsHarness> {
  const emulator = await startTestEmulator();
  const tokens = new Map<string, string>();
  for (const person of Object.values(testUsers)) {
    tokens.set(person.id, await tokenFor(emulator, person.upn));
  }
  return {
    emulator,
    as: (who, path, options) => callGraph(emulator, tokens.get(who.id), path, options),
    follow: (who, nextLink, options) =>
      callGraph(emulator, tokens.get(who.id), nextLink.slice(emulator.graphUrl.length), options),
    close: () => emulator.close(),
  };
}

/** `/sites/{test site}` with the composite id escaped as a client would send it. */
export const sitePath = `/sites/${testSiteId}`;

export const planPath = `/planner/plans/${testPlanId}`;

/** The body the app sends to provision a records list: typed columns, one of them indexed. */
export function recordsListBody(displayName: string): Json {
  return {
    displayName,
    columns: [
      { name: 'Status', choice: { choices: ['open', 'done', 'dropped'] } },
      { name: 'Owner', personOrGroup: {} },
      { name: 'DueDate', dateTime: {} },
      { name: 'Weight', number: {} },
      { name: 'Carried', boolean: {} },
      { name: 'MeetingKey', text: {}, indexed: true },
      { name: 'Notes', text: {} },
    ],
    list: { template: 'genericList' },
  };
}
