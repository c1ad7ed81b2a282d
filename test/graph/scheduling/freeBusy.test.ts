import { DEMO_PEOPLE, upnOf } from '../../../emulator/seed';
import { memberId } from '../../../src/domain/ids';
import { executeBatch } from '../../../src/graph/client';
import {
  CadenceSchedulingError,
  MAX_SCHEDULES_PER_REQUEST,
  MAX_SCHEDULE_WINDOW_DAYS,
  planScheduleWindows,
  scheduleRequest,
  spanAroundDates,
  toPersonAvailability,
} from '../../../src/graph/scheduling';
import { startEmulatorSession, type EmulatorSession } from '../support/emulatorSession';
import { danaClient } from './fixtures';

jest.setTimeout(60_000);

const DAY_MS = 86_400_000;
const addresses = (count: number) =>
  Array.from({ length: count }, (_, index) => `person${index + 1}@contoso.example`);
const yearSpan = spanAroundDates(['2026-03-10', '2027-03-09']);

describe('planScheduleWindows', () => {
  it('covers a 12-month span with 61-day windows that touch end to start', () => {
    const windows = planScheduleWindows({ addresses: addresses(12), span: yearSpan });
    expect(yearSpan).toEqual({ from: '2026-03-09T00:00:00Z', to: '2027-03-11T00:00:00Z' });
    expect(windows).toHaveLength(7);
    expect(windows[0]?.span.from).toBe(yearSpan.from);
    expect(windows[windows.length - 1]?.span.to).toBe(yearSpan.to);
    windows.slice(1).forEach((window, index) => {
      expect(window.span.from).toBe(windows[index]?.span.to);
    });
    for (const window of windows) {
      const days = (Date.parse(window.span.to) - Date.parse(window.span.from)) / DAY_MS;
      expect(days).toBeLessThanOrEqual(MAX_SCHEDULE_WINDOW_DAYS);
      expect(days).toBeLessThan(62);
    }
  });

  it.each([
    [20, [20]],
    [21, [20, 1]],
    [45, [20, 20, 5]],
  ])('splits %i people into groups of at most 20 for every window', (count, groups) => {
    const windows = planScheduleWindows({ addresses: addresses(count), span: yearSpan });
    expect(windows).toHaveLength(7 * groups.length);
    expect(windows.slice(0, groups.length).map((window) => window.addresses.length)).toEqual(
      groups,
    );
    const everyone = new Set(windows.flatMap((window) => window.addresses));
    expect(everyone.size).toBe(count);
    expect(new Set(windows.map((window) => window.id)).size).toBe(windows.length);
  });
});

describe('getSchedule through $batch', () => {
  let session: EmulatorSession;

  beforeAll(async () => {
    session = await startEmulatorSession();
  });
  afterAll(() => session.close());

  it('is accepted by Graph for 25 schedules over a year: 14 calls, each within its limits', async () => {
    const tenant = DEMO_PEOPLE.map(upnOf);
    const schedules = [...tenant, ...addresses(25 - tenant.length)];
    const windows = planScheduleWindows({ addresses: schedules, span: yearSpan });
    const report = await executeBatch(await danaClient(session), windows.map(scheduleRequest));

    expect(windows).toHaveLength(14);
    expect(windows.every((window) => window.addresses.length <= MAX_SCHEDULES_PER_REQUEST)).toBe(
      true,
    );
    expect(report.results.map((result) => result.status)).toEqual(Array(14).fill(200));
    expect(report.httpRequests).toBe(1);
  });

  it('says whose free/busy Graph could not read rather than planning as if they were free', () => {
    const person = { id: memberId('x'), address: 'gone@contoso.example' };
    const attempt = () =>
      toPersonAvailability({
        people: [person],
        answers: [
          {
            window: { id: 'schedule-1', addresses: [person.address], span: yearSpan },
            schedules: [
              {
                scheduleId: person.address,
                availabilityView: '',
                error: { responseCode: 'ErrorMailRecipientNotFound', message: 'Unable to resolve' },
              },
            ],
          },
        ],
      });
    expect(attempt).toThrow(CadenceSchedulingError);
    expect(attempt).toThrow(/gone@contoso\.example \(Unable to resolve\)/);
  });

  it('falls back to the availabilityView when Graph hides the calendar items', () => {
    const person = { id: memberId('p'), address: 'p@contoso.example' };
    const [availability] = toPersonAvailability({
      people: [person],
      answers: [
        {
          window: {
            id: 'schedule-1',
            addresses: [person.address],
            span: { from: '2026-03-10T08:00:00Z', to: '2026-03-10T10:00:00Z' },
          },
          schedules: [
            { scheduleId: 'P@contoso.example', availabilityView: '0230', scheduleItems: [] },
          ],
        },
      ],
    });
    expect(availability?.busy).toEqual([
      { start: '2026-03-10T08:30:00.000Z', end: '2026-03-10T09:00:00.000Z', status: 'busy' },
      { start: '2026-03-10T09:00:00.000Z', end: '2026-03-10T09:30:00.000Z', status: 'outOfOffice' },
    ]);
    expect(availability?.workingHours).toBeUndefined();
  });
});
