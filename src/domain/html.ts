import sanitizeHtml from 'sanitize-html';

/**
 * Every user-written string that reaches HTML (Outlook invites, Teams chat, mail, the page) goes
 * through here. User text is text, never markup: it is escaped first, and the finished document is
 * then sanitised against an allow-list as a second line of defence, so even a renderer bug cannot
 * let a script, an event handler or a `javascript:` URL through.
 */

const htmlEscapes: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in HTML content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => htmlEscapes[char] ?? char);
}

/**
 * Escapes text and keeps its line breaks visible (`<br>`), for multi-line user input such as a
 * Mission Moment story.
 */
export function escapeMultilineText(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}

// CSS values Outlook's Word renderer understands, with nothing that can fetch or execute
// (no url(), expression(), or escapes).
const safeCssValue = /^[-#%.,\w\s'"()]+$/;
const unsafeCssValue = /url\s*\(|expression\s*\(|\\|javascript:/i;
const styledProperties = [
  'background-color',
  'border',
  'border-bottom',
  'border-collapse',
  'border-left',
  'border-radius',
  'border-top',
  'color',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'line-height',
  'margin',
  'margin-bottom',
  'margin-top',
  'padding',
  'text-align',
  'vertical-align',
  'width',
] as const;

const allowedStyles = Object.fromEntries(styledProperties.map((name) => [name, [safeCssValue]]));

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: [
    'a',
    'b',
    'br',
    'div',
    'em',
    'h1',
    'h2',
    'h3',
    'h4',
    'hr',
    'i',
    'li',
    'ol',
    'p',
    'span',
    'strong',
    'table',
    'tbody',
    'td',
    'th',
    'thead',
    'tr',
    'u',
    'ul',
    'at',
  ],
  allowedAttributes: {
    '*': ['style'],
    a: ['href', 'title'],
    at: ['id'],
    td: ['style', 'colspan', 'width', 'valign'],
    th: ['style', 'colspan', 'width', 'align'],
    table: ['style', 'width', 'cellpadding', 'cellspacing', 'border', 'role'],
  },
  allowedSchemes: ['https', 'mailto', 'msteams'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  allowedStyles: { '*': allowedStyles },
  disallowedTagsMode: 'discard',
  exclusiveFilter: (frame) =>
    Boolean(frame.attribs.style && unsafeCssValue.test(frame.attribs.style)),
};

/**
 * Sanitises a finished HTML document against CX Cadence's allow-list: the tags and inline styles
 * our renderers emit (tables, lists, headings, Teams `<at>` mentions), `https:`/`mailto:` links only.
 */
export function sanitizeRenderedHtml(html: string): string {
  return sanitizeHtml(html, sanitizeOptions);
}
