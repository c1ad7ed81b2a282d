import { AGENDA_BLOCK_HEADING, PRESENTER_TO_BE_CONFIRMED } from '../../../src/domain/agenda';
import {
  INSERT_FAILURE_MESSAGES,
  MISSION_PLACEHOLDER,
  insertCxAgenda,
  runInsertCxAgendaCommand,
} from '../../../src/ui/outlook/insertCxAgenda';
import { MAX_NOTIFICATION_LENGTH } from '../../../src/ui/outlook/mailboxItemPort';
import {
  TEAM_AGENDA,
  THIRTY_MINUTES,
  fakeMailboxItem,
  sourceWith,
  type FailingCall,
} from './fakeMailboxItem';

const ORGANIZER_TEXT = '<p>Hi all, please read the Q3 churn report before we meet.</p>';
const TEAMS_JOIN_BLOCK =
  '<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>' +
  '<div style="margin-bottom:24px;overflow:hidden;white-space:nowrap"><span style="font-size:24px;font-weight:700">Microsoft Teams meeting</span></div>' +
  '<div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d" target="_blank">Join the meeting now</a></div>' +
  '<div>Meeting ID: 123 456 789 0 &nbsp; Passcode: aB3cD4</div>';
const OUTLOOK_BODY = `<html><head><meta charset="utf-8"></head><body>${ORGANIZER_TEXT}${TEAMS_JOIN_BLOCK}</body></html>`;

const occurrences = (text: string, part: string) => text.split(part).length - 1;

/** The time-box labels of the inserted agenda, in order ("0:00–0:03", …). */
const timeBoxes = (html: string) => [...html.matchAll(/\d+:\d\d–\d+:\d\d/g)].map((m) => m[0]);

