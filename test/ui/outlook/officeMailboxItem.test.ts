/// <reference types="office-js" />
import {
  AGENDA_NOTIFICATION_KEY,
  OfficeCallError,
  officeMailboxItem,
  type AppointmentComposeItem,
  type OfficeEnums,
} from '../../../src/ui/outlook/officeMailboxItem';

// Office.js's enum values as strings; its globals are not loaded under Jest.
const ENUMS = {
  coercionTypeHtml: 'html',
  asyncResultFailed: 'failed',
  errorMessageType: 'errorMessage',
} as unknown as OfficeEnums;

type Callback = (result: Office.AsyncResult<unknown>) => void;
const succeeded = (value: unknown) =>
  ({ status: 'succeeded', value }) as unknown as Office.AsyncResult<unknown>;
const failed = {
  status: 'failed',
  error: { code: 9041, message: 'The item is read-only.' },
} as unknown as Office.AsyncResult<unknown>;

/** Office.js's appointment-compose item, answering each call through its callback. */
function officeItem(fail = false) {
  const calls: unknown[][] = [];
  const answer =
    (name: string, value: unknown) =>
    (...args: unknown[]) => {
      calls.push([name, ...args.slice(0, -1)]);
      (args.at(-1) as Callback)(fail ? failed : succeeded(value));
    };
  const item = {
    body: {
      getAsync: answer('body.getAsync', '<p>Agenda to follow</p>'),
      setAsync: answer('body.setAsync', undefined),
      prependAsync: answer('body.prependAsync', undefined),
    },
    start: { getAsync: answer('start.getAsync', new Date('2025-01-14T15:00:00Z')) },
    end: { getAsync: answer('end.getAsync', new Date('2025-01-14T15:45:00Z')) },
    notificationMessages: { replaceAsync: answer('notificationMessages.replaceAsync', undefined) },
  } as unknown as AppointmentComposeItem;
  return { item, calls };
}

describe('officeMailboxItem', () => {
  it('reads and writes the body as HTML and reads the meeting times', async () => {
    const { item, calls } = officeItem();
    const port = officeMailboxItem(item, ENUMS);
    await expect(port.getBodyHtml()).resolves.toBe('<p>Agenda to follow</p>');
    await port.setBodyHtml('<div>new</div>');
    await port.prependBodyHtml('<div>first</div>');
    await expect(port.getMeetingTimes()).resolves.toEqual({
      start: new Date('2025-01-14T15:00:00Z'),
      end: new Date('2025-01-14T15:45:00Z'),
    });
    expect(calls.slice(0, 3)).toEqual([
      ['body.getAsync', 'html'],
      ['body.setAsync', '<div>new</div>', { coercionType: 'html' }],
      ['body.prependAsync', '<div>first</div>', { coercionType: 'html' }],
    ]);
  });

  it("shows the command's error in the information bar under one key, replacing the last", async () => {
    const { item, calls } = officeItem();
    await officeMailboxItem(item, ENUMS).showNotification({ kind: 'error', message: 'Try again.' });
    expect(calls).toEqual([
      [
        'notificationMessages.replaceAsync',
        AGENDA_NOTIFICATION_KEY,
        { type: 'errorMessage', message: 'Try again.' },
      ],
    ]);
  });

  it("rejects with Office's code and message when a call fails", async () => {
    const port = officeMailboxItem(officeItem(true).item, ENUMS);
    const failure = port.setBodyHtml('<div>x</div>');
    await expect(failure).rejects.toBeInstanceOf(OfficeCallError);
    await expect(failure).rejects.toMatchObject({
      code: 9041,
      message: 'body.setAsync failed: 9041: The item is read-only.',
    });
    await expect(port.getMeetingTimes()).rejects.toThrow('start.getAsync failed');
  });
});
