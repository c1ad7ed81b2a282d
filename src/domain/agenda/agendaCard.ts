import { ADAPTIVE_CARD_SCHEMA, ADAPTIVE_CARD_VERSION, escapeCardText } from '../adaptiveCard';
import type { AdaptiveCard, CardColumnSet, CardContainer, CardTextBlock } from '../adaptiveCard';
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

/** The agenda card's schema version: the one all CX Cadence cards use. */
export const AGENDA_CARD_VERSION = ADAPTIVE_CARD_VERSION;
export { escapeCardText };

/**
 * The agenda as an Adaptive Card (schema 1.5) for the meeting chat and the side panel: the CX
 * mission, each item with its time box and owner role, the Mission Moment presenter, and what is
 * carried over. Laid out as one narrow column set per item so it reads at the side panel's 280 px.
 *
 * @throws ValidationError when `meetingMinutes` is given and the agenda cannot fit it.
 */
export function renderAgendaCard(options: AgendaRenderOptions): AdaptiveCard {
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
