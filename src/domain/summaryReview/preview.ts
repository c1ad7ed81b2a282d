import type { MeetingSummary, SummaryDecision } from '../summary';

/** A decision not yet final: still waiting for its approver. */
export function isPendingApproval(decision: Pick<SummaryDecision, 'status'>): boolean {
  return decision.status === 'pendingApproval';
}

/** What the reviewer should notice before publishing; empty when nothing stands out. */
export function reviewWarnings(summary: MeetingSummary): string[] {
  const pending = summary.decisions.filter(isPendingApproval).length;
  return [
    ...(summary.missionMoment ? [] : ['No Mission Moment was captured: the summary says so.']),
    ...(pending > 0
      ? [
          `${pending} decision${pending === 1 ? ' is' : 's are'} still pending approval: the summary shows ${pending === 1 ? 'it' : 'them'} as pending.`,
        ]
      : []),
    ...(summary.recipients.length === 0
      ? ['Nobody has a mail address on record: no mail will be sent.']
      : []),
  ];
}

// `color` and `background`/`background-color` declarations inside a style attribute.
const COLOUR_DECLARATION = /(^|;)\s*(?:color|background(?:-color)?)\s*:[^;]*/gi;
const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/gi;

/**
 * Rendered (already sanitised) HTML without its colour declarations, for an on-screen preview that
 * follows the app's light, dark or high-contrast theme, as Outlook and Teams themselves recolour
 * messages for dark mode. Layout (sizes, margins, borders' widths) is kept. Works on the renderers'
 * output, whose attributes are double-quoted; it does not parse arbitrary HTML.
 *
 * @example '<p style="margin: 0; color: #616161">x</p>' → '<p style="margin: 0">x</p>'
 */
export function withoutColours(html: string): string {
  return html.replace(STYLE_ATTRIBUTE, (_match, style: string) => {
    const kept = style
      .replace(COLOUR_DECLARATION, '$1')
      .split(';')
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .map((part) => part.replace(/(border[a-z-]*\s*:[^;]*?)\s*#[0-9a-f]{3,8}\b/i, '$1'))
      .join('; ');
    return kept === '' ? '' : ` style="${kept}"`;
  });
}
