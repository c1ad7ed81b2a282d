/**
 * The words a person reads in an HTML fragment, for finding text in it (an agenda already in an
 * invite, a presenter's name): never used to render anything. Its own module, free of the
 * sanitiser, so the side panel can use it without shipping sanitize-html.
 */

const MAX_CODE_POINT = 0x10ffff;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '\u2014',
  ndash: '\u2013',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
};

/**
 * Tags (and whole `head`, `style` and `script` elements) removed, common entities decoded, spaces
 * collapsed. An entity it does not know, or a number beyond Unicode, stays as written.
 *
 * @example htmlToText('<p>Told by <b>Sam&nbsp;Taylor</b></p>') → 'Told by Sam Taylor'
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<(head|style|script)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(
      /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi,
      (entity, name: string) => decodeEntity(name) ?? entity,
    )
    .replace(/\s+/g, ' ')
    .trim();
}

function decodeEntity(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (!lower.startsWith('#')) return NAMED_ENTITIES[lower];
  const code = lower.startsWith('#x')
    ? Number.parseInt(lower.slice(2), 16)
    : Number.parseInt(lower.slice(1), 10);
  return code <= MAX_CODE_POINT ? String.fromCodePoint(code) : undefined;
}
