import { useCallback, useEffect, useState } from 'react';
import { checkCharter, type Charter } from '../../domain/charter';
import type { FieldIssue } from '../../domain/errors';
import { ValidationError } from '../../domain/errors';
import { RecordConflictError, type StoredRecord } from '../../graph/records';
import { listTeamMembers, type CxWorkspace, type TeamMember } from '../../graph/workspace';
import { writeTeamAgenda } from './outlookAgenda';

/**
 * - `saved`: the charter is stored; `rosterProblem` is set when the CX Roster list could not be
 *   brought in line (the charter is safe; `syncRoster` or the next save repairs the roster).
 * - `invalid`: nothing was sent; `issues` name every field to fix.
 * - `conflict`: someone else saved first. The hub now holds their version as the stored one
 *   (`theirs`, `undefined` when they deleted it), so saving again replaces it on purpose.
 * - `failed`: Graph failed; nothing changed, the draft is the caller's to keep.
 */
export type CharterSaveOutcome =
  | {
      readonly kind: 'saved';
      readonly record: StoredRecord<Charter>;
      readonly rosterProblem?: unknown;
    }
  | { readonly kind: 'invalid'; readonly issues: readonly FieldIssue[] }
  | { readonly kind: 'conflict'; readonly theirs: StoredRecord<Charter> | undefined }
  | { readonly kind: 'failed'; readonly error: unknown };

export interface HubData {
  /** The charter as stored, or `undefined` before the team saved one. */
  readonly charter: StoredRecord<Charter> | undefined;
  readonly members: readonly TeamMember[];
  /** Validates, then creates the team's first charter or updates the stored one (with its ETag). */
  save(draft: Charter): Promise<CharterSaveOutcome>;
  /** Brings the CX Roster list in line with the stored charter again; resolves to the problem, if any. */
  syncRoster(): Promise<unknown>;
}

export type HubDataState =
  | { readonly status: 'loading' }
  | {
      readonly status: 'failed';
      readonly error: unknown;
      readonly doing: string;
      retry(): void;
    }
  | ({ readonly status: 'ready' } & HubData);

export interface HubDataOptions {
  readonly workspace: CxWorkspace;
  /** Where the Outlook command's team agenda is left (`localStorage`). */
  readonly agendaStorage: Pick<Storage, 'setItem'>;
}

interface Loaded {
  readonly charter: StoredRecord<Charter> | undefined;
  readonly members: readonly TeamMember[];
}

/**
 * The hub's data: the team's charter and members, read once (two requests, in parallel), and the
 * charter's save. Whenever the hub holds a stored charter it also leaves the team agenda for the
 * Outlook command.
 */
export function useHubData({ workspace, agendaStorage }: HubDataOptions): HubDataState {
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    setLoaded(undefined);
    setFailure(undefined);
    Promise.all([
      workspace.charter.read(),
      listTeamMembers(workspace.client, workspace.groupId),
    ]).then(
      ([charter, members]) => isCurrent && setLoaded({ charter, members }),
      (error: unknown) => isCurrent && setFailure(error ?? new Error('Unknown failure')),
    );
    return () => {
      isCurrent = false;
    };
  }, [workspace, attempt]);

  const stored = loaded?.charter;
  useEffect(() => {
    // A blocked storage only costs the Outlook command its team-specific agenda: it falls back to
    // the standard one, so there is nothing for the person here to do about it.
    if (stored) writeTeamAgenda(agendaStorage, stored.value);
  }, [stored, agendaStorage]);

  const setCharter = useCallback(
    (charter: StoredRecord<Charter> | undefined) =>
      setLoaded((current) => current && { ...current, charter }),
    [],
  );

  const syncRosterOf = useCallback(
    async (charter: Charter): Promise<unknown> => {
      try {
        await workspace.roster.syncFromCharter(charter);
        return undefined;
      } catch (error) {
        return error ?? new Error('Unknown failure');
      }
    },
    [workspace],
  );

  const save = useCallback(
    async (draft: Charter): Promise<CharterSaveOutcome> => {
      const check = checkCharter(draft);
      if (!check.ok) return { kind: 'invalid', issues: check.issues };
      try {
        const record = stored
          ? await workspace.charter.update(stored, check.charter)
          : await workspace.charter.create(check.charter);
        setCharter(record);
        return { kind: 'saved', record, rosterProblem: await syncRosterOf(record.value) };
      } catch (error) {
        if (error instanceof RecordConflictError) {
          const theirs = error.current as StoredRecord<Charter> | undefined;
          setCharter(theirs);
          return { kind: 'conflict', theirs };
        }
        if (error instanceof ValidationError) return { kind: 'invalid', issues: error.issues };
        return { kind: 'failed', error };
      }
    },
    [stored, workspace, setCharter, syncRosterOf],
  );

  const syncRoster = useCallback(
    async () => (stored ? syncRosterOf(stored.value) : undefined),
    [stored, syncRosterOf],
  );

  if (failure !== undefined) {
    return {
      status: 'failed',
      error: failure,
      doing: "read the team's charter and members",
      retry: () => setAttempt((count) => count + 1),
    };
  }
  if (!loaded) return { status: 'loading' };
  return { status: 'ready', charter: loaded.charter, members: loaded.members, save, syncRoster };
}
