import { escapeHtml, escapeMultilineText, sanitizeRenderedHtml } from '../html';
import type { MeetingSummary, SummaryDecision, SummaryMissionMoment } from './meetingSummary';
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

// Outlook's Word renderer ignores <style> blocks and most CSS: inline styles on tables only.
const STYLE = {
  body: "font-family: 'Segoe UI', Helvetica, Arial, sans-serif; font-size: 14px; color: #242424; line-height: 1.4",
  h2: 'margin: 0 0 4px 0; font-size: 20px; font-weight: bold',
  h3: 'margin: 20px 0 8px 0; font-size: 16px; font-weight: bold; color: #115ea3',
  p: 'margin: 0 0 8px 0',
  muted: 'color: #616161',
  table: 'border-collapse: collapse; width: 100%',
  th: 'border: 1px solid #d1d1d1; padding: 6px 8px; background-color: #f5f5f5; text-align: left; vertical-align: top; font-weight: bold',
  td: 'border: 1px solid #d1d1d1; padding: 6px 8px; text-align: left; vertical-align: top',
} as const;

/**
 * The summary as an HTML mail body for Outlook (`POST /me/sendMail`): headings, paragraphs and
 * bordered tables with inline styles. Every piece of user text is escaped, and the finished
 * document is sanitised against the allow-list as a second line of defence.
 */
export function renderSummaryMailHtml(summary: MeetingSummary): string {
  const parts = [
    `<h2 style="${STYLE.h2}">${escapeHtml(summaryHeading(summary.title))}</h2>`,
    `<p style="${STYLE.p}; ${STYLE.muted}">${escapeHtml(summary.dateLabel)}</p>`,
    summary.isCancelled ? paragraph(escapeHtml(CANCELLED_NOTE)) : '',
    heading(SUMMARY_HEADINGS.missionMoment),
    summary.missionMoment
      ? missionMomentHtml(summary.missionMoment)
      : paragraph(escapeHtml(SUMMARY_EMPTY.missionMoment)),
    heading(SUMMARY_HEADINGS.decisions),
    decisionsHtml(summary.decisions),
    heading(SUMMARY_HEADINGS.newActions),
    actionsHtml(summary),
    heading(SUMMARY_HEADINGS.carriedForward),
    carriedForwardHtml(summary),
    heading(SUMMARY_HEADINGS.attendance),
    attendanceHtml(summary),
  ];
  return sanitizeRenderedHtml(`<div style="${STYLE.body}">${parts.join('')}</div>`);
}

function heading(text: string): string {
  return `<h3 style="${STYLE.h3}">${escapeHtml(text)}</h3>`;
}

function paragraph(html: string): string {
  return `<p style="${STYLE.p}">${html}</p>`;
}

/** A table; `header` and `rows` are already-escaped cell HTML. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = header.map((cell) => `<th style="${STYLE.th}">${cell}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${row.map((cell) => `<td style="${STYLE.td}">${cell}</td>`).join('')}</tr>`)
    .join('');
  return `<table style="${STYLE.table}" cellpadding="0" cellspacing="0"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function missionMomentHtml(moment: SummaryMissionMoment): string {
  const rows = answeredMissionMomentPrompts(moment)
    .map(
      ([label, text]) =>
        `<tr><th style="${STYLE.th}" width="30%">${escapeHtml(label)}</th><td style="${STYLE.td}">${escapeMultilineText(text)}</td></tr>`,
    )
    .join('');
  return [
    paragraph(
      `<strong>${escapeHtml(moment.presenterName)}</strong>: ${escapeHtml(moment.outcomeLabel)}`,
    ),
    paragraph(escapeMultilineText(moment.story)),
    `<table style="${STYLE.table}" cellpadding="0" cellspacing="0"><tbody>${rows}</tbody></table>`,
  ].join('');
}

function decisionsHtml(decisions: readonly SummaryDecision[]): string {
  if (decisions.length === 0) return paragraph(escapeHtml(SUMMARY_EMPTY.decisions));
  return table(
    ['Decision', 'Roles', 'Status'],
    decisions.map((decision) => [
      [
        `<strong>${escapeMultilineText(decision.statement)}</strong>`,
        `<span style="${STYLE.muted}">${escapeHtml(decision.categoryName)}</span>`,
        decision.rationale ? escapeMultilineText(decision.rationale) : '',
      ]
        .filter(Boolean)
        .join('<br>'),
      [
        `Driver: ${escapeHtml(describeRoleHolder(decision.driver))}`,
        `Approver: ${escapeHtml(describeRoleHolder(decision.approver))}`,
        `Contributors: ${escapeHtml(listOrNone(decision.contributors))}`,
        `Informed: ${escapeHtml(listOrNone(decision.informed))}`,
      ].join('<br>'),
      escapeHtml(decision.statusLabel),
    ]),
  );
}

function actionsHtml(summary: MeetingSummary): string {
  if (summary.newActions.length === 0) return paragraph(escapeHtml(SUMMARY_EMPTY.newActions));
  return table(
    ['Action', 'Owner', 'Due'],
    summary.newActions.map((action) => [
      escapeHtml(action.title),
      escapeHtml(action.ownerName),
      escapeHtml(action.dueDate),
    ]),
  );
}

function carriedForwardHtml(summary: MeetingSummary): string {
  const items = carriedForwardLines(summary.carriedForward).map((line) => escapeHtml(line));
  if (items.length === 0) return paragraph(escapeHtml(SUMMARY_EMPTY.carriedForward));
  return `<ul style="${STYLE.p}">${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}

function attendanceHtml(summary: MeetingSummary): string {
  if (summary.attendance.length === 0) return paragraph(escapeHtml(SUMMARY_EMPTY.attendance));
  return table(
    ['Department', 'Present', 'Absent'],
    summary.attendance.map((department) => [
      escapeHtml(department.departmentLabel),
      escapeHtml(listOrNone(department.attendees)),
      escapeHtml(listOrNone(department.absentees)),
    ]),
  );
}
