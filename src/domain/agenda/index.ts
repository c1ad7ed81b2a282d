/**
 * The CX agenda: the standard template, time boxes fitted to the meeting, validation and pure edits
 * for the editor, and renderers for Outlook invites and Teams Adaptive Cards.
 */
export {
  AGENDA_ITEM_KINDS,
  DEFAULT_CX_LEAD_ROLE_ID,
  DEFAULT_EXECUTIVE_SPONSOR_ROLE_ID,
  MISSION_MOMENT_MAX_MINUTES,
  MISSION_MOMENT_MIN_MINUTES,
  STANDARD_AGENDA_MINUTES,
  STANDARD_AGENDA_NAME,
  createStandardAgendaTemplate,
  isMissionMoment,
  totalAgendaMinutes,
} from './template';
export type { AgendaItem, AgendaItemKind, AgendaTemplate, StandardAgendaOptions } from './template';
export {
  MAX_MEETING_MINUTES,
  MIN_FITTED_ITEM_MINUTES,
  agendaSchedule,
  fitAgendaToDuration,
  formatOffset,
  formatTimeBox,
} from './timeBoxes';
export type { AgendaSlot } from './timeBoxes';
export {
  MAX_AGENDA_GUIDANCE_LENGTH,
  MAX_AGENDA_ITEMS,
  MAX_AGENDA_ITEM_MINUTES,
  MAX_AGENDA_NAME_LENGTH,
  MAX_AGENDA_TITLE_LENGTH,
  MIN_AGENDA_ITEM_MINUTES,
  agendaTemplateSchema,
  validateAgendaTemplate,
} from './validation';
export type { ValidateAgendaOptions } from './validation';
export {
  addAgendaItem,
  moveAgendaItem,
  removeAgendaItem,
  renameAgendaItem,
  retimeAgendaItem,
} from './edits';
export type {
  AddAgendaItemOptions,
  MoveAgendaItemOptions,
  RenameAgendaItemOptions,
  RetimeAgendaItemOptions,
} from './edits';
export {
  AGENDA_BLOCK_HEADING,
  CARRY_OVER_HEADING,
  MISSION_HEADING,
  NOTHING_CARRIED_OVER,
  PRESENTER_TO_BE_CONFIRMED,
} from './presentation';
export type { AgendaCarryOver, AgendaRenderOptions } from './presentation';
export { renderInviteHtml, replaceAgendaInBody } from './inviteHtml';
export { AGENDA_CARD_VERSION, escapeCardText, renderAgendaCard } from './agendaCard';
