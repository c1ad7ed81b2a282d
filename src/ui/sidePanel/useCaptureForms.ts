import { useCallback, useMemo, useState } from 'react';
import { addDays } from '../../domain/calendarDate';
import type { Charter } from '../../domain/charter';
import { ValidationError, type FieldIssue } from '../../domain/errors';
import {
  actionItemId,
  decisionCategoryId,
  decisionId,
  memberId,
  missionMomentId,
  type MemberId,
} from '../../domain/ids';
import {
  approvalPreview,
  defaultChoiceFor,
  roleMemberChoices,
  type ApprovalPreview,
  type RoleMemberChoice,
} from '../../domain/meetingPanel';
import { captureMissionMoment, createActionItem, recordDecision } from '../../domain/records';
import type { MeetingEntryValue, MeetingRef } from '../../graph/meetingPanel';

/**
 * The quick-capture forms' logic: the drafts, the domain's validation with every wrong field kept
 * next to its input, and the hand-off to the outbox. A failed save keeps the draft; a successful
 * one clears only what is specific to the entry (the category and people stay for the next one).
 */

/** Messages by form field. */
export type FieldProblems = Readonly<Record<string, string>>;

export interface CaptureContext {
  readonly meeting: MeetingRef;
  /** The meeting's date in the cadence's zone, `YYYY-MM-DD`. */
  readonly meetingDate: string;
  readonly charter: Charter;
  readonly memberNames: ReadonlyMap<MemberId, string>;
  /** The person capturing, when the panel knows them among the team's members. */
  readonly me: MemberId | undefined;
  /** Saves on the device (then syncs). */
  readonly save: (meeting: MeetingRef, entry: MeetingEntryValue) => Promise<void>;
  readonly newId: () => string;
  readonly nowIso: () => string;
}

function problemsOf(error: unknown, fieldOf: (field: string) => string): FieldProblems {
  if (!(error instanceof ValidationError)) {
    return { form: error instanceof Error ? error.message : String(error) };
  }
  const problems: Record<string, string> = {};
  error.issues.forEach((issue: FieldIssue) => {
    const field = fieldOf(issue.field);
    problems[field] = problems[field] ? `${problems[field]} ${issue.message}` : issue.message;
  });
  return problems;
}

// ---------- Mission Moment ----------

export interface MissionMomentDraft {
  readonly presenterId: string;
  readonly story: string;
  readonly livedUp: 'lived' | 'missed' | '';
  readonly why: string;
  readonly celebrate: string;
  readonly lesson: string;
}

export function useMissionMomentForm(context: CaptureContext, presenter: MemberId | undefined) {
  const empty: MissionMomentDraft = {
    presenterId: presenter ?? '',
    story: '',
    livedUp: '',
    why: '',
    celebrate: '',
    lesson: '',
  };
  const [draft, setDraft] = useState<MissionMomentDraft>(empty);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [isSaving, setIsSaving] = useState(false);
  const edit = useCallback(
    (change: Partial<MissionMomentDraft>) => setDraft((current) => ({ ...current, ...change })),
    [],
  );
  const submit = async (): Promise<boolean> => {
    let moment;
    try {
      moment = captureMissionMoment({
        id: missionMomentId(context.newId()),
        meetingId: context.meeting.meetingId,
        occurrenceId: context.meeting.occurrenceId,
        presenterId: draft.presenterId,
        capturedAt: context.nowIso(),
        story: draft.story,
        livedUpToMission: draft.livedUp === '' ? undefined : draft.livedUp === 'lived',
        why: draft.why,
        celebrate: draft.celebrate,
        lesson: draft.lesson,
      });
    } catch (error) {
      setProblems(problemsOf(error, (field) => (field === 'livedUpToMission' ? 'livedUp' : field)));
      return false;
    }
    return persist(context, { kind: 'missionMoment', value: moment }, { setProblems, setIsSaving });
  };
  return { draft, edit, problems, isSaving, submit };
}

async function persist(
  context: CaptureContext,
  entry: MeetingEntryValue,
  set: { setProblems(p: FieldProblems): void; setIsSaving(b: boolean): void },
): Promise<boolean> {
  set.setIsSaving(true);
  try {
    await context.save(context.meeting, entry);
    set.setProblems({});
    return true;
  } catch (error) {
    set.setProblems({
      form: `Could not save on this device: ${String((error as Error).message ?? error)}`,
    });
    return false;
  } finally {
    set.setIsSaving(false);
  }
}

// ---------- Decision ----------

