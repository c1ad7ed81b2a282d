import { ADAPTIVE_CARD_SCHEMA, ADAPTIVE_CARD_VERSION, escapeCardText } from '../adaptiveCard';
import type {
  AdaptiveCard,
  CardContainer,
  CardElement,
  CardFactSet,
  CardTextBlock,
} from '../adaptiveCard';
import type { MeetingSummary, SummaryDecision } from './meetingSummary';
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

/**
 * The summary as an Adaptive Card (schema 1.5) for the meeting chat or the side panel. Card text
 * is not HTML, but TextBlocks and facts render a markdown subset, so every piece of text goes
 * through `escapeCardText` (from `adaptiveCard`): a story containing `[click](https://…)` shows
 * literally instead of becoming a link.
 */
export function renderSummaryCard(summary: MeetingSummary): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: ADAPTIVE_CARD_SCHEMA,
    version: ADAPTIVE_CARD_VERSION,
    body: [
      { ...text(summaryHeading(summary.title)), weight: 'Bolder', size: 'Large' },
      { ...text(summary.dateLabel), isSubtle: true },
      ...(summary.isCancelled ? [{ ...text(CANCELLED_NOTE), color: 'Attention' as const }] : []),
      missionMomentSection(summary),
      section(
        SUMMARY_HEADINGS.decisions,
        summary.decisions.map(decisionContainer),
        SUMMARY_EMPTY.decisions,
      ),
      section(
        SUMMARY_HEADINGS.newActions,
        summary.newActions.map((action) => ({
          type: 'Container',
          items: [
            text(action.title),
            facts([
              ['Owner', action.ownerName],
              ['Due', action.dueDate],
            ]),
          ],
        })),
        SUMMARY_EMPTY.newActions,
      ),
      section(
        SUMMARY_HEADINGS.carriedForward,
        carriedForwardLines(summary.carriedForward).map((line) => text(line)),
        SUMMARY_EMPTY.carriedForward,
      ),
      section(
        SUMMARY_HEADINGS.attendance,
        summary.attendance.length === 0
          ? []
          : [
              facts(
                summary.attendance.map((department) => [
                  department.departmentLabel,
                  `present ${listOrNone(department.attendees)}; absent ${listOrNone(department.absentees)}`,
                ]),
              ),
            ],
        SUMMARY_EMPTY.attendance,
      ),
    ],
  };
}

/** A wrapping TextBlock showing `value` literally. */
function text(value: string): CardTextBlock {
  return { type: 'TextBlock', text: escapeCardText(value), wrap: true };
}

function facts(pairs: readonly (readonly [string, string])[]): CardFactSet {
  return {
    type: 'FactSet',
    facts: pairs.map(([title, value]) => ({
      title: escapeCardText(title),
      value: escapeCardText(value),
    })),
  };
}

function section(title: string, items: readonly CardElement[], empty: string): CardContainer {
  return {
    type: 'Container',
    separator: true,
    spacing: 'Medium',
    items: [
      { ...text(title), weight: 'Bolder', size: 'Medium' },
      ...(items.length > 0 ? items : [{ ...text(empty), isSubtle: true as const }]),
    ],
  };
}

function missionMomentSection(summary: MeetingSummary): CardContainer {
  const moment = summary.missionMoment;
  if (!moment) return section(SUMMARY_HEADINGS.missionMoment, [], SUMMARY_EMPTY.missionMoment);
  return section(
    SUMMARY_HEADINGS.missionMoment,
    [
      {
        ...text(`${moment.presenterName}: ${moment.outcomeLabel}`),
        color: moment.livedUpToMission ? 'Good' : 'Attention',
      },
      text(moment.story),
      facts(answeredMissionMomentPrompts(moment)),
    ],
    SUMMARY_EMPTY.missionMoment,
  );
}

function decisionContainer(decision: SummaryDecision): CardContainer {
  return {
    type: 'Container',
    style: 'emphasis',
    items: [
      { ...text(decision.statement), weight: 'Bolder' },
      ...(decision.rationale ? [text(decision.rationale)] : []),
      facts([
        ['Category', decision.categoryName],
        ['Status', decision.statusLabel],
        ['Driver', describeRoleHolder(decision.driver)],
        ['Approver', describeRoleHolder(decision.approver)],
        ['Contributors', listOrNone(decision.contributors)],
        ['Informed', listOrNone(decision.informed)],
      ]),
    ],
  };
}
