/// <reference types="office-js" />
import type { AgendaNotification, MailboxItemPort, MeetingTimes } from './mailboxItemPort';

/** The key of the command's notification, so a new one replaces the last instead of piling up. */
export const AGENDA_NOTIFICATION_KEY = 'cxCadenceAgenda';

/** The parts of Office.js's appointment-compose item the command uses. */
export type AppointmentComposeItem = Pick<
  Office.AppointmentCompose,
  'body' | 'start' | 'end' | 'notificationMessages'
>;

/** The values of Office.js's enums the adapter passes (Office's globals are absent in tests). */
export interface OfficeEnums {
  readonly coercionTypeHtml: Office.CoercionType;
  readonly asyncResultFailed: Office.AsyncResultStatus;
  readonly errorMessageType: Office.MailboxEnums.ItemNotificationMessageType;
}

/** Office.js's own values, read once Office.js has loaded. */
export function officeEnums(): OfficeEnums {
  return {
    coercionTypeHtml: Office.CoercionType.Html,
    asyncResultFailed: Office.AsyncResultStatus.Failed,
    errorMessageType: Office.MailboxEnums.ItemNotificationMessageType.ErrorMessage,
  };
}

/** Office.js's failure as an Error with Office's code and message ("5001: Internal error"). */
export class OfficeCallError extends Error {
  override readonly name = 'OfficeCallError';
  readonly code: number | undefined;

  constructor(call: string, error: Office.Error | undefined) {
    super(`${call} failed: ${error ? `${error.code}: ${error.message}` : 'no reason given'}`);
    this.code = error?.code;
  }
}

/**
 * The appointment the organizer is composing, behind {@link MailboxItemPort}: each Office.js
 * callback becomes a promise that rejects with an {@link OfficeCallError}.
 */
export function officeMailboxItem(
  item: AppointmentComposeItem,
  enums: OfficeEnums,
): MailboxItemPort {
  const settle =
    <T>(call: string, resolve: (value: T) => void, reject: (error: Error) => void) =>
    (result: Office.AsyncResult<T>) => {
      if (result.status === enums.asyncResultFailed)
        reject(new OfficeCallError(call, result.error));
      else resolve(result.value);
    };
  const html = { coercionType: enums.coercionTypeHtml };
  const time = (which: 'start' | 'end') =>
    new Promise<Date>((resolve, reject) =>
      item[which].getAsync(settle(`${which}.getAsync`, resolve, reject)),
    );
  return {
    getBodyHtml: () =>
      new Promise((resolve, reject) =>
        item.body.getAsync(enums.coercionTypeHtml, settle('body.getAsync', resolve, reject)),
      ),
    setBodyHtml: (body) =>
      new Promise((resolve, reject) =>
        item.body.setAsync(body, html, settle('body.setAsync', resolve, reject)),
      ),
    prependBodyHtml: (body) =>
      new Promise((resolve, reject) =>
        item.body.prependAsync(body, html, settle('body.prependAsync', resolve, reject)),
      ),
    getMeetingTimes: async (): Promise<MeetingTimes | undefined> => {
      const [start, end] = await Promise.all([time('start'), time('end')]);
      return { start, end };
    },
    showNotification: (notification: AgendaNotification) =>
      new Promise((resolve, reject) =>
        item.notificationMessages.replaceAsync(
          AGENDA_NOTIFICATION_KEY,
          { type: enums.errorMessageType, message: notification.message },
          settle('notificationMessages.replaceAsync', resolve, reject),
        ),
      ),
  };
}
