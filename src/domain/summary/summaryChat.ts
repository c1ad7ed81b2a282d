import { escapeHtml, escapeMultilineText, sanitizeRenderedHtml } from '../html';
import type { MeetingSummary } from './meetingSummary';
import {
  CANCELLED_NOTE,
  SUMMARY_EMPTY,
  SUMMARY_HEADINGS,
  answeredMissionMomentPrompts,
  carriedForwardLines,
  describeRoleHolder,
  listOrNone,
  summaryHeading,
} from './phrases';

/**
 * One @mention in a Teams chat message, shaped as Graph's `chatMessageMention`: `id` matches the
 * `<at id="…">` tag in the body, `mentionText` is the tag's text, and `mentioned.user` is the
 * Entra user (a `teamworkUserIdentity`).
 */
export interface ChatMessageMention {
  readonly id: number;
  readonly mentionText: string;
  readonly mentioned: {
    readonly user: {
      readonly id: string;
      readonly displayName: string;
      readonly userIdentityType: 'aadUser';
    };
  };
}

/** The body and mentions of a `POST /chats/{id}/messages` with `contentType: html`. */
export interface SummaryChatMessage {
  readonly html: string;
  readonly mentions: readonly ChatMessageMention[];
}

/**
 * The summary as a Teams chat message for the meeting chat. Each new action's owner is
 * @mentioned (`<at id="N">Name</at>`, one mention per action, ids 0, 1, 2… in action order), so
 * Teams notifies them. User text is escaped and the body sanitised; `mentionText` stays plain text
 * because Graph sends it as JSON, not HTML.
 */
export function renderSummaryChatHtml(summary: MeetingSummary): SummaryChatMessage {
  const mentions = summary.newActions.map((action, index): ChatMessageMention => ({
    id: index,
    mentionText: action.ownerName,
    mentioned: {
      user: { id: action.ownerId, displayName: action.ownerName, userIdentityType: 'aadUser' },
    },
  }));
  const parts = [
    `<p><strong>${escapeHtml(summaryHeading(summary.title))}</strong><br>${escapeHtml(summary.dateLabel)}</p>`,
    summary.isCancelled ? `<p>${escapeHtml(CANCELLED_NOTE)}</p>` : '',
    missionMomentHtml(summary),
    section(
      SUMMARY_HEADINGS.decisions,
      summary.decisions.map(
        (decision) =>
          `<strong>${escapeHtml(decision.statement)}</strong> (${escapeHtml(decision.categoryName)}): ${escapeHtml(decision.statusLabel)}.` +
          (decision.rationale ? ` ${escapeMultilineText(decision.rationale)}` : '') +
          `<br>Driver: ${escapeHtml(describeRoleHolder(decision.driver))}; approver: ${escapeHtml(describeRoleHolder(decision.approver))}; contributors: ${escapeHtml(listOrNone(decision.contributors))}; informed: ${escapeHtml(listOrNone(decision.informed))}`,
      ),
      SUMMARY_EMPTY.decisions,
    ),
    section(
      SUMMARY_HEADINGS.newActions,
      summary.newActions.map(
        (action, index) =>
          `${escapeHtml(action.title)}: <at id="${index}">${escapeHtml(action.ownerName)}</at>, due ${escapeHtml(action.dueDate)}`,
      ),
      SUMMARY_EMPTY.newActions,
    ),
    section(
      SUMMARY_HEADINGS.carriedForward,
      carriedForwardLines(summary.carriedForward).map((line) => escapeHtml(line)),
      SUMMARY_EMPTY.carriedForward,
    ),
    section(
      SUMMARY_HEADINGS.attendance,
      summary.attendance.map(
        (department) =>
          `${escapeHtml(department.departmentLabel)}: present ${escapeHtml(listOrNone(department.attendees))}; absent ${escapeHtml(listOrNone(department.absentees))}`,
      ),
      SUMMARY_EMPTY.attendance,
    ),
  ];
  return { html: sanitizeRenderedHtml(parts.join('')), mentions };
}

function missionMomentHtml(summary: MeetingSummary): string {
  const moment = summary.missionMoment;
  const title = `<p><strong>${escapeHtml(SUMMARY_HEADINGS.missionMoment)}</strong>`;
  if (!moment) return `${title}<br>${escapeHtml(SUMMARY_EMPTY.missionMoment)}</p>`;
  const details = answeredMissionMomentPrompts(moment)
    .map(([label, text]) => `<br><em>${escapeHtml(label)}:</em> ${escapeMultilineText(text)}`)
    .join('');
  return (
    `${title}<br>${escapeHtml(moment.presenterName)}: ${escapeHtml(moment.outcomeLabel)}</p>` +
    `<p>${escapeMultilineText(moment.story)}${details}</p>`
  );
}

/** A bold heading and a bulleted list of already-escaped items, or the empty message. */
function section(title: string, items: readonly string[], empty: string): string {
  const heading = `<p><strong>${escapeHtml(title)}</strong>`;
  if (items.length === 0) return `${heading}<br>${escapeHtml(empty)}</p>`;
  return `${heading}</p><ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}
