import type { AgendaCarryOver } from '../agenda';
import { describeOpenAction } from '../agenda/presentation';
import type { SummaryMissionMoment, SummaryRoleHolder } from './meetingSummary';

/**
 * The fixed words every summary renderer shares, so mail, chat and card say the same thing.
 * Plain text: renderers escape them like any other text.
 */
export const SUMMARY_HEADINGS = {
  missionMoment: 'Mission Moment',
  decisions: 'Decisions',
  newActions: 'New actions',
  carriedForward: 'Carried forward to the next meeting',
  attendance: 'Attendance',
} as const;

export const SUMMARY_EMPTY = {
  missionMoment: 'No Mission Moment was captured.',
  decisions: 'No decisions were recorded.',
  newActions: 'No new actions.',
  carriedForward: 'Nothing is carried forward.',
  attendance: 'No attendance was recorded.',
} as const;

export const MISSION_MOMENT_PROMPT_LABELS = {
  why: 'Why',
  celebrate: 'Who to celebrate',
  lesson: 'Lesson or idea',
} as const;

export const CANCELLED_NOTE = 'This meeting was cancelled.';

/** The heading line: "Meeting summary: CX Council". */
export function summaryHeading(title: string): string {
  return `Meeting summary: ${title}`;
}

/** "Ana Silva (CX Lead)". */
export function describeRoleHolder(holder: SummaryRoleHolder): string {
  return `${holder.memberName} (${holder.roleName})`;
}

/** "Marketing, Sales", or "none" for an empty list. */
export function listOrNone(names: readonly string[]): string {
  return names.length > 0 ? names.join(', ') : 'none';
}

/**
 * The Mission Moment prompts the presenter answered, as `[label, answer]` in the capture form's
 * order; unanswered optional prompts are left out rather than shown empty.
 */
export function answeredMissionMomentPrompts(
  moment: SummaryMissionMoment,
): (readonly [string, string])[] {
  const prompts: (readonly [string, string | undefined])[] = [
    [MISSION_MOMENT_PROMPT_LABELS.why, moment.why],
    [MISSION_MOMENT_PROMPT_LABELS.celebrate, moment.celebrate],
    [MISSION_MOMENT_PROMPT_LABELS.lesson, moment.lesson],
  ];
  return prompts.filter((prompt): prompt is readonly [string, string] => Boolean(prompt[1]));
}

/**
 * One line of plain text per carried-forward item: open actions first ("Renew the NPS survey:
 * Ana Silva, due 2025-03-14"), then deferred decisions ("Switch CRM: Pending approval by Executive
 * Sponsor").
 */
export function carriedForwardLines(carried: AgendaCarryOver): string[] {
  return [
    ...carried.openActions.map((action) => {
      const { title, detail } = describeOpenAction(action);
      return `${title}: ${detail}`;
    }),
    ...carried.deferredDecisions.map(
      (decision) => `${decision.statement}: ${decision.statusLabel}`,
    ),
  ];
}
