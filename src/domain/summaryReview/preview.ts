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

const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/gi;
/** `color`, `background`, `background-color` and every `…-color` (border, outline, decoration). */
const COLOUR_PROPERTY = /^(?:color|background(?:-color)?|[a-z-]+-color)$/i;
/** Shorthands that may carry a colour next to their width and style. */
const BORDER_SHORTHAND =
  /^(?:border(?:-(?:top|right|bottom|left|block|inline)(?:-(?:start|end))?)?|outline)$/i;
/** What a border shorthand keeps: widths and line styles. Anything else is a colour. */
const BORDER_LAYOUT_TOKEN =
  /^(?:\d*\.?\d+(?:[a-z]+|%)?|thin|medium|thick|none|hidden|dotted|dashed|solid|double|groove|ridge|inset|outset|inherit|initial|unset)$/i;
const CSS_FUNCTION = /[a-z-]+\([^)]*\)/gi;

/**
 * Rendered (already sanitised) HTML without its colour declarations, for an on-screen preview that
 * follows the app's light, dark or high-contrast theme, as Outlook and Teams themselves recolour
 * messages for dark mode. Layout (sizes, margins, borders' widths and
 * line styles) is kept; a border shorthand loses only its colour. Works on the renderers'
 * output, whose attributes are double-quoted; it does not parse arbitrary HTML.
 *
 * @example '<p style="margin: 0; color: #616161">x</p>' → '<p style="margin: 0">x</p>'
 */
export function withoutColours(html: string): string {
  return html.replace(STYLE_ATTRIBUTE, (_match, style: string) => {
    const kept = style.split(';').flatMap((part) => {
      const declaration = withoutColour(part);
      return declaration === undefined ? [] : [declaration];
    });
    return kept.length === 0 ? '' : ` style="${kept.join('; ')}"`;
  });
}

/** One declaration without its colour; `undefined` when nothing but colour is left. */
function withoutColour(declaration: string): string | undefined {
  const colon = declaration.indexOf(':');
  if (colon < 0) return declaration.trim() === '' ? undefined : declaration.trim();
  const property = declaration.slice(0, colon).trim();
  const value = declaration.slice(colon + 1).trim();
  if (COLOUR_PROPERTY.test(property) || value === '') return undefined;
  if (!BORDER_SHORTHAND.test(property)) return `${property}: ${value}`;
  const layout = value
    .replace(CSS_FUNCTION, ' ')
    .split(/\s+/)
    .filter((token) => BORDER_LAYOUT_TOKEN.test(token));
  return layout.length === 0 ? undefined : `${property}: ${layout.join(' ')}`;
}
