/** Why the side panel cannot show a meeting, beyond Graph's own failures. */
export type MeetingPanelErrorCode = 'cadenceNotFound' | 'charterNotFound' | 'recordsNotFound';

/** The records the panel needs are not there; the message says who can fix it and how. */
export class MeetingPanelError extends Error {
  override readonly name = 'MeetingPanelError';
  readonly code: MeetingPanelErrorCode;

  constructor(code: MeetingPanelErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
