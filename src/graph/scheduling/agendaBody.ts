import {
  renderInviteHtml,
  replaceAgendaInBody,
  type AgendaCarryOver,
  type AgendaTemplate,
} from '../../domain/agenda';
import type { RoleId } from '../../domain/ids';
import { htmlToText } from '../../domain/htmlText';

/**
 * The standard agenda in event bodies: rendered by the domain, put into a body next to the Teams
 * join block without touching it, and recognised again so an occurrence whose body already says
 * the right thing is not written twice.
 */

/** What every invite of a cadence shows, whoever presents. */
export interface AgendaContent {
  readonly template: AgendaTemplate;
  /** The charter's CX mission, the agenda's header. */
  readonly mission: string;
  /** The charter's role names by id, for the agenda's owner column. */
  readonly roleNames: Readonly<Partial<Record<RoleId, string>>>;
  readonly carryOver?: AgendaCarryOver;
  readonly meetingMinutes: number;
}

/** The agenda block, naming `presenterName` in the Mission Moment ("to be confirmed" without). */
export function agendaHtml(content: AgendaContent, presenterName?: string): string {
  return renderInviteHtml({
    template: content.template,
    mission: content.mission,
    roleNames: content.roleNames,
    meetingMinutes: content.meetingMinutes,
    ...(content.carryOver ? { carryOver: content.carryOver } : {}),
    ...(presenterName ? { presenterName } : {}),
  });
}

/** `bodyHtml` with its agenda replaced by (or, without one, starting with) `agenda`. */
export function withAgenda(bodyHtml: string, agenda: string): string {
  return replaceAgendaInBody(bodyHtml, agenda);
}

/**
 * True when `bodyHtml` already shows exactly this agenda. Compared as text, not bytes: Exchange
 * re-serialises the HTML it stores (attribute order, entities, whitespace), and a body it rewrote
 * still says the same thing; what matters is that the words, the presenter's name included, are
 * there in this order.
 */
export function hasAgenda(bodyHtml: string, agenda: string): boolean {
  return htmlToText(bodyHtml).includes(htmlToText(agenda));
}
