import type { SummaryRoleHolder } from './meetingSummary';

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
