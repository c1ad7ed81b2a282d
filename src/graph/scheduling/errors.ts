import type { GraphError } from '../client';

/** Why scheduling a cadence stopped, for the planner to say what to do next. */
export type CadenceSchedulingErrorCode =
  /** The app's catalog `externalId` is not in the organisation's Teams app catalog. */
  | 'appNotInCatalog'
  /** Graph created the series without a Teams meeting (no join URL), so there is no meeting chat. */
  | 'notAnOnlineMeeting'
  /** No online meeting answers to the series' join URL. */
  | 'meetingChatNotFound'
  /** getSchedule could not read someone's free/busy. */
  | 'freeBusyUnavailable'
  /** Graph refused a read or write of the flow after every retry. */
  | 'graphRequestFailed';

export interface CadenceSchedulingErrorOptions {
  readonly code: CadenceSchedulingErrorCode;
  readonly message: string;
  /** The Graph errors behind it, when Graph answered with errors. */
  readonly causes?: readonly GraphError[];
}

/**
 * Scheduling (or cancelling) a cadence could not finish. Every step of the flow is idempotent, so
 * the message can always end with the same advice: fix the cause, then run it again; nothing that
 * was already done is duplicated.
 */
export class CadenceSchedulingError extends Error {
  override readonly name = 'CadenceSchedulingError';
  readonly code: CadenceSchedulingErrorCode;
  readonly causes: readonly GraphError[];

  constructor(options: CadenceSchedulingErrorOptions) {
    super(options.message);
    this.code = options.code;
    this.causes = options.causes ?? [];
  }
}

/** Appends the Graph errors' own messages, with their request ids, to a message for people. */
export function withGraphDetails(message: string, causes: readonly GraphError[]): string {
  if (causes.length === 0) return message;
  const shown = causes.slice(0, 3).map((cause) => cause.message);
  const more = causes.length > 3 ? ` (and ${causes.length - 3} more)` : '';
  return `${message} Graph said: ${shown.join(' | ')}${more}`;
}
