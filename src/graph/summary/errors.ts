import type { CadenceId, MeetingId } from '../../domain/ids';

export type SummarySourceErrorCode =
  'noMeeting' | 'noCadence' | 'noCharter' | 'notScheduled' | 'noChat';

/** Something the summary needs is not in the team's records or calendar yet; says what to do. */
export class SummarySourceError extends Error {
  override readonly name: string = 'SummarySourceError';
  readonly code: SummarySourceErrorCode;

  constructor(code: SummarySourceErrorCode, message: string) {
    super(message);
    this.code = code;
  }

  static noMeeting(meetingId: MeetingId): SummarySourceError {
    return new SummarySourceError(
      'noMeeting',
      `There is no record of this meeting (${meetingId}) yet: open CX Cadence's side panel in the meeting to capture it, then review the summary.`,
    );
  }

  static noCadence(cadenceId: CadenceId): SummarySourceError {
    return new SummarySourceError(
      'noCadence',
      `The cadence "${cadenceId}" is not in the team's records: open the summary from the meeting, or plan the cadence first.`,
    );
  }

  static noCharter(): SummarySourceError {
    return new SummarySourceError(
      'noCharter',
      'The CX team has no charter yet: set it up in the CX hub, then review the summary.',
    );
  }

  static notScheduled(): SummarySourceError {
    return new SummarySourceError(
      'notScheduled',
      'This cadence has no Teams meeting series yet, so there is no meeting chat to post in: schedule it in the cadence planner.',
    );
  }

  static noChat(): SummarySourceError {
    return new SummarySourceError(
      'noChat',
      "The meeting chat could not be found: publish from the meeting's chat tab, or sign in as the meeting's organizer.",
    );
  }
}
