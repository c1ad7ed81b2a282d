import {
  AGENDA_BLOCK_HEADING,
  DEFAULT_CX_LEAD_ROLE_ID,
  DEFAULT_EXECUTIVE_SPONSOR_ROLE_ID,
  MAX_MEETING_MINUTES,
  createStandardAgendaTemplate,
  renderInviteHtml,
  replaceAgendaInBody,
} from '../../domain/agenda';
import type { AgendaTemplate } from '../../domain/agenda';
import { ValidationError } from '../../domain/errors';
import type { RoleId } from '../../domain/ids';
import type { AgendaTemplateSource, TeamAgendaLookup } from './agendaTemplateSource';
import type { MailboxItemPort, MeetingTimes } from './mailboxItemPort';

/** The function name the manifest's Outlook command runs (`Office.actions.associate`). */
export const INSERT_CX_AGENDA_ACTION = 'insertCxAgenda';

/** Shown as the mission until the team has written one in the CX hub. */
export const MISSION_PLACEHOLDER =
  "Add your team's CX mission here: one or two sentences on how we deliver on our CX vision today (write it once in the CX hub's charter).";

/** Role names for the standard agenda's owners: the default charter's wording. */
export const STANDARD_ROLE_NAMES: Readonly<Partial<Record<RoleId, string>>> = {
  [DEFAULT_CX_LEAD_ROLE_ID]: 'CX Lead',
  [DEFAULT_EXECUTIVE_SPONSOR_ROLE_ID]: 'Executive Sponsor',
};

/** What the organizer reads when the agenda could not be inserted (at most 150 characters each). */
export const INSERT_FAILURE_MESSAGES = {
  readBody:
    "CX Cadence couldn't read this meeting's body, so nothing was changed. Select Insert CX agenda again.",
  writeBody:
    "CX Cadence couldn't add the agenda to this meeting; your text is unchanged. Select Insert CX agenda again.",
  unexpected:
    "CX Cadence couldn't build the agenda; the meeting is unchanged. Try again, or ask your admin to check the app.",
} as const;

export interface InsertCxAgendaOptions {
  readonly item: MailboxItemPort;
  readonly templateSource: AgendaTemplateSource;
}

/** Where the inserted agenda came from, and what happened to the body. */
export interface InsertCxAgendaResult {
  /** `standard` also when a stored team agenda exists but could not be used. */
  readonly template: 'team' | 'standard';
  /** `replaced`: a previous CX agenda in the body was swapped for the new one. */
  readonly body: 'prepended' | 'inserted' | 'replaced';
  /** The meeting length the time boxes were fitted to; absent when they kept their own. */
  readonly fittedToMinutes?: number;
}

/** Which step failed: decides the message the organizer sees. */
export class InsertCxAgendaError extends Error {
  override readonly name = 'InsertCxAgendaError';
  readonly code: keyof typeof INSERT_FAILURE_MESSAGES;

  constructor(code: keyof typeof INSERT_FAILURE_MESSAGES, cause: unknown) {
    super(`Inserting the CX agenda failed (${code}): ${messageOf(cause)}`, { cause });
    this.code = code;
  }
}

/**
 * Inserts the CX agenda into the meeting being composed without losing anything the organizer
 * wrote: the body is read, a previous CX agenda in it is replaced (so a second click does not
 * stack a second agenda), everything else — the organizer's text, the Teams join block — is kept
 * byte-for-byte, and an empty body simply gets the agenda.
 *
 * The agenda is the team's template when the hub stored one that is valid, the standard template
 * otherwise; either way fitted to the meeting's length when the host gives start and end (a
 * 30-minute meeting gets 3, 5, 7, 7, 5, 3 minutes), with the Mission Moment presenter "to be
 * confirmed" and the team's mission, or a placeholder asking for it, as the header.
 *
 * @throws InsertCxAgendaError naming the step that failed.
 */
