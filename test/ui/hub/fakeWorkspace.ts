import type { Charter } from '../../../src/domain/charter';
import type { GraphClient } from '../../../src/graph/client';
import { RecordConflictError, type StoredRecord } from '../../../src/graph/records';
import type { CxWorkspace, TeamMember } from '../../../src/graph/workspace';

export const TEAM: readonly TeamMember[] = [
  {
    id: 'u-ava',
    displayName: 'Ava Patel',
    mail: 'ava.patel@contoso.example',
    department: 'Sales',
    jobTitle: 'Sales Director',
  },
  {
    id: 'u-dana',
    displayName: 'Dana Kim',
    mail: 'dana.kim@contoso.example',
    department: 'Customer Experience',
    jobTitle: 'CX Lead',
  },
  {
    id: 'u-li',
    displayName: 'Li Wei',
    mail: 'li.wei@contoso.example',
    department: 'Product',
    jobTitle: undefined,
  },
];

/**
 * An in-memory CX team: the charter list with ETags and conflicts, the roster sync, and the group's
 * members behind a Graph client that answers only the members request. Failures are queued per
 * operation and thrown once each.
 */
export interface FakeTeam {
  readonly workspace: CxWorkspace;
  stored(): StoredRecord<Charter> | undefined;
  /** Someone else saves `charter` (a new ETag), as another browser would. */
  saveAsSomeoneElse(charter: Charter): void;
  failNext(operation: 'read' | 'members' | 'create' | 'update' | 'sync', error: Error): void;
  readonly rosterSyncs: Charter['roles'][];
  readonly writes: ('create' | 'update')[];
}

export function fakeTeam(initial?: Charter): FakeTeam {
  let version = 0;
  const store = (value: Charter): StoredRecord<Charter> => {
    version += 1;
    return { value, itemId: '1', etag: `"etag-${version}"` };
  };
  let stored = initial ? store(initial) : undefined;
  const failures = new Map<string, Error[]>();
  const failIfQueued = (operation: string) => {
    const error = failures.get(operation)?.shift();
    if (error) throw error;
  };
  const conflict = (yours: Charter) =>
    new RecordConflictError<Charter>({
      list: 'CX Charter',
      noun: 'charter',
      key: 'charter',
      yours,
      current: stored,
    });
  const rosterSyncs: Charter['roles'][] = [];
  const writes: ('create' | 'update')[] = [];

  const client = {
    request: async () => {
      failIfQueued('members');
      return {
        value: TEAM.map((member) => ({ ...member, '@odata.type': '#microsoft.graph.user' })),
      };
    },
  } as unknown as GraphClient;

  const workspace = {
    groupId: 'group-cx',
    client,
    charter: {
      read: async () => {
        failIfQueued('read');
        return stored;
      },
      create: async (charter: Charter) => {
        failIfQueued('create');
        if (stored) throw conflict(charter);
        writes.push('create');
        stored = store(charter);
        return stored;
      },
      update: async (current: StoredRecord<Charter>, next: Charter) => {
        failIfQueued('update');
        if (!stored || stored.etag !== current.etag) throw conflict(next);
        writes.push('update');
        stored = store(next);
        return stored;
      },
    },
    roster: {
      syncFromCharter: async (charter: Pick<Charter, 'roles'>) => {
        failIfQueued('sync');
        rosterSyncs.push(charter.roles);
        return { created: [], updated: [], removed: [] };
      },
    },
  } as unknown as CxWorkspace;

  return {
    workspace,
    stored: () => stored,
    saveAsSomeoneElse: (charter) => {
      stored = store(charter);
    },
    failNext: (operation, error) =>
      failures.set(operation, [...(failures.get(operation) ?? []), error]),
    rosterSyncs,
    writes,
  };
}

/** A `localStorage` stand-in that remembers what the hub wrote. */
export function memoryStorage(): Pick<Storage, 'setItem' | 'getItem'> & {
  readonly items: Map<string, string>;
} {
  const items = new Map<string, string>();
  return {
    items,
    setItem: (key, value) => void items.set(key, value),
    getItem: (key) => items.get(key) ?? null,
  };
}
