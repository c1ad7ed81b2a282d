import * as fc from 'fast-check';
import type { MeetingSummary, SummaryDecision } from '../../../src/domain/summary';
import {
  isPendingApproval,
  reviewWarnings,
  withoutColours,
} from '../../../src/domain/summaryReview';

const decision = (status: SummaryDecision['status']): SummaryDecision => ({
  statement: 'Pilot a callback option',
  rationale: '',
  categoryName: 'Customer journey',
  driver: { roleName: 'CX Lead', memberName: 'Ana Silva' },
  approver: { roleName: 'Executive Sponsor', memberName: 'Sam Okafor' },
  contributors: [],
  informed: [],
  status,
  statusLabel: status,
});

const summary = (change: Partial<MeetingSummary> = {}): MeetingSummary => ({
  title: 'CX Council',
  date: '2026-03-02',
  dateLabel: 'Monday 2 March 2026, 15:00 GMT',
  isCancelled: false,
  attendance: [],
  missionMoment: {
    presenterName: 'Priya Patel',
    story: 'A customer was charged twice.',
    livedUpToMission: true,
    outcomeLabel: 'Lived up to our CX mission',
    why: 'Resolved on first contact',
  },
  decisions: [decision('approved')],
  newActions: [],
  carriedForward: { openActions: [], deferredDecisions: [] },
  recipients: [{ name: 'Ana Silva', email: 'ana@contoso.com' }],
  ...change,
});

describe('isPendingApproval', () => {
  it.each<[SummaryDecision['status'], boolean]>([
    ['pendingApproval', true],
    ['approved', false],
    ['deferred', false],
  ])('%s → %s', (status, expected) => {
    expect(isPendingApproval({ status })).toBe(expected);
  });
});

describe('reviewWarnings', () => {
  it('is empty when the summary is complete', () => {
    expect(reviewWarnings(summary())).toEqual([]);
  });

  it('says when no Mission Moment was captured', () => {
    expect(reviewWarnings(summary({ missionMoment: undefined }))).toEqual([
      'No Mission Moment was captured: the summary says so.',
    ]);
  });

  it.each([
    [1, '1 decision is still pending approval: the summary shows it as pending.'],
    [3, '3 decisions are still pending approval: the summary shows them as pending.'],
  ])('counts %i pending decision(s)', (count, expected) => {
    const decisions = [
      decision('approved'),
      ...Array.from({ length: count }, () => decision('pendingApproval')),
    ];
    expect(reviewWarnings(summary({ decisions }))).toEqual([expected]);
  });

  it('warns that no mail is sent when nobody has an address, after the other warnings', () => {
    expect(
      reviewWarnings(
        summary({
          missionMoment: undefined,
          decisions: [decision('pendingApproval')],
          recipients: [],
        }),
      ),
    ).toEqual([
      'No Mission Moment was captured: the summary says so.',
      '1 decision is still pending approval: the summary shows it as pending.',
      'Nobody has a mail address on record: no mail will be sent.',
    ]);
  });
});

describe('withoutColours', () => {
  it.each([
    ['<p style="margin: 0; color: #616161">x</p>', '<p style="margin: 0">x</p>'],
    ['<p style="color:#616161">x</p>', '<p>x</p>'],
    [
      '<td style="background-color: #f5f5f5; padding: 8px; COLOR: red">x</td>',
      '<td style="padding: 8px">x</td>',
    ],
    ['<div style="background: #fff;">x</div>', '<div>x</div>'],
    [
      '<div style="border-left: 4px solid #0f6cbd; padding-left: 8px">x</div>',
      '<div style="border-left: 4px solid; padding-left: 8px">x</div>',
    ],
    [
      '<div style="border-bottom: 1px solid #e0e0e0">x</div>',
      '<div style="border-bottom: 1px solid">x</div>',
    ],
    [
      '<td style="border: 1px solid rgb(209, 209, 209); border-top-color: red; outline: thin dotted blue">x</td>',
      '<td style="border: 1px solid; outline: thin dotted">x</td>',
    ],
    ['<td style="border: #d1d1d1">x</td>', '<td>x</td>'],
    ['<p>color: red; is plain text</p>', '<p>color: red; is plain text</p>'],
    [
      '<span style="font-weight: 600">Decided</span>',
      '<span style="font-weight: 600">Decided</span>',
    ],
  ])('%s → %s', (html, expected) => {
    expect(withoutColours(html)).toBe(expected);
  });

  it('drops a border colour declared on its own instead of leaving it empty', () => {
    expect(withoutColours('<td style="border-color: #e0e0e0; border-width: 1px">x</td>')).toBe(
      '<td style="border-width: 1px">x</td>',
    );
  });

  const colour = fc.oneof(
    fc.constantFrom('red', 'transparent', 'rgb(97, 97, 97)', 'rgba(0,0,0,0.5)'),
    fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`),
    fc.integer({ min: 0, max: 0xfff }).map((n) => `#${n.toString(16).padStart(3, '0')}`),
  );
  const colourDeclaration = fc
    .tuple(
      fc.constantFrom('color', 'background', 'background-color', 'Color', 'BACKGROUND-COLOR'),
      colour,
    )
    .map(([property, value]) => `${property}: ${value}`);
  const layoutDeclaration = fc.constantFrom(
    'margin: 0',
    'padding: 4px 8px',
    'font-weight: 600',
    'font-size: 14px',
    'border-collapse: collapse',
  );
  const borderDeclaration = fc
    .tuple(fc.constantFrom('border', 'border-left', 'border-bottom'), colour)
    .map(([property, value]) => `${property}: 1px solid ${value}`);
  const style = fc
    .array(fc.oneof(colourDeclaration, layoutDeclaration, borderDeclaration), { maxLength: 6 })
    .map((parts) => parts.join('; '));
  const text = fc.string({ maxLength: 20 }).map((s) => s.replace(/[<>&"]/g, ''));
  const element = fc
    .tuple(fc.constantFrom('p', 'div', 'td', 'span'), style, text)
    .map(([tag, css, body]) => `<${tag} style="${css}">${body}</${tag}>`);
  const html = fc.array(element, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));

  const styleValues = (out: string) =>
    [...out.matchAll(/\sstyle="([^"]*)"/g)].map((m) => m[1] ?? '');
  const textOf = (out: string) => out.replace(/<[^>]*>/g, '');

  it('never leaves a colour declaration, keeps every layout declaration and all the text', () => {
    fc.assert(
      fc.property(html, (input) => {
        const output = withoutColours(input);
        for (const css of styleValues(output)) {
          const declarations = css.split(';').map((part) => part.trim());
          for (const declaration of declarations) {
            expect(declaration).not.toMatch(/^(color|background(-color)?)\s*:/i);
            expect(declaration).not.toMatch(/#[0-9a-f]{3,8}\b|rgba?\(|\b(red|transparent)\b/i);
            expect(declaration).not.toMatch(/:\s*$/);
            expect(declaration).not.toBe('');
          }
        }
        expect(textOf(output)).toBe(textOf(input));
        for (const css of styleValues(input)) {
          for (const layout of css.split(';').map((part) => part.trim())) {
            if (/^(margin|padding|font-|border-collapse)/.test(layout))
              expect(output).toContain(layout);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(html, (input) => {
        const once = withoutColours(input);
        expect(withoutColours(once)).toBe(once);
      }),
      { numRuns: 60 },
    );
  });
});
