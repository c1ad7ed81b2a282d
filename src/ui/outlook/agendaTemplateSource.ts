import * as z from 'zod/mini';
import { validateAgendaTemplate } from '../../domain/agenda';
import type { AgendaTemplate } from '../../domain/agenda';
import { ValidationError, zodMessage } from '../../domain/errors';
import { roleId } from '../../domain/ids';
import type { RoleId } from '../../domain/ids';

/**
 * Where the Outlook command finds the signed-in user's team agenda. The CX hub writes it (a JSON
 * {@link StoredTeamAgenda} under {@link TEAM_AGENDA_STORAGE_KEY}) whenever the user opens their
 * team, so the command needs no sign-in and no Graph call of its own and works offline.
 */
export interface AgendaTemplateSource {
  read(): Promise<TeamAgendaLookup>;
}

/** The storage key the hub writes the team agenda under, on the app's own origin. */
export const TEAM_AGENDA_STORAGE_KEY = 'cxCadence.outlook.teamAgenda';

/** The format version the hub writes; anything else is treated as unreadable. */
export const TEAM_AGENDA_FORMAT_VERSION = 1;

/** The longest mission statement the command accepts from storage, in characters. */
export const MAX_STORED_MISSION_LENGTH = 1000;

/** What the hub stores: the team's agenda template and what the invite shows around it. */
export interface StoredTeamAgenda {
  readonly template: AgendaTemplate;
  /** The charter's CX mission; absent when the team has not written one yet. */
  readonly mission?: string;
  /** Display names of the charter's roles, for the agenda's "Owner" column. */
  readonly roleNames: Readonly<Partial<Record<RoleId, string>>>;
}

/**
 * `none`: the hub never stored an agenda for this user. `invalid`: something is stored but cannot be
 * used (`problem` says why, for logs). `team`: the team's agenda.
 */
export type TeamAgendaLookup =
  | { readonly kind: 'none' }
  | { readonly kind: 'invalid'; readonly problem: string }
  | { readonly kind: 'team'; readonly agenda: StoredTeamAgenda };

const storedSchema = z.object({
  version: z.literal(TEAM_AGENDA_FORMAT_VERSION),
  template: z.unknown(),
  mission: z.optional(z.string().check(z.maxLength(MAX_STORED_MISSION_LENGTH))),
  roleNames: z._default(z.record(z.string(), z.string()), {}),
});

/**
 * Reads what the hub stored (the raw string, or `null` when nothing is there). Never throws: a
 * broken entry must not stop the organizer from getting the standard agenda.
 */
export function parseStoredTeamAgenda(raw: string | null): TeamAgendaLookup {
  if (raw === null || raw.trim() === '') return { kind: 'none' };
  try {
    const stored = storedSchema.parse(JSON.parse(raw), { error: zodMessage });
    const template = validateAgendaTemplate(stored.template);
    const mission = stored.mission?.trim();
    const roleNames = Object.fromEntries(
      Object.entries(stored.roleNames).map(([id, name]) => [roleId(id), name]),
    );
    return {
      kind: 'team',
      agenda: { template, roleNames, ...(mission ? { mission } : {}) },
    };
  } catch (error) {
    return { kind: 'invalid', problem: problemOf(error) };
  }
}

function problemOf(error: unknown): string {
  if (error instanceof ValidationError || error instanceof Error) return error.message;
  return String(error);
}

/** The one method of `Storage` the source uses, so tests and OfficeRuntime.storage can stand in. */
export interface KeyValueReader {
  getItem(key: string): string | null | Promise<string | null>;
}

/**
 * The team agenda as the hub left it in `storage` (the page's `localStorage` in Outlook). Storage
 * that throws (blocked by the browser's privacy settings) counts as unreadable, so the command falls
 * back to the standard agenda.
 */
export function storageAgendaTemplateSource(storage: KeyValueReader): AgendaTemplateSource {
  return {
    read: async () => {
      try {
        return parseStoredTeamAgenda(await storage.getItem(TEAM_AGENDA_STORAGE_KEY));
      } catch (error) {
        return {
          kind: 'invalid',
          problem: `The stored team agenda cannot be read: ${problemOf(error)}`,
        };
      }
    },
  };
}
