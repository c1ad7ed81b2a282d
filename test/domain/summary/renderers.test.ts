/** @jest-environment jsdom */
import {
  buildMeetingSummary,
  renderSummaryCard,
  renderSummaryChatHtml,
  renderSummaryMailHtml,
} from '../../../src/domain/summary';
import type { MeetingSummary } from '../../../src/domain/summary';
import { adaptiveCardProblems } from '../../support/adaptiveCard';
import { missionMoment, record, summaryOptions } from './fixtures';

const summary = buildMeetingSummary(summaryOptions);
const TD = 'style="border:1px solid #d1d1d1;padding:6px 8px;text-align:left;vertical-align:top"';

const emptySummary: MeetingSummary = buildMeetingSummary({
  ...summaryOptions,
  record: { ...record, status: 'cancelled', attendance: [] },
  missionMoment: undefined,
  decisions: [],
  actions: [],
  carriedForward: undefined,
});

describe('renderSummaryMailHtml', () => {
  const html = renderSummaryMailHtml(summary);

  it.each([
    [
      'the title and date',
      '<h2 style="margin:0 0 4px 0;font-size:20px;font-weight:bold">Meeting summary: CX Council</h2><p style="margin:0 0 8px 0;color:#616161">Tuesday 4 March 2025, 15:00 GMT</p>',
    ],
    [
      'the presenter and outcome',
      '<p style="margin:0 0 8px 0"><strong>Priya Patel</strong>: Lived up to our CX mission</p>',
    ],
    [
      'the story with its line break',
      '<p style="margin:0 0 8px 0">A customer was charged twice.<br />Priya refunded it on the first call.</p>',
    ],
    ['who to celebrate', `>Who to celebrate</th><td ${TD}>Priya</td>`],
    [
      'each decision with its DACI roles',
      `<td ${TD}>Driver: Ana Silva (CX Lead)<br />Approver: Ana Silva (CX Lead)<br />Contributors: none<br />Informed: Marketing champion</td><td ${TD}>Pending approval by Executive Sponsor</td>`,
    ],
    [
      'each new action with owner and due date',
      `<tr><td ${TD}>Brief the sales team</td><td ${TD}>Marco Rossi</td><td ${TD}>2025-03-14</td></tr>`,
    ],
    [
      'what is carried forward',
      '<ul style="margin:0 0 8px 0"><li>Collect complaint themes: Ivan Petrov, due 2025-03-01</li><li>Retire the survey pop-up: Deferred to the next meeting</li></ul>',
    ],
    [
      'attendance by department',
      `<tr><td ${TD}>IT</td><td ${TD}>none</td><td ${TD}>Ivan Petrov</td></tr>`,
    ],
  ])('shows %s', (_what, snippet) => {
    expect(html).toContain(snippet);
  });

  it('uses tables with inline styles and no style sheet, as Outlook needs', () => {
    expect(html).toContain(
      '<table style="border-collapse:collapse;width:100%" cellpadding="0" cellspacing="0">',
    );
    expect(html).not.toContain('<style');
    expect(html).not.toContain('class=');
  });

  it('says so when a section is empty or the meeting was cancelled', () => {
    const empty = renderSummaryMailHtml(emptySummary);
    for (const text of [
      'This meeting was cancelled.',
      'No Mission Moment was captured.',
      'No decisions were recorded.',
      'No new actions.',
      'Nothing is carried forward.',
      'No attendance was recorded.',
    ]) {
      expect(empty).toContain(`<p style="margin:0 0 8px 0">${text}</p>`);
    }
  });
});

