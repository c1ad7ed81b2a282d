import { useCallback, useEffect, useMemo, useState } from 'react';
import { checkCharter, createDefaultCharter, type Charter } from '../../../domain/charter';
import type { FieldIssue } from '../../../domain/errors';
import type { StoredRecord } from '../../../graph/records';
import type { HubData } from '../useHubData';

/**
 * Where the last save got to. `saved` carries the roster's problem when the charter was saved but
 * the CX Roster list was not brought in line.
 */
export type CharterSaveStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly rosterProblem?: unknown }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'conflict'; readonly theirs: StoredRecord<Charter> | undefined }
  | { readonly kind: 'failed'; readonly error: unknown };

/** The charter being edited across the hub's charter, roster and decision-rights sections. */
export interface CharterDraft {
  /** `undefined` while the team has no charter and the lead has not started one. */
  readonly draft: Charter | undefined;
  /** True when the draft holds edits the stored charter does not. */
  readonly isDirty: boolean;
  /**
   * The problems to show next to fields: none until the first save attempt (nobody wants a red form
   * while still typing), then kept up to date with every edit.
   */
  readonly issues: readonly FieldIssue[];
  readonly status: CharterSaveStatus;
  /** Begins from the standard charter (`createDefaultCharter`), unsaved. */
  startFromStandard(): void;
  /** Applies one of the pure charter edits to the draft. */
  edit(change: (charter: Charter) => Charter): void;
  save(): Promise<void>;
  /** After a conflict: drops this person's edits for the version someone else saved. */
  loadTheirs(): void;
  /** After a roster problem: tries to bring the CX Roster list in line again. */
  retryRosterSync(): Promise<void>;
}

export type CharterDraftOptions = Pick<HubData, 'charter' | 'save' | 'syncRoster'>;

/**
 * Keeps the lead's edits of the charter until they are saved. Nothing typed is dropped by a failed
 * save, a validation problem or a conflict: only "load their version" replaces the draft, and
 * leaving the page with unsaved edits asks first.
 */
export function useCharterDraft({ charter, save, syncRoster }: CharterDraftOptions): CharterDraft {
  const [draft, setDraft] = useState<Charter | undefined>(() => charter?.value);
  const [hasTriedToSave, setHasTriedToSave] = useState(false);
  const [status, setStatus] = useState<CharterSaveStatus>({ kind: 'idle' });
  const isDirty = draft !== undefined && draft !== charter?.value;

  const issues = useMemo(() => {
    if (!hasTriedToSave || draft === undefined) return [];
    const check = checkCharter(draft);
    return check.ok ? [] : check.issues;
  }, [draft, hasTriedToSave]);

  useEffect(() => {
    if (!isDirty) return;
    const askFirst = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', askFirst);
    return () => window.removeEventListener('beforeunload', askFirst);
  }, [isDirty]);

  const startFromStandard = useCallback(() => setDraft(createDefaultCharter()), []);
  const edit = useCallback(
    (change: (current: Charter) => Charter) =>
      setDraft((current) => (current === undefined ? current : change(current))),
    [],
  );

  const saveDraft = useCallback(async () => {
    if (draft === undefined) return;
    setHasTriedToSave(true);
    setStatus({ kind: 'saving' });
    const outcome = await save(draft);
    if (outcome.kind === 'saved') {
      setDraft(outcome.record.value);
      setHasTriedToSave(false);
      setStatus({ kind: 'saved', rosterProblem: outcome.rosterProblem });
    } else {
      // Every other outcome is already its status (an `invalid` one's issues go unread: `issues`
      // below is recomputed from the draft).
      setStatus(outcome);
    }
  }, [draft, save]);

  const loadTheirs = useCallback(() => {
    if (status.kind !== 'conflict') return;
    setDraft(status.theirs?.value);
    setHasTriedToSave(false);
    setStatus({ kind: 'idle' });
  }, [status]);

  const retryRosterSync = useCallback(async () => {
    setStatus({ kind: 'saved', rosterProblem: await syncRoster() });
  }, [syncRoster]);

  return {
    draft,
    isDirty,
    issues,
    status,
    startFromStandard,
    edit,
    save: saveDraft,
    loadTheirs,
    retryRosterSync,
  };
}
