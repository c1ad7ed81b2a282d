/**
 * The few things the "Insert CX agenda" command needs from the meeting the organizer is composing.
 * Office.js's callback APIs sit behind this port (`officeMailboxItem.ts` adapts them), so the
 * command's logic runs and is tested against a fake mailbox item without Outlook.
 */
export interface MailboxItemPort {
  /** The meeting body as HTML; `''` for a body that was never written. */
  getBodyHtml(): Promise<string>;
  /** Replaces the whole body with `html`. */
  setBodyHtml(html: string): Promise<void>;
  /** Puts `html` before whatever the body holds. */
  prependBodyHtml(html: string): Promise<void>;
  /**
   * The meeting's start and end, or `undefined` when the host cannot tell (an item that is not an
   * appointment, or an Outlook that refuses the call): the agenda then keeps its own time boxes.
   */
  getMeetingTimes(): Promise<MeetingTimes | undefined>;
  /** Shows `notification` in the item's information bar, replacing the command's previous one. */
  showNotification(notification: AgendaNotification): Promise<void>;
}

export interface MeetingTimes {
  readonly start: Date;
  readonly end: Date;
}

/**
 * A message for the organizer; Outlook shows at most 150 characters of it. Only errors: Outlook's
 * informational messages must name an icon declared in the manifest, and the command only has
 * something to say when it could not insert the agenda.
 */
export interface AgendaNotification {
  readonly kind: 'error';
  readonly message: string;
}

/** The longest notification text Outlook accepts (`NotificationMessageDetails.message`). */
export const MAX_NOTIFICATION_LENGTH = 150;
