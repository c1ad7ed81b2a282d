import { DEFAULT_ROLE_IDS } from '../charter/defaultCharter';
import { agendaItemId } from '../ids';
import type { AgendaItemId, RoleId } from '../ids';

/** Every kind of agenda item, in the order the standard agenda uses them. */
export const AGENDA_ITEM_KINDS = [
  'missionMoment',
  'carryOver',
  'voiceOfCustomer',
  'departmentUpdates',
  'decisionsNeeded',
  'wrapUp',
  'custom',
] as const;

/**
 * What an agenda item is for. The kind drives behaviour elsewhere: the Mission Moment slot names
 * this occurrence's presenter, the carry-over slot lists open actions and deferred decisions, and so
 * on. `custom` is anything a team adds for itself.
 */
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

/** One time-boxed slot of a CX team meeting. */
export interface AgendaItem {
  readonly id: AgendaItemId;
  readonly kind: AgendaItemKind;
  readonly title: string;
  /** The time box in whole minutes. */
  readonly minutes: number;
  /** The charter role that leads the item; absent when it rotates or belongs to everyone. */
  readonly ownerRoleId?: RoleId;
  /** A one-line prompt shown under the title, telling the owner what the slot is for. */
  readonly guidance: string;
}

/**
 * An ordered agenda. The CX mission is not an item: renderers show it as the header, taken from the
 * charter, so it is always the current wording.
 */
export interface AgendaTemplate {
  readonly name: string;
  readonly items: readonly AgendaItem[];
}

/** The shortest and longest a Mission Moment may run, in minutes (a 3–5 minute true story). */
export const MISSION_MOMENT_MIN_MINUTES = 3;
export const MISSION_MOMENT_MAX_MINUTES = 5;

/** The default charter's CX Lead and Executive Sponsor, who own standard items unless told otherwise. */
export const DEFAULT_CX_LEAD_ROLE_ID: RoleId = DEFAULT_ROLE_IDS.cxLead;
export const DEFAULT_EXECUTIVE_SPONSOR_ROLE_ID: RoleId = DEFAULT_ROLE_IDS.executiveSponsor;

/** The meeting length the standard agenda's time boxes add up to, in minutes. */
export const STANDARD_AGENDA_MINUTES = 60;

export const STANDARD_AGENDA_NAME = 'Standard CX team agenda';

/**
 * Which charter roles own the standard items. Defaults are the default charter's ids; a team whose
 * charter names its roles differently passes its own.
 */
export interface StandardAgendaOptions {
  /** Facilitates the meeting: carry-over, customer voice and metrics, wrap-up. */
  readonly cxLeadRoleId?: RoleId;
  /** Leads the decisions slot, where the sponsor's approval is most often needed. */
  readonly executiveSponsorRoleId?: RoleId;
}

/**
 * The standard CX team agenda for a 60-minute meeting (fit it to another length with
 * `fitAgendaToDuration`). It opens with a Mission Moment so every meeting starts from a real
 * customer or employee story, then works from what is still open towards what needs deciding, and
 * closes by making sure every new action has an owner and a due date and that the people who must
 * know are told.
 *
 * Item ids are fixed (`mission-moment`, `carry-over`, …) so every standard agenda is reproducible
 * and an invite can be matched to its template.
 */
export function createStandardAgendaTemplate(options: StandardAgendaOptions = {}): AgendaTemplate {
  const cxLead = options.cxLeadRoleId ?? DEFAULT_CX_LEAD_ROLE_ID;
  const sponsor = options.executiveSponsorRoleId ?? DEFAULT_EXECUTIVE_SPONSOR_ROLE_ID;
  return {
    name: STANDARD_AGENDA_NAME,
    items: [
      {
        id: agendaItemId('mission-moment'),
        kind: 'missionMoment',
        title: 'Mission Moment',
        minutes: 5,
        guidance:
          'A true story of a moment when we lived up to our CX mission, or fell short of it, and what we learn from it',
      },
      {
        id: agendaItemId('carry-over'),
        kind: 'carryOver',
        title: 'Open actions and deferred decisions',
        minutes: 10,
        ownerRoleId: cxLead,
        guidance: 'What is done, what is late and what still waits for a decision since last time',
      },
      {
        id: agendaItemId('voice-of-customer'),
        kind: 'voiceOfCustomer',
        title: 'Voice of the customer and CX metrics',
        minutes: 15,
        ownerRoleId: cxLead,
        guidance:
          'What customers are telling us, and how our measures compare with our success statement',
      },
      {
        id: agendaItemId('department-updates'),
        kind: 'departmentUpdates',
        title: 'Department updates',
        minutes: 15,
        guidance: 'Each department: what changed for customers, and where you need another team',
      },
      {
        id: agendaItemId('decisions-needed'),
        kind: 'decisionsNeeded',
        title: 'Decisions needed',
        minutes: 10,
        ownerRoleId: sponsor,
        guidance: 'Decide, or name who decides and by when, following our decision rights',
      },
      {
        id: agendaItemId('wrap-up'),
        kind: 'wrapUp',
        title: 'Wrap-up',
        minutes: 5,
        ownerRoleId: cxLead,
        guidance: 'New actions with owners and due dates, and who needs to know what we decided',
      },
    ],
  };
}

/** True for the item that holds the meeting's Mission Moment. */
export function isMissionMoment(item: Pick<AgendaItem, 'kind'>): boolean {
  return item.kind === 'missionMoment';
}

/** The agenda's total length in minutes. */
export function totalAgendaMinutes(template: Pick<AgendaTemplate, 'items'>): number {
  return template.items.reduce((sum, item) => sum + item.minutes, 0);
}
