import { createStandardAgendaTemplate, renderInviteHtml } from '../../../src/domain/agenda';
import { htmlToText } from '../../../src/domain/htmlText';
import { hasAgenda, threadIdFromJoinUrl } from '../../../src/graph/scheduling';
import { CHARTER } from './fixtures';

describe('threadIdFromJoinUrl', () => {
  it.each([
    [
      'Teams join link, encoded as Graph returns it',
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmM1MzlhNTIt%40thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d',
      '19:meeting_NmM1MzlhNTIt@thread.v2',
    ],
    [
      'upper-case escapes',
      'https://teams.microsoft.com/l/meetup-join/19%3Ameeting_ab%2Bcd%3D%3D%40thread.v2/0?context=x',
      '19:meeting_ab+cd==@thread.v2',
    ],
    [
      'already decoded',
      'https://teams.microsoft.com/l/meetup-join/19:meeting_abc@thread.v2/0',
      '19:meeting_abc@thread.v2',
    ],
    ['another provider', 'https://zoom.example/j/123456', undefined],
    ['broken escape', 'https://teams.microsoft.com/l/meetup-join/19%3meeting', undefined],
  ])('%s', (_case, url, threadId) => {
    expect(threadIdFromJoinUrl(url)).toBe(threadId);
  });
});

describe('hasAgenda', () => {
  const agenda = renderInviteHtml({
    template: createStandardAgendaTemplate(),
    mission: 'Customers & staff — first',
    roleNames: CHARTER.roleNames,
    presenterName: 'Dana Kim',
  });

  it('recognises the agenda in a body Exchange re-serialised (document, entities, whitespace)', () => {
    const rewritten = agenda
      .replace(/—/g, '&mdash;')
      .replace(/></g, '>\r\n<')
      .replace(/&amp;/g, '&#38;');
    const body = `<html><head><style>p{}</style></head><body>${rewritten}<div>Join</div></body></html>`;
    expect(hasAgenda(body, agenda)).toBe(true);
  });

  it('does not mistake another presenter or a bare body for this agenda', () => {
    expect(hasAgenda(agenda.replace('Dana Kim', 'Dana Kimball'), agenda)).toBe(false);
    expect(hasAgenda('<html><body><div>Join</div></body></html>', agenda)).toBe(false);
  });

  it('reads the text a person sees', () => {
    expect(htmlToText('<p>Tom&nbsp;&amp;&#x20;Jerry</p>\n<p>&#8212; &unknown;</p>')).toBe(
      'Tom & Jerry \u2014 &unknown;',
    );
  });
});
