import { ValidationError } from '../errors';
import { escapeHtml, escapeMultilineText, sanitizeRenderedHtml } from '../html';
import {
  AGENDA_BLOCK_HEADING,
  CARRY_OVER_HEADING,
  MISSION_HEADING,
  NOTHING_CARRIED_OVER,
  agendaRows,
  describeOpenAction,
  hasCarryOver,
} from './presentation';
import type { AgendaCarryOver, AgendaRenderOptions, AgendaRow } from './presentation';

/*
 * Outlook renders invites with Word's HTML engine, which ignores <style> blocks, classes, floats,
 * max-width and most modern CSS. So: tables for layout, inline styles only, px sizes, the Segoe UI
 * stack with web-safe fallbacks, and only the properties `sanitizeRenderedHtml` allows.
 */
const fontFamily = "font-family:'Segoe UI', 'Helvetica Neue', Helvetica, Arial, sans-serif";
const textColour = 'color:#242424';
const subtleColour = 'color:#616161';
const style = {
  block: `${fontFamily};font-size:14px;line-height:20px;${textColour}`,
  heading: `${fontFamily};font-size:20px;line-height:28px;font-weight:bold;${textColour};margin:0 0 12px 0`,
  subheading: `${fontFamily};font-size:16px;line-height:22px;font-weight:bold;${textColour};margin:16px 0 8px 0`,
  layoutTable: 'border-collapse:collapse;width:100%;margin:0 0 12px 0',
  missionCell: `${fontFamily};background-color:#f0f0fa;border-left:4px solid #5b5fc7;padding:8px 12px`,
  missionLabel: `${fontFamily};font-size:12px;line-height:16px;font-weight:bold;${subtleColour};margin:0`,
  missionText: `${fontFamily};font-size:16px;line-height:22px;${textColour};margin:4px 0 0 0`,
  headerCell: `${fontFamily};font-size:12px;line-height:16px;font-weight:bold;${subtleColour};text-align:left;border-bottom:2px solid #d1d1d1;padding:6px 8px`,
  cell: `${fontFamily};font-size:14px;line-height:20px;${textColour};vertical-align:top;border-bottom:1px solid #e0e0e0;padding:8px`,
  guidance: `${fontFamily};font-size:12px;line-height:16px;${subtleColour}`,
  listLabel: `${fontFamily};font-size:14px;line-height:20px;font-weight:bold;${textColour};margin:8px 0 4px 0`,
  list: `${fontFamily};font-size:14px;line-height:20px;${textColour};margin:0 0 8px 0`,
  paragraph: `${fontFamily};font-size:14px;line-height:20px;${subtleColour};margin:0 0 8px 0`,
} as const;

/**
 * The agenda as the body of an Outlook invite (Teams meeting series): the CX mission as a header,
 * the items in a table with their time boxes ("0:00–0:05") and owner roles, the Mission Moment slot
 * naming this occurrence's presenter ("Mission Moment — told by Dana Kim"), and what is carried
 * over from the last meeting.
 *
 * Every user-written string is escaped and the whole block is sanitised, so the result is safe to
 * put in an event body. The block is one `<div>` whose first child is the heading
 * `AGENDA_BLOCK_HEADING`, which is how `replaceAgendaInBody` finds it again.
 *
 * @throws ValidationError when `meetingMinutes` is given and the agenda cannot fit it.
 */
export function renderInviteHtml(options: AgendaRenderOptions): string {
  const html = [
    `<div style="${style.block}">`,
    `<h2 style="${style.heading}">${AGENDA_BLOCK_HEADING}</h2>`,
    renderMission(options.mission),
    renderItems(agendaRows(options)),
    renderCarryOver(options.carryOver),
    '</div>',
  ].join('');
  return sanitizeRenderedHtml(html);
}