export interface DecisionDraft {
  readonly statement: string;
  readonly categoryId: string;
  readonly driverKey: string;
  readonly approverKey: string;
}

export function useDecisionForm(context: CaptureContext) {
  const { charter, memberNames, me } = context;
  const choices = useMemo(() => roleMemberChoices(charter, memberNames), [charter, memberNames]);
  const mine = defaultChoiceFor(choices, me);
  const [draft, setDraft] = useState<DecisionDraft>(() => ({
    statement: '',
    categoryId: charter.decisionCategories[0]?.id ?? '',
    driverKey: mine?.key ?? '',
    approverKey: mine?.key ?? '',
  }));
  const [problems, setProblems] = useState<FieldProblems>({});
  const [isSaving, setIsSaving] = useState(false);
  const edit = useCallback(
    (change: Partial<DecisionDraft>) => setDraft((current) => ({ ...current, ...change })),
    [],
  );
  const approver = choices.find((choice) => choice.key === draft.approverKey);
  const preview: ApprovalPreview | undefined =
    approver && draft.categoryId
      ? approvalPreview({
          charter,
          categoryId: decisionCategoryId(draft.categoryId),
          approverRoleId: approver.roleId,
        })
      : undefined;

  const submit = async (): Promise<boolean> => {
    const driver = choices.find((choice) => choice.key === draft.driverKey);
    const missing: Record<string, string> = {};
    if (!driver) missing.driverKey = 'Choose who drives this decision';
    if (!approver) missing.approverKey = 'Choose who approves this decision';
    let decision;
    try {
      decision = recordDecision({
        charter,
        id: decisionId(context.newId()),
        meetingId: context.meeting.meetingId,
        occurrenceId: context.meeting.occurrenceId,
        categoryId: decisionCategoryId(draft.categoryId),
        statement: draft.statement,
        driver: assignmentOf(driver),
        approver: assignmentOf(approver),
        decidedAt: context.nowIso(),
      });
    } catch (error) {
      setProblems({ ...problemsOf(error, decisionField), ...missing });
      return false;
    }
    if (Object.keys(missing).length > 0) {
      setProblems(missing);
      return false;
    }
    const saved = await persist(
      context,
      { kind: 'decision', value: decision },
      { setProblems, setIsSaving },
    );
    if (saved) edit({ statement: '' });
    return saved;
  };
  return { draft, edit, choices, preview, problems, isSaving, submit };
}

function assignmentOf(choice: RoleMemberChoice | undefined) {
  return choice
    ? { roleId: choice.roleId, memberId: choice.memberId }
    : { roleId: '' as RoleMemberChoice['roleId'], memberId: '' as MemberId };
}

function decisionField(field: string): string {
  if (field.startsWith('driver')) return 'driverKey';
  if (field.startsWith('approver')) return 'approverKey';
  return field;
}

// ---------- Action ----------

export interface ActionDraft {
  readonly title: string;
  readonly ownerId: string;
  readonly dueDate: string;
}

/** A new action is due a week after the meeting unless someone says otherwise. */
export const DEFAULT_ACTION_DUE_DAYS = 7;

export function useActionForm(context: CaptureContext) {
  const [draft, setDraft] = useState<ActionDraft>(() => ({
    title: '',
    ownerId: '',
    dueDate: addDays(context.meetingDate, DEFAULT_ACTION_DUE_DAYS),
  }));
  const [problems, setProblems] = useState<FieldProblems>({});
  const [isSaving, setIsSaving] = useState(false);
  const edit = useCallback(
    (change: Partial<ActionDraft>) => setDraft((current) => ({ ...current, ...change })),
    [],
  );
  const submit = async (): Promise<boolean> => {
    let action;
    try {
      action = createActionItem({
        id: actionItemId(context.newId()),
        title: draft.title,
        owner: draft.ownerId ? memberId(draft.ownerId) : undefined,
        dueDate: draft.dueDate,
        meetingDate: context.meetingDate,
        source: {
          meetingId: context.meeting.meetingId,
          occurrenceId: context.meeting.occurrenceId,
        },
      });
    } catch (error) {
      setProblems(problemsOf(error, (field) => (field === 'owner' ? 'ownerId' : field)));
      return false;
    }
    const saved = await persist(
      context,
      { kind: 'action', value: action },
      { setProblems, setIsSaving },
    );
    if (saved) edit({ title: '', ownerId: '' });
    return saved;
  };
  return { draft, edit, problems, isSaving, submit };
}
