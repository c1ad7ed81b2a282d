import { sha256Hex } from '../../domain/sha256';
import type { MeetingId } from '../../domain/ids';
import { escapeHtml } from '../../domain/html';
import type { MeetingSummary } from '../../domain/summary';
import { summaryHeading } from '../../domain/summary';

/**
 * The summary's reference: the marker that lives in Graph itself (in the chat message's body and
 * in the mail's subject), so "was it already posted / sent?" is answered by Graph, not by local
 * bookkeeping that a crash between the write and the save could lose.
 */

/** `CXS-` and 12 hexadecimal digits. */
export const SUMMARY_REFERENCE_PATTERN = /^CXS-[0-9A-F]{12}$/;
/** The first revision of a meeting's summary. */
export const FIRST_SUMMARY_REVISION = 1;

export interface SummaryReferenceOptions {
  readonly meetingId: MeetingId;
  /**
   * Bumped only to publish a corrected summary as a new post and mail; the same revision is never
   * published twice. Default {@link FIRST_SUMMARY_REVISION}.
   */
  readonly revision?: number;
}

/** The same meeting and revision always give the same reference, e.g. `CXS-3F9A12BC45DE`. */
export function summaryReference(options: SummaryReferenceOptions): string {
  const revision = options.revision ?? FIRST_SUMMARY_REVISION;
  const digest = sha256Hex(`cx-cadence-summary:${options.meetingId}:${revision}`);
  return `CXS-${digest.slice(0, 12).toUpperCase()}`;
}

/**
 * The mail subject, which carries the reference so Sent Items can be searched by it:
 * "Meeting summary: CX Council, Monday 2 March 2026 [CXS-3F9A12BC45DE]".
 */
export function summaryMailSubject(summary: MeetingSummary, reference: string): string {
  return `${summaryHeading(summary.title)}, ${dateOnly(summary.dateLabel)} [${reference}]`;
}

/** The line closing the chat message and the mail: where the reference is found again. */
export function referenceFooterHtml(reference: string): string {
  return `<p style="color: #616161; font-size: 12px">CX Cadence summary ${escapeHtml(reference)}</p>`;
}

/** The Adaptive Card attachment's id: 32 hexadecimal digits derived from the reference. */
export function summaryAttachmentId(reference: string): string {
  return sha256Hex(reference).slice(0, 32);
}

/** "Monday 2 March 2026, 15:00 GMT" → "Monday 2 March 2026". */
function dateOnly(dateLabel: string): string {
  return dateLabel.split(',')[0] ?? dateLabel;
}