export async function insertCxAgenda(
  options: InsertCxAgendaOptions,
): Promise<InsertCxAgendaResult> {
  const { item } = options;
  const [lookup, times] = await Promise.all([
    options.templateSource.read(),
    item.getMeetingTimes().catch(() => undefined),
  ]);
  const existing = await step('readBody', () => item.getBodyHtml());
  const agenda = await step('unexpected', async () =>
    renderAgenda(lookup, meetingMinutesOf(times)),
  );
  if (existing.trim() === '') {
    await step('writeBody', () => item.prependBodyHtml(agenda.html));
    return { ...agenda.summary, body: 'prepended' };
  }
  const updated = await step('unexpected', async () => replaceAgendaInBody(existing, agenda.html));
  await step('writeBody', () => item.setBodyHtml(updated));
  // The heading is how replaceAgendaInBody found the previous block, so it tells what happened.
  const hadAgenda = existing.includes(AGENDA_BLOCK_HEADING);
  return { ...agenda.summary, body: hadAgenda ? 'replaced' : 'inserted' };
}

export interface RunInsertCxAgendaCommandOptions extends InsertCxAgendaOptions {
  /** `event.completed` of the Office add-in command: Outlook waits for it. */
  readonly completed: () => void;
}

/**
 * The command as Outlook runs it: inserts the agenda, tells the organizer in the information bar
 * when that failed, and always signals completion — Outlook keeps the command busy until then.
 */
export async function runInsertCxAgendaCommand(
  options: RunInsertCxAgendaCommandOptions,
): Promise<InsertCxAgendaResult | InsertCxAgendaError> {
  try {
    return await insertCxAgenda(options);
  } catch (error) {
    const failure =
      error instanceof InsertCxAgendaError ? error : new InsertCxAgendaError('unexpected', error);
    await options.item
      .showNotification({ kind: 'error', message: INSERT_FAILURE_MESSAGES[failure.code] })
      // The information bar is the only way to reach the organizer; if it fails too, there is no
      // one left to tell, and the command must still complete.
      .catch(() => undefined);
    return failure;
  } finally {
    options.completed();
  }
}

interface RenderedAgenda {
  readonly html: string;
  readonly summary: Pick<InsertCxAgendaResult, 'template' | 'fittedToMinutes'>;
}

function renderAgenda(
  lookup: TeamAgendaLookup,
  meetingMinutes: number | undefined,
): RenderedAgenda {
  const team = lookup.kind === 'team' ? lookup.agenda : undefined;
  const template: AgendaTemplate = team?.template ?? createStandardAgendaTemplate();
  const base = {
    template,
    mission: team?.mission ?? MISSION_PLACEHOLDER,
    roleNames: team ? team.roleNames : STANDARD_ROLE_NAMES,
  };
  const source = team ? 'team' : 'standard';
  if (meetingMinutes !== undefined) {
    const fitted = renderFitted(base, meetingMinutes);
    if (fitted !== undefined) {
      return { html: fitted, summary: { template: source, fittedToMinutes: meetingMinutes } };
    }
  }
  return { html: renderInviteHtml(base), summary: { template: source } };
}

/** The agenda fitted to the meeting, or `undefined` when the meeting is too short to hold it. */
function renderFitted(
  base: Omit<Parameters<typeof renderInviteHtml>[0], 'meetingMinutes'>,
  meetingMinutes: number,
): string | undefined {
  try {
    return renderInviteHtml({ ...base, meetingMinutes });
  } catch (error) {
    if (error instanceof ValidationError) return undefined;
    throw error;
  }
}

/** Whole minutes between start and end, when that is a length an agenda can be fitted to. */
function meetingMinutesOf(times: MeetingTimes | undefined): number | undefined {
  if (times === undefined) return undefined;
  const minutes = Math.round((times.end.getTime() - times.start.getTime()) / 60_000);
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_MEETING_MINUTES
    ? minutes
    : undefined;
}

async function step<T>(
  code: keyof typeof INSERT_FAILURE_MESSAGES,
  action: () => Promise<T>,
): Promise<T> {
  try {
    return await action();
  } catch (error) {
    throw new InsertCxAgendaError(code, error);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
