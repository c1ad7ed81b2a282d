/**
 * The Adaptive Card vocabulary CX Cadence's cards share (the agenda card and the summary card): the
 * schema and version Teams renders, the subset of elements the cards use as plain JSON types, and
 * the escaping that keeps user text literal in card text.
 */

/** The highest Adaptive Card schema version Teams renders. */
export const ADAPTIVE_CARD_VERSION = '1.5';
export const ADAPTIVE_CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

export interface CardTextBlock {
  readonly type: 'TextBlock';
  readonly text: string;
  readonly wrap: true;
  readonly weight?: 'Bolder';
  readonly size?: 'Small' | 'Medium' | 'Large';
  readonly isSubtle?: true;
  readonly color?: 'Good' | 'Attention';
  readonly spacing?: 'None' | 'Small' | 'Medium';
}

export interface CardFactSet {
  readonly type: 'FactSet';
  readonly facts: readonly { readonly title: string; readonly value: string }[];
}

export interface CardColumn {
  readonly type: 'Column';
  readonly width: 'auto' | 'stretch';
  readonly items: readonly CardTextBlock[];
}

export interface CardColumnSet {
  readonly type: 'ColumnSet';
  readonly columns: readonly CardColumn[];
  readonly separator?: true;
  readonly spacing?: 'Small' | 'Medium';
}

export interface CardContainer {
  readonly type: 'Container';
  readonly style?: 'emphasis';
  readonly items: readonly CardElement[];
  readonly separator?: true;
  readonly spacing?: 'Medium';
}

export type CardElement = CardTextBlock | CardFactSet | CardColumnSet | CardContainer;

export interface AdaptiveCard {
  readonly type: 'AdaptiveCard';
  readonly $schema: typeof ADAPTIVE_CARD_SCHEMA;
  readonly version: typeof ADAPTIVE_CARD_VERSION;
  readonly body: readonly CardElement[];
}

// The markdown subset Adaptive Card TextBlocks act on is emphasis, links and lists; escaping the
// brackets alone stops any link or image (`(` only matters right after `]`), so parentheses, `#`
// and the like stay readable and Teams clients that show escapes literally show fewer of them.
// The backslash itself is escaped so an escape in user text cannot be undone.
const inlineMarkdown = /[\\[\]*_`]/g;
// Only at the start of a line do these begin a list or a numbered list.
const lineStartList = /^(\s*)([-+])/gm;
const lineStartNumbered = /^(\s*\d+)\./gm;
const lineStartHeading = /^(\s*)#/gm;

/**
 * Makes user text show literally in an Adaptive Card TextBlock. Card text is not HTML, but
 * TextBlocks render a markdown subset (bold, italic, lists, links), so a title like
 * `[Click me](https://evil.example)` would become a link. This backslash-escapes the markdown
 * characters that start emphasis, code or a link (CommonMark escapes, which Teams honours) and the list markers that only
 * matter at the start of a line, and turns each line break into a paragraph break because markdown
 * joins single line breaks.
 *
 * Example: `**Free** [offer](javascript:alert(1))` → `\*\*Free\*\* \[offer\](javascript:alert(1))`.
 */
export function escapeCardText(text: string): string {
  return text
    .replace(inlineMarkdown, (char) => `\\${char}`)
    .replace(lineStartList, '$1\\$2')
    .replace(lineStartNumbered, '$1\\.')
    .replace(lineStartHeading, '$1\\#')
    .replace(/\r?\n/g, '\n\n');
}
