/** @jest-environment jsdom */
import { cardTexts } from '../../support/cardTexts';
import { AGENDA_CARD_VERSION, escapeCardText, renderAgendaCard } from '../../../src/domain/agenda';
import { adaptiveCardProblems } from '../../support/adaptiveCard';
import { STANDARD_60_MINUTE_LABELS, deepFreeze, standardRenderOptions } from './agendaFixtures';

describe('agenda Adaptive Card', () => {
  const card = renderAgendaCard(deepFreeze(standardRenderOptions()));
  const texts = cardTexts(card);

  it('is a valid Adaptive Card 1.5, the highest version Teams renders', () => {
    expect(card.version).toBe('1.5');
    expect(AGENDA_CARD_VERSION).toBe('1.5');
    expect(adaptiveCardProblems(card)).toEqual([]);
  });

  it.each([
    ['no carry-over', { carryOver: undefined }],
    ['no presenter', { presenterName: undefined }],
    ['a 30-minute meeting', { meetingMinutes: 30 }],
    ['no role names', { roleNames: {} }],
  ])('stays valid with %s', (_case, overrides) => {
    expect(adaptiveCardProblems(renderAgendaCard(standardRenderOptions(overrides)))).toEqual([]);
  });

  it('shows the mission first, then each time box with its item', () => {
    expect(texts.slice(0, 3)).toEqual([
      'CX Cadence agenda',
      'Our CX mission',
      'We make every customer feel known, from first contact to renewal, across every department.',
    ]);
    const labels = texts.filter((text) => /^\d+:\d\d–\d+:\d\d$/.test(text));
    expect(labels).toEqual(STANDARD_60_MINUTE_LABELS);
  });

  it('names the Mission Moment presenter, or says one is to be confirmed', () => {
    expect(texts).toContain('Mission Moment — told by Dana Kim');
    const unassigned = cardTexts(
      renderAgendaCard(standardRenderOptions({ presenterName: undefined })),
    );
    expect(unassigned).toContain('Mission Moment — presenter to be confirmed');
  });

  it('shows the owner role of each item that has one', () => {
    expect(texts.filter((text) => text.startsWith('Owner: '))).toEqual([
      'Owner: CX Lead',
      'Owner: CX Lead',
      'Owner: Executive Sponsor',
      'Owner: CX Lead',
    ]);
  });

  it('lists what is carried over, or says nothing is', () => {
    expect(texts).toEqual(
      expect.arrayContaining([
        'Carried over from the last meeting',
        '• Publish the onboarding journey map — Priya Shah, due 2025-03-14',
        '• Extend the refund window to 60 days — Pending approval by Executive Sponsor',
      ]),
    );
    const none = cardTexts(renderAgendaCard(standardRenderOptions({ carryOver: undefined })));
    expect(none).toContain('Nothing carried over from the last meeting.');
    const onlyActions = cardTexts(
      renderAgendaCard(
        standardRenderOptions({
          carryOver: {
            openActions: [{ title: 'Call back', ownerName: 'Sam' }],
            deferredDecisions: [],
          },
        }),
      ),
    );
    expect(onlyActions).toEqual(
      expect.arrayContaining(['• Call back — Sam', 'No deferred decisions.']),
    );
  });
});

describe('escaping card text', () => {
  it.each([
    [
      'plain words stay as they are',
      'Net Promoter Score up 4 points',
      'Net Promoter Score up 4 points',
    ],
    ['a markdown link', '[Click me](https://evil.example)', '\\[Click me\\](https://evil.example)'],
    ['bold and italic', '**Free** _now_', '\\*\\*Free\\*\\* \\_now\\_'],
    ['a heading', '# Urgent', '\\# Urgent'],
    ['inline code', '`rm -rf`', '\\`rm -rf\\`'],
    // Cards mention people only through msteams entities, so a typed <at> stays plain text.
    ['a Teams mention tag as plain text', '<at>Everyone</at>', '<at>Everyone</at>'],
    ['an image', '![x](https://evil.example/p.png)', '!\\[x\\](https://evil.example/p.png)'],
    ['a backslash that would undo an escape', '\\[', '\\\\\\['],
    ['a bulleted list marker', '- one\n+ two', '\\- one\n\n\\+ two'],
    ['a numbered list marker', '1. first', '1\\. first'],
    ['a hyphen mid-sentence', 'follow-up', 'follow-up'],
  ])('escapes %s', (_case, input, expected) => {
    expect(escapeCardText(input)).toBe(expected);
  });

  it('keeps line breaks visible as paragraph breaks', () => {
    expect(escapeCardText('Known.\r\nValued.')).toBe('Known.\n\nValued.');
  });
});
