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

/** The highest Adaptive Card schema version Teams renders. */
export const AGENDA_CARD_VERSION = '1.5';
export const ADAPTIVE_CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

/** The Adaptive Card elements this module emits (a subset of the schema, as plain JSON). */
export interface CardTextBlock {
  readonly type: 'TextBlock';
  readonly text: string;
  readonly wrap: true;
  readonly weight?: 'Bolder';
  readonly size?: 'Small' | 'Medium' | 'Large';
  readonly isSubtle?: true;
  readonly spacing?: 'None' | 'Small' | 'Medium';
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
  readonly spacing?: 'Medium';
}

export type CardElement = CardTextBlock | CardColumnSet | CardContainer;

export interface AgendaAdaptiveCard {
  readonly type: 'AdaptiveCard';
  readonly $schema: typeof ADAPTIVE_CARD_SCHEMA;
  readonly version: typeof AGENDA_CARD_VERSION;
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

/**
 * The agenda as an Adaptive Card (schema 1.5) for the meeting chat and the side panel: the CX
 * mission, each item with its time box and owner role, the Mission Moment presenter, and what is
 * carried over. Laid out as one narrow column set per item so it reads at the side panel's 280 px.
 *
 * @throws ValidationError when `meetingMinutes` is given and the agenda cannot fit it.
 */
export function renderAgendaCard(options: AgendaRenderOptions): AgendaAdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: ADAPTIVE_CARD_SCHEMA,
    version: AGENDA_CARD_VERSION,
    body: [
      {
        type: 'TextBlock',
        text: AGENDA_BLOCK_HEADING,
        weight: 'Bolder',
        size: 'Medium',
        wrap: true,
      },
      {
        type: 'Container',
        style: 'emphasis',
        items: [
          { type: 'TextBlock', text: MISSION_HEADING, size: 'Small', isSubtle: true, wrap: true },
          { type: 'TextBlock', text: escapeCardText(options.mission), spacing: 'None', wrap: true },
        ],
      },
      ...agendaRows(options).map(itemColumnSet),
      carryOverContainer(options.carryOver),
    ],
  };
}

function itemColumnSet(row: AgendaRow): CardColumnSet {
  const presenter = row.presenterLine ? ` — ${escapeCardText(row.presenterLine)}` : '';
  const details: CardTextBlock[] = [
    {
      type: 'TextBlock',
      text: `${escapeCardText(row.title)}${presenter}`,
      weight: 'Bolder',
      wrap: true,
    },
  ];
  if (row.ownerName) {
    details.push(subtleLine(`Owner: ${escapeCardText(row.ownerName)}`));
  }
  if (row.guidance) details.push(subtleLine(escapeCardText(row.guidance)));
  return {
    type: 'ColumnSet',
    separator: true,
    spacing: 'Medium',
    columns: [
      {
        type: 'Column',
        width: 'auto',
        items: [{ type: 'TextBlock', text: row.timeBoxLabel, isSubtle: true, wrap: true }],
      },
      { type: 'Column', width: 'stretch', items: details },
    ],
  };
}

function subtleLine(text: string): CardTextBlock {
  return { type: 'TextBlock', text, size: 'Small', isSubtle: true, spacing: 'None', wrap: true };
}

function carryOverContainer(carryOver: AgendaCarryOver | undefined): CardContainer {
  const heading: CardTextBlock = {
    type: 'TextBlock',
    text: CARRY_OVER_HEADING,
    weight: 'Bolder',
    wrap: true,
  };
  if (!hasCarryOver(carryOver)) {
    return {
      type: 'Container',
      spacing: 'Medium',
      items: [heading, subtleLine(NOTHING_CARRIED_OVER)],
    };
  }
  const actions = carryOver.openActions.map((action) => {
    const { title, detail } = describeOpenAction(action);
    return entryLine(`${escapeCardText(title)} — ${escapeCardText(detail)}`);
  });
  const decisions = carryOver.deferredDecisions.map((decision) =>
    entryLine(`${escapeCardText(decision.statement)} — ${escapeCardText(decision.statusLabel)}`),
  );
  return {
    type: 'Container',
    spacing: 'Medium',
    items: [
      heading,
      ...labelledEntries('Open actions', actions, 'No open actions.'),
      ...labelledEntries('Deferred decisions', decisions, 'No deferred decisions.'),
    ],
  };
}

function entryLine(text: string): CardTextBlock {
  return { type: 'TextBlock', text: `• ${text}`, spacing: 'Small', wrap: true };
}

function labelledEntries(
  label: string,
  entries: readonly CardTextBlock[],
  whenEmpty: string,
): CardTextBlock[] {
  const labelBlock: CardTextBlock = {
    type: 'TextBlock',
    text: label,
    size: 'Small',
    weight: 'Bolder',
    spacing: 'Small',
    wrap: true,
  };
  return entries.length === 0 ? [labelBlock, subtleLine(whenEmpty)] : [labelBlock, ...entries];
}