describe('insertCxAgenda', () => {
  it('inserts the standard agenda with the Mission Moment slot into an empty meeting body', async () => {
    const item = fakeMailboxItem();
    const result = await insertCxAgenda({ item, templateSource: sourceWith() });
    expect(result).toEqual({ template: 'standard', body: 'prepended' });
    expect(item.writes).toEqual(['prepend']);
    expect(item.body()).toContain(AGENDA_BLOCK_HEADING);
    expect(item.body()).toContain(`Mission Moment — ${PRESENTER_TO_BE_CONFIRMED}`);
    expect(item.body()).toContain('Voice of the customer and CX metrics');
    expect(item.body()).toContain(MISSION_PLACEHOLDER);
    expect(timeBoxes(item.body()).at(-1)).toBe('0:55–1:00');
  });

  it("keeps the organizer's text and the Teams join block byte-for-byte", async () => {
    const item = fakeMailboxItem({ body: OUTLOOK_BODY });
    const result = await insertCxAgenda({ item, templateSource: sourceWith() });
    expect(result.body).toBe('inserted');
    const body = item.body();
    expect(body).toContain(`${ORGANIZER_TEXT}${TEAMS_JOIN_BLOCK}</body></html>`);
    expect(body.startsWith('<html><head><meta charset="utf-8"></head><body><div')).toBe(true);
    expect(body.indexOf(AGENDA_BLOCK_HEADING)).toBeLessThan(body.indexOf(ORGANIZER_TEXT));
  });

  it('replaces the previous agenda on a second click instead of adding another', async () => {
    const item = fakeMailboxItem({ body: OUTLOOK_BODY });
    await insertCxAgenda({ item, templateSource: sourceWith() });
    const second = await insertCxAgenda({ item, templateSource: sourceWith(TEAM_AGENDA) });
    expect(second.body).toBe('replaced');
    expect(occurrences(item.body(), AGENDA_BLOCK_HEADING)).toBe(1);
    expect(item.body()).toContain('Renewal risks review');
    expect(item.body()).not.toContain('Voice of the customer and CX metrics');
    expect(occurrences(item.body(), TEAMS_JOIN_BLOCK)).toBe(1);
    expect(occurrences(item.body(), ORGANIZER_TEXT)).toBe(1);
  });

  it("uses the team's template, mission and role names when the hub stored them", async () => {
    const item = fakeMailboxItem();
    const result = await insertCxAgenda({ item, templateSource: sourceWith(TEAM_AGENDA) });
    expect(result.template).toBe('team');
    expect(item.body()).toContain('Renewal risks review');
    expect(item.body()).toContain('Head of CX');
    expect(item.body()).toContain(TEAM_AGENDA.mission);
    expect(item.body()).not.toContain('Department updates');
  });

  it('asks for the mission when the team has not written one yet', async () => {
    const item = fakeMailboxItem();
    const { mission: _mission, ...withoutMission } = TEAM_AGENDA;
    await insertCxAgenda({ item, templateSource: sourceWith(withoutMission) });
    expect(item.body()).toContain('Renewal risks review');
    expect(MISSION_PLACEHOLDER).toMatch(/^Add your team's CX mission/);
    expect(item.body()).toContain(MISSION_PLACEHOLDER);
  });

  it.each([
    ['not JSON', '{"version": 1, "template": '],
    ['an older format', { ...TEAM_AGENDA, version: 0 }],
    [
      'an agenda without a Mission Moment',
      { ...TEAM_AGENDA, template: { name: 'x', items: [TEAM_AGENDA.template.items[1]] } },
    ],
    ['an agenda with no items', { ...TEAM_AGENDA, template: { name: 'x', items: [] } }],
  ])('falls back to the standard agenda when the stored one is %s', async (_case, stored) => {
    const item = fakeMailboxItem();
    const result = await insertCxAgenda({ item, templateSource: sourceWith(stored) });
    expect(result.template).toBe('standard');
    expect(item.body()).toContain('Voice of the customer and CX metrics');
    expect(item.notifications).toEqual([]);
  });

  it("fits the time boxes to the appointment's length", async () => {
    const item = fakeMailboxItem({ times: THIRTY_MINUTES });
    const result = await insertCxAgenda({ item, templateSource: sourceWith() });
    expect(result.fittedToMinutes).toBe(30);
    expect(timeBoxes(item.body())).toEqual([
      '0:00–0:03',
      '0:03–0:08',
      '0:08–0:15',
      '0:15–0:22',
      '0:22–0:27',
      '0:27–0:30',
    ]);
  });

  it.each([
    ['the host cannot give start and end', { failing: ['getMeetingTimes'] as FailingCall[] }],
    [
      'the meeting is too short to hold every item',
      { times: { start: THIRTY_MINUTES.start, end: new Date('2025-01-14T15:05:00Z') } },
    ],
    [
      'the meeting ends before it starts',
      { times: { start: THIRTY_MINUTES.end, end: THIRTY_MINUTES.start } },
    ],
  ])('keeps the standard 60 minutes when %s', async (_case, options) => {
    const item = fakeMailboxItem(options);
    const result = await insertCxAgenda({ item, templateSource: sourceWith() });
    expect(result.fittedToMinutes).toBeUndefined();
    expect(timeBoxes(item.body()).at(-1)).toBe('0:55–1:00');
  });

  it('escapes markup in a stored template and mission, so nothing in it runs', async () => {
    const hostile = {
      ...TEAM_AGENDA,
      mission: '<img src=x onerror="alert(1)">Delight customers',
      roleNames: { 'cx-lead': '<script>alert("owner")</script>' },
      template: {
        name: 'x',
        items: [
          TEAM_AGENDA.template.items[0],
          {
            ...TEAM_AGENDA.template.items[1],
            title: '<a href="javascript:alert(1)">Renewals</a>',
            guidance: '" onmouseover="alert(2)',
          },
        ],
      },
    };
    const item = fakeMailboxItem();
    await insertCxAgenda({ item, templateSource: sourceWith(hostile) });
    const body = item.body();
    // No element or event-handler attribute from the stored text: it all stays visible as text.
    expect(body).not.toMatch(/<(?:script|img|a)\b/i);
    expect(body).not.toMatch(/<[^>]*\son\w+=/i);
    expect(body).toContain('&lt;img src=x onerror="alert(1)"&gt;Delight customers');
    expect(body).toContain('&lt;script&gt;alert("owner")&lt;/script&gt;');
    expect(body).toContain('&lt;a href="javascript:alert(1)"&gt;Renewals&lt;/a&gt;');
  });
});

describe('runInsertCxAgendaCommand', () => {
  it('completes the command after inserting the agenda, without a notification', async () => {
    const item = fakeMailboxItem();
    const completed = jest.fn();
    const result = await runInsertCxAgendaCommand({
      item,
      templateSource: sourceWith(),
      completed,
    });
    expect(result).toMatchObject({ template: 'standard' });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(item.notifications).toEqual([]);
  });

  it.each([
    ['getBodyHtml', INSERT_FAILURE_MESSAGES.readBody, ''],
    ['setBodyHtml', INSERT_FAILURE_MESSAGES.writeBody, OUTLOOK_BODY],
    ['prependBodyHtml', INSERT_FAILURE_MESSAGES.writeBody, ''],
  ] as const)(
    'tells the organizer when %s fails, leaves the body as it was and still completes',
    async (failing, message, body) => {
      const item = fakeMailboxItem({ body, failing: [failing] });
      const completed = jest.fn();
      await runInsertCxAgendaCommand({ item, templateSource: sourceWith(), completed });
      expect(item.notifications).toEqual([{ kind: 'error', message }]);
      expect(item.body()).toBe(body);
      expect(completed).toHaveBeenCalledTimes(1);
    },
  );

  it('reports a failing template source as an unexpected error and completes', async () => {
    const item = fakeMailboxItem();
    const completed = jest.fn();
    const result = await runInsertCxAgendaCommand({
      item,
      templateSource: { read: () => Promise.reject(new Error('storage exploded')) },
      completed,
    });
    expect(result).toMatchObject({
      code: 'unexpected',
      message: expect.stringContaining('storage exploded'),
    });
    expect(item.notifications).toEqual([
      { kind: 'error', message: INSERT_FAILURE_MESSAGES.unexpected },
    ]);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it('still completes when even the notification cannot be shown', async () => {
    const item = fakeMailboxItem({ failing: ['getBodyHtml'], notificationFails: true });
    const completed = jest.fn();
    await runInsertCxAgendaCommand({ item, templateSource: sourceWith(), completed });
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it.each(Object.entries(INSERT_FAILURE_MESSAGES))(
    'keeps the %s message within what Outlook shows',
    (_code, message) => {
      expect(message.length).toBeLessThanOrEqual(MAX_NOTIFICATION_LENGTH);
    },
  );
});
