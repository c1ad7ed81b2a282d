import { DEMO_CX_GROUP_ID } from '../../emulator/seed';
import { councilCharter } from '../../bench/meetingOutcomes';
import type { OutcomeTextKind } from '../../bench/meetingOutcomes';
import { summaryReference } from '../../src/graph/publishing';
import { scheduleCadence } from '../../src/graph/scheduling';
import { openCxWorkspace } from '../../src/graph/workspace';
import { CHARTER, scheduleOptions } from '../graph/scheduling/fixtures';
import {
  AFTER_FIRST_MEETING,
  PLANNING_TIME,
  captureMeeting,
  firstMeetingOutcomes,
  publishMeeting,
  quarterCadence,
  startDrillSession,
  summaryMessagesIn,
  type DrillSession,
} from './support';
import { XSS_CORPUS } from './xssCorpus';

jest.setTimeout(60_000);

/**
 * XSS at the Graph boundary: a corpus typed into every text field that reaches Graph as HTML (the
 * charter's mission and the carried-over items in the invite; decision statements and rationales,
 * action titles and the Mission Moment's story and reason in the chat message and the mail),
 * through the real flows into the emulator. What the emulator stored must carry only sanitised
 * HTML, with the payloads still there as text. The domain's renderers have their own corpora
 * (test/domain/agenda/xss.test.ts, test/domain/summary/xss.test.ts); that nothing executes in the
 * page is checked in Chromium (the lead's half).
 */
const CORPUS = XSS_CORPUS;
const payload = (index: number) => CORPUS[index % CORPUS.length] ?? '';

/** Each field gets its own run of the corpus, so every payload lands in several fields. */
const OFFSETS: Readonly<Record<OutcomeTextKind, number>> = {
  decision: 0,
  rationale: 5,
  action: 10,
  story: 0,
  why: 0,
};
const hostileText = (kind: OutcomeTextKind, index: number): string =>
  kind === 'story' || kind === 'why'
    ? CORPUS.join(' ')
    : `${payload(OFFSETS[kind] + index)} ${kind} ${index + 1}`;

/**
 * Elements and attributes that could run script or load content. Checked on the real tags of the
 * stored HTML only: a payload escaped into text (`&lt;script&gt;`) is what sanitising should leave.
 * Exchange's own `<html><head><meta …><body>` wrapper of an event body is not a payload.
 */
const DANGEROUS_ELEMENTS = ['script', 'svg', 'iframe', 'math', 'img', 'object', 'embed', 'style'];
const DANGEROUS_ATTRIBUTES: readonly [string, RegExp][] = [
  ['an event handler', /\son[a-z]+\s*=/i],
  ['a javascript: URL', /\s(href|src)\s*=\s*["']?\s*javascript:/i],
  ['a data: URL', /\s(href|src)\s*=\s*["']?\s*data:/i],
  ['a style with url() or expression()', /\sstyle\s*=\s*["'][^"']*(url\s*\(|expression\s*\()/i],
];

function dangersIn(html: string): string[] {
  const tags = html.match(/<\/?[a-z][^>]*>/gi) ?? [];
  const elements = tags
    .map((tag) => /^<\/?([a-z0-9-]+)/i.exec(tag)?.[1]?.toLowerCase() ?? '')
    .filter((name) => DANGEROUS_ELEMENTS.includes(name))
    .map((name) => `a <${name}> element`);
  const attributes = DANGEROUS_ATTRIBUTES.filter(([, pattern]) =>
    tags.some((tag) => pattern.test(tag)),
  ).map(([name]) => name);
  return [...new Set([...elements, ...attributes])];
}

function expectSanitised(where: string, html: string): void {
  expect({ where, found: dangersIn(html) }).toEqual({ where, found: [] });
}

describe('drill: XSS corpus through scheduling and publishing into Graph', () => {
  let session: DrillSession;

  beforeAll(async () => {
    session = await startDrillSession();
  });
  afterAll(() => session.close());

  it('finds a payload that was let through (the check itself)', () => {
    expect(dangersIn('<p>ok</p><img src=x onerror=alert(1)>')).toEqual([
      'a <img> element',
      'an event handler',
    ]);
    expect(dangersIn('<a href=" javascript:alert(1)">x</a><svg></svg>')).toEqual([
      'a <svg> element',
      'a javascript: URL',
    ]);
    expect(
      dangersIn('<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;a href="javascript:x"&gt;</p>'),
    ).toEqual([]);
  });

  it('stores only sanitised HTML in the invites, the chat message and the mails, the text kept', async () => {
    const charter = councilCharter();
    const outcomes = firstMeetingOutcomes({
      charter,
      decisions: 5,
      actions: 8,
      text: hostileText,
    });
    const scheduled = await scheduleCadence(
      scheduleOptions(await session.lead(), {
        cadence: quarterCadence(),
        now: () => PLANNING_TIME,
        charter: { ...CHARTER, mission: CORPUS.join(' ') },
        carryOver: {
          openActions: CORPUS.map((text, index) => ({
            title: text,
            ownerName: payload(index + 1),
            dueDate: '2026-03-20',
          })),
          deferredDecisions: CORPUS.map((text, index) => ({
            statement: text,
            statusLabel: payload(index + 2),
          })),
        },
      }),
    );
    session.setClock(AFTER_FIRST_MEETING);
    const client = await session.lead();
    const workspace = await openCxWorkspace({ client, groupId: DEMO_CX_GROUP_ID });
    await captureMeeting(workspace, outcomes);
    await publishMeeting({ client, workspace, outcomes, charter, chatId: scheduled.chatId });

    const state = session.emulator.state();
    const invites = Object.values(state.events).filter(
      (stored) => stored.event.subject === 'CX Council',
    );
    const reference = summaryReference({ meetingId: outcomes.meetingId });
    const chat = summaryMessagesIn(state, scheduled.chatId, outcomes);
    const mails = Object.values(state.messages).filter((stored) =>
      String(stored.message.subject ?? '').includes(reference),
    );
    // Every attendee's copy of the series and of each presenter's occurrence; one post; the
    // sender's copy and one per recipient.
    expect(invites.length).toBeGreaterThan(12);
    expect(chat).toHaveLength(1);
    expect(mails).toHaveLength(12);

    const bodyOf = (resource: Record<string, unknown>) =>
      String((resource.body as { content?: string } | undefined)?.content ?? '');
    const stored: [string, string][] = [
      ...invites.map((invite): [string, string] => [
        `invite ${String(invite.event.type)} of ${invite.ownerId}`,
        bodyOf(invite.event),
      ]),
      ...chat.map((message): [string, string] => ['chat message', bodyOf(message)]),
      ...mails.map((mail): [string, string] => [
        `${mail.folder} mail of ${mail.ownerId}`,
        bodyOf(mail.message),
      ]),
    ];
    for (const [where, html] of stored) expectSanitised(where, html);

    // Sanitised, not dropped: the words people typed arrive as text.
    const seriesBody = stored.find(([where]) => where.startsWith('invite seriesMaster'))?.[1] ?? '';
    for (const html of [seriesBody, bodyOf(chat[0] ?? {}), bodyOf(mails[0]?.message ?? {})]) {
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
  });
});
