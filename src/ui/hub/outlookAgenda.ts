import { createStandardAgendaTemplate } from '../../domain/agenda';
import type { Charter } from '../../domain/charter';
import { agendaOwnerRoles, roleNamesOf } from '../../domain/charter/charterForm';
import {
  MAX_STORED_MISSION_LENGTH,
  TEAM_AGENDA_FORMAT_VERSION,
  TEAM_AGENDA_STORAGE_KEY,
  type StoredTeamAgenda,
} from '../outlook/agendaTemplateSource';

/** What the hub writes under {@link TEAM_AGENDA_STORAGE_KEY}: the agenda and its format version. */
export type StoredTeamAgendaEntry = StoredTeamAgenda & { readonly version: number };

/**
 * The team agenda the Outlook command inserts: the standard CX agenda with its items owned by the
 * charter's CX Lead and Executive Sponsor roles, the charter's mission and the names of its roles.
 */
export function teamAgendaOf(charter: Charter): StoredTeamAgendaEntry {
  const mission = charter.mission.trim().slice(0, MAX_STORED_MISSION_LENGTH);
  return {
    version: TEAM_AGENDA_FORMAT_VERSION,
    template: createStandardAgendaTemplate(agendaOwnerRoles(charter)),
    roleNames: roleNamesOf(charter),
    ...(mission ? { mission } : {}),
  };
}

export type AgendaWriteOutcome =
  { readonly ok: true } | { readonly ok: false; readonly problem: string };

/**
 * Leaves the team agenda where the Outlook command reads it (the app origin's `localStorage`), so
 * the command works with no sign-in and no Graph call. Storage the browser blocks is reported, not
 * thrown: the command then inserts the standard agenda, which is still right, only less personal.
 */
export function writeTeamAgenda(
  storage: Pick<Storage, 'setItem'>,
  charter: Charter,
): AgendaWriteOutcome {
  try {
    storage.setItem(TEAM_AGENDA_STORAGE_KEY, JSON.stringify(teamAgendaOf(charter)));
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
}
