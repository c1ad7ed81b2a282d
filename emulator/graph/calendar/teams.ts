import { escapeHtml, escapeMultilineText } from '../../../src/domain/html';
import { decodeEntities } from '../../core/html';
import type { GraphJson } from '../../core/state';

/**
 * The join block Outlook appends to the body of a Teams meeting: a `____` separator, the
 * "Microsoft Teams meeting" heading, the join link, "Learn More" and "Meeting options", and a
 * closing separator, in Outlook's own `me-email-*` markup, so a client that shows or edits the
 * body sees what Outlook users see.
 */

const SEPARATOR =
  '<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>';

/** The "Meeting options" page of a Teams meeting, which the join block links to. */
export function meetingOptionsUrl(
  organizerId: string,
  tenantId: string,
  chatThreadId: string,
): string {
  return (
    `https://teams.microsoft.com/meetingOptions/?organizerId=${organizerId}` +
    `&tenantId=${tenantId}` +
    `&threadId=${chatThreadId.replace(':', '_')}&messageId=0&language=en-US`
  );
}

export function teamsJoinBlock(joinUrl: string, optionsUrl: string): string {
  const font = "font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif";
  return [
    SEPARATOR,
    `<div class="me-email-text" lang="en-US" style="color:#252424;${font}">`,
    '<div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">Microsoft Teams meeting</span></div>',
    '<div style="margin-bottom:20px"><div style="margin-top:0px;margin-bottom:0px;font-weight:bold"><span style="font-size:14px;color:#252424">Join on your computer, mobile app or room device</span></div>',
    `<a class="me-email-headline" href="${escapeHtml(joinUrl)}" target="_blank" rel="noreferrer noopener" style="font-size:14px;${font};text-decoration:underline;color:#6264a7">Click here to join the meeting</a></div>`,
    `<div style="margin-bottom:24px;margin-top:20px"><a class="me-email-link" target="_blank" href="https://aka.ms/JoinTeamsMeeting" rel="noreferrer noopener" style="font-size:14px;text-decoration:underline;color:#6264a7;${font}">Learn More</a> | <a class="me-email-link" target="_blank" href="${escapeHtml(optionsUrl)}" rel="noreferrer noopener" style="font-size:14px;text-decoration:underline;color:#6264a7;${font}">Meeting options</a></div>`,
    '</div>',
    SEPARATOR,
  ].join('\n');
}

/** True when a body already carries the join block for this link (kept by the client). */
export function hasJoinBlock(content: string, joinUrl: string): boolean {
  return content.includes(escapeHtml(joinUrl)) || content.includes(joinUrl);
}

/** The body with the join block appended (inside `<body>` when the HTML has one). */
export function withJoinBlock(body: GraphJson, block: string): GraphJson {
  const content = String(body.content ?? '');
  const html = body.contentType === 'text' ? escapeMultilineText(content) : content;
  const closing = html.search(/<\/body>/i);
  const merged =
    closing >= 0
      ? `${html.slice(0, closing)}${block}\n${html.slice(closing)}`
      : `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>${html}\n${block}\n</body></html>`;
  return { contentType: 'html', content: merged };
}

/** Graph's `bodyPreview`: the body's text, whitespace collapsed, at most 255 characters. */
export function bodyPreviewOf(body: GraphJson): string {
  const content = String(body.content ?? '');
  const text =
    body.contentType === 'text'
      ? content
      : decodeEntities(
          content
            .replace(/<head[\s\S]*?<\/head>/gi, '')
            .replace(/<style[\s\S]*?<\/style>/gi, '')
            .replace(/<[^>]+>/g, ' '),
        );
  return text.replace(/\s+/g, ' ').trim().slice(0, 255);
}