function layoutTable(content: string): string {
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="${style.layoutTable}">${content}</table>`;
}

function renderMission(mission: string): string {
  return layoutTable(
    `<tr><td style="${style.missionCell}">` +
      `<p style="${style.missionLabel}">${MISSION_HEADING}</p>` +
      `<p style="${style.missionText}">${escapeMultilineText(mission)}</p>` +
      '</td></tr>',
  );
}

function renderItems(rows: readonly AgendaRow[]): string {
  const header =
    '<thead><tr>' +
    `<th align="left" width="90" style="${style.headerCell}">Time</th>` +
    `<th align="left" style="${style.headerCell}">Item</th>` +
    `<th align="left" width="160" style="${style.headerCell}">Owner</th>` +
    '</tr></thead>';
  return layoutTable(`${header}<tbody>${rows.map(renderRow).join('')}</tbody>`);
}

function renderRow(row: AgendaRow): string {
  const presenter = row.presenterLine ? ` — ${escapeHtml(row.presenterLine)}` : '';
  const guidance = row.guidance
    ? `<br><span style="${style.guidance}">${escapeHtml(row.guidance)}</span>`
    : '';
  return (
    '<tr>' +
    `<td valign="top" width="90" style="${style.cell}">${row.timeBoxLabel}</td>` +
    `<td valign="top" style="${style.cell}"><b>${escapeHtml(row.title)}${presenter}</b>${guidance}</td>` +
    `<td valign="top" width="160" style="${style.cell}">${row.ownerName ? escapeHtml(row.ownerName) : '—'}</td>` +
    '</tr>'
  );
}

function renderCarryOver(carryOver: AgendaCarryOver | undefined): string {
  const heading = `<h3 style="${style.subheading}">${CARRY_OVER_HEADING}</h3>`;
  if (!hasCarryOver(carryOver)) {
    return `${heading}<p style="${style.paragraph}">${NOTHING_CARRIED_OVER}</p>`;
  }
  const actions = carryOver.openActions.map((action) => {
    const { title, detail } = describeOpenAction(action);
    return `<b>${escapeHtml(title)}</b> — ${escapeHtml(detail)}`;
  });
  const decisions = carryOver.deferredDecisions.map(
    (decision) => `<b>${escapeHtml(decision.statement)}</b> — ${escapeHtml(decision.statusLabel)}`,
  );
  return (
    heading +
    renderList('Open actions', actions, 'No open actions.') +
    renderList('Deferred decisions', decisions, 'No deferred decisions.')
  );
}

/** A labelled bullet list of already-escaped entries. */
function renderList(label: string, entries: readonly string[], whenEmpty: string): string {
  const labelHtml = `<p style="${style.listLabel}">${label}</p>`;
  if (entries.length === 0) return `${labelHtml}<p style="${style.paragraph}">${whenEmpty}</p>`;
  const items = entries.map((entry) => `<li>${entry}</li>`).join('');
  return `${labelHtml}<ul style="${style.list}">${items}</ul>`;
}

/*
 * Finding our block again in an event body that Exchange may have re-serialised: an opening <div>
 * whose first content is the fixed heading, possibly wrapped in inline tags Exchange or Outlook
 * add (<span>, <font>, <b>…). sanitize-html keeps only `style`, so ids and classes cannot mark it.
 */
const headingWrapper = '(?:h[1-6]|p|span|font|b|strong|em|i|u)';
const blockStart = new RegExp(
  `<div\\b[^>]*>(?:\\s*<${headingWrapper}\\b[^>]*>)+\\s*${AGENDA_BLOCK_HEADING}\\s*<`,
  'i',
);
const divTag = /<div\b[^>]*>|<\/div\s*>/gi;
const bodyOpenTag = /<body\b[^>]*>/i;

/**
 * Puts a freshly rendered agenda into an existing event body: replaces our previous agenda block and
 * keeps everything else byte-for-byte — above all the Teams online-meeting join information that
 * Exchange adds and that must survive every update — or, when the body has no agenda yet, puts the
 * agenda first (just inside `<body>` when the body is a full HTML document).
 *
 * The old block is the first `<div>` that opens with the heading `AGENDA_BLOCK_HEADING`; it ends at
 * its matching `</div>`. If someone edited the heading in Outlook the block is no longer found and
 * the new agenda is added above it instead: the body gets two agendas, but loses nothing.
 *
 * @param newAgendaHtml Output of `renderInviteHtml`; sanitised again here as a second line of
 * defence. @throws ValidationError (field `newAgendaHtml`) when it is not an agenda block, since a
 * block without the heading could never be replaced later.
 */
export function replaceAgendaInBody(existingBodyHtml: string, newAgendaHtml: string): string {
  const agenda = sanitizeRenderedHtml(newAgendaHtml);
  if (findAgendaBlock(agenda)?.start !== 0) {
    throw ValidationError.single(
      'newAgendaHtml',
      `The new agenda must be a block rendered by renderInviteHtml, starting with the "${AGENDA_BLOCK_HEADING}" heading`,
    );
  }
  const existing = findAgendaBlock(existingBodyHtml);
  if (existing) {
    return (
      existingBodyHtml.slice(0, existing.start) + agenda + existingBodyHtml.slice(existing.end)
    );
  }
  const body = bodyOpenTag.exec(existingBodyHtml);
  const insertAt = body ? body.index + body[0].length : 0;
  return existingBodyHtml.slice(0, insertAt) + agenda + existingBodyHtml.slice(insertAt);
}

interface BlockRange {
  readonly start: number;
  readonly end: number;
}

function findAgendaBlock(html: string): BlockRange | undefined {
  const match = blockStart.exec(html);
  if (!match) return undefined;
  const end = matchingDivEnd(html, match.index);
  return end === undefined ? undefined : { start: match.index, end };
}

/** The index just past the `</div>` that closes the `<div>` opening at `start`. */
function matchingDivEnd(html: string, start: number): number | undefined {
  const tags = new RegExp(divTag.source, divTag.flags);
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return tag.index + tag[0].length;
  }
  return undefined;
}