describe('renderSummaryChatHtml', () => {
  const { html, mentions } = renderSummaryChatHtml(summary);

  it.each([
    [
      'the title',
      '<p><strong>Meeting summary: CX Council</strong><br />Tuesday 4 March 2025, 15:00 GMT</p>',
    ],
    [
      'the Mission Moment prompts',
      '<em>Who to celebrate:</em> Priya<br /><em>Lesson or idea:</em> Let agents refund without a supervisor</p>',
    ],
    [
      'a decision with its rationale and contributors',
      '<li><strong>Offer callbacks instead of hold queues</strong> (Customer journey): Approved. Hold times drive repeat contacts<br />Driver: Marco Rossi (Marketing champion); approver: Ana Silva (CX Lead); contributors: Customer service champion; informed: Executive Sponsor, IT champion</li>',
    ],
    [
      'each decision with its roles and status',
      '<li><strong>Fund a callback pilot</strong> (CX budget): Pending approval by Executive Sponsor.<br />Driver: Ana Silva (CX Lead); approver: Ana Silva (CX Lead); contributors: none; informed: Marketing champion</li>',
    ],
    [
      'an @mention of each action owner',
      '<li>Draft the callback script: <at id="0">Priya Patel</at>, due 2025-03-31</li>',
    ],
    [
      'the second owner',
      '<li>Brief the sales team: <at id="1">Marco Rossi</at>, due 2025-03-14</li>',
    ],
    ['attendance', '<li>IT: present none; absent Ivan Petrov</li>'],
  ])('shows %s', (_what, snippet) => {
    expect(html).toContain(snippet);
  });

  it("describes each mention as Graph's chatMessageMention", () => {
    expect(mentions).toEqual([
      {
        id: 0,
        mentionText: 'Priya Patel',
        mentioned: {
          user: { id: 'm-service', displayName: 'Priya Patel', userIdentityType: 'aadUser' },
        },
      },
      {
        id: 1,
        mentionText: 'Marco Rossi',
        mentioned: {
          user: { id: 'm-marketing', displayName: 'Marco Rossi', userIdentityType: 'aadUser' },
        },
      },
    ]);
  });

  it('has exactly one mention per <at id> tag, with the tag text as mentionText', () => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const tags = [...doc.querySelectorAll('at')].map((tag) => ({
      id: Number(tag.getAttribute('id')),
      text: tag.textContent,
    }));
    expect(tags).toEqual(
      mentions.map((mention) => ({ id: mention.id, text: mention.mentionText })),
    );
  });

  it('mentions nobody when there are no new actions', () => {
    const empty = renderSummaryChatHtml(emptySummary);
    expect(empty.mentions).toEqual([]);
    expect(empty.html).toContain('<p><strong>New actions</strong><br />No new actions.</p>');
    expect(empty.html).toContain('<p>This meeting was cancelled.</p>');
  });
});

describe('renderSummaryCard', () => {
  const card = renderSummaryCard(summary);

  it('is an Adaptive Card 1.5 the official SDK accepts', () => {
    expect(card.version).toBe('1.5');
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(adaptiveCardProblems(renderSummaryCard(emptySummary))).toEqual([]);
  });

  it('shows decisions as facts with their roles and status', () => {
    const json = JSON.stringify(card);
    expect(json).toContain(
      JSON.stringify({ title: 'Status', value: 'Pending approval by Executive Sponsor' }),
    );
    expect(json).toContain(JSON.stringify({ title: 'Driver', value: 'Ana Silva (CX Lead)' }));
    expect(json).toContain(
      JSON.stringify({
        type: 'FactSet',
        facts: [
          { title: 'Owner', value: 'Marco Rossi' },
          { title: 'Due', value: '2025-03-14' },
        ],
      }),
    );
  });

  it('colours the Mission Moment outcome and keeps the story paragraphs', () => {
    const json = JSON.stringify(card);
    expect(json).toContain(
      JSON.stringify({
        type: 'TextBlock',
        text: 'Priya Patel: Lived up to our CX mission',
        wrap: true,
        color: 'Good',
      }),
    );
    expect(json).toContain(
      'A customer was charged twice.\\n\\nPriya refunded it on the first call.',
    );
    const missed = renderSummaryCard(
      buildMeetingSummary({
        ...summaryOptions,
        missionMoment: { ...missionMoment, livedUpToMission: false },
      }),
    );
    expect(JSON.stringify(missed)).toContain(
      '"text":"Priya Patel: Missed our CX mission","wrap":true,"color":"Attention"',
    );
  });

  it('says so when a section is empty', () => {
    const json = JSON.stringify(renderSummaryCard(emptySummary));
    expect(json).toContain('"text":"This meeting was cancelled.","wrap":true,"color":"Attention"');
    expect(json).toContain('"text":"Nothing is carried forward.","wrap":true,"isSubtle":true');
  });
});
