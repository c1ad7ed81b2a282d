import type { RoleId } from '../ids';
import { isMissionMoment } from './template';
import type { AgendaItemKind, AgendaTemplate } from './template';
import { agendaSchedule, fitAgendaToDuration } from './timeBoxes';

/**
 * What is still open from the previous meeting, as the records module hands it over. Plain text
 * only: the renderers escape every field.
 */
export interface AgendaCarryOver {
  readonly openActions: readonly {
    readonly title: string;
    readonly ownerName: string;
    /** Calendar date, `YYYY-MM-DD`. */
    readonly dueDate?: string;
  }[];
  readonly deferredDecisions: readonly {
    readonly statement: string;
    /** Where the decision stands, e.g. "Pending approval by Executive Sponsor". */
    readonly statusLabel: string;
  }[];
}

/** What every agenda renderer (Outlook invite, Adaptive Card) needs. */
export interface AgendaRenderOptions {
  readonly template: AgendaTemplate;
  /** The charter's CX mission statement, shown as the agenda's header. */
  readonly mission: string;
  /**
   * Display names of the charter's roles by id, so renderers need not know the charter. An owner
   * role missing from the lookup is shown as no owner rather than as a raw id.
   */
  readonly roleNames: Readonly<Partial<Record<RoleId, string>>>;
  /** This occurrence's Mission Moment presenter; "presenter to be confirmed" when absent. */
  readonly presenterName?: string;
  /** Open actions and deferred decisions from the previous meeting; none when absent. */
  readonly carryOver?: AgendaCarryOver;
  /** When given, the template is first fitted to this meeting length (see `fitAgendaToDuration`). */
  readonly meetingMinutes?: number;
}

/** The fixed heading our agenda block starts with; `replaceAgendaInBody` finds the block by it. */
export const AGENDA_BLOCK_HEADING = 'CX Cadence agenda';
export const MISSION_HEADING = 'Our CX mission';
export const CARRY_OVER_HEADING = 'Carried over from the last meeting';
export const PRESENTER_TO_BE_CONFIRMED = 'presenter to be confirmed';
export const NOTHING_CARRIED_OVER = 'Nothing carried over from the last meeting.';

/** One agenda row as plain (unescaped) text; each renderer escapes for its own format. */
export interface AgendaRow {
  readonly kind: AgendaItemKind;
  readonly timeBoxLabel: string;
  readonly title: string;
  /** The Mission Moment's presenter line, e.g. "told by Dana Kim"; absent for other items. */
  readonly presenterLine?: string;
  readonly guidance: string;
  readonly ownerName?: string;
}

/** The rows to render, after fitting the template to the meeting when asked. */
export function agendaRows(options: AgendaRenderOptions): AgendaRow[] {
  const template =
    options.meetingMinutes === undefined
      ? options.template
      : fitAgendaToDuration(options.template, options.meetingMinutes);
  return agendaSchedule(template).map(({ item, timeBoxLabel }) => {
    const ownerName =
      item.ownerRoleId === undefined ? undefined : options.roleNames[item.ownerRoleId];
    return {
      kind: item.kind,
      timeBoxLabel,
      title: item.title,
      ...(isMissionMoment(item) ? { presenterLine: presenterLine(options.presenterName) } : {}),
      guidance: item.guidance,
      ...(ownerName ? { ownerName } : {}),
    };
  });
}

function presenterLine(presenterName: string | undefined): string {
  const name = presenterName?.trim();
  return name ? `told by ${name}` : PRESENTER_TO_BE_CONFIRMED;
}

/** An open action as one line of plain text: "Title — Owner, due 2025-03-14". */
export function describeOpenAction(action: AgendaCarryOver['openActions'][number]): {
  readonly title: string;
  readonly detail: string;
} {
  const due = action.dueDate ? `, due ${action.dueDate}` : '';
  return { title: action.title, detail: `${action.ownerName}${due}` };
}

/** True when there is anything to carry over. */
export function hasCarryOver(carryOver: AgendaCarryOver | undefined): carryOver is AgendaCarryOver {
  return (
    carryOver !== undefined &&
    (carryOver.openActions.length > 0 || carryOver.deferredDecisions.length > 0)
  );
}
