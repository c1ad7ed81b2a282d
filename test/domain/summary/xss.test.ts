/** @jest-environment jsdom */
import { escapeCardText } from '../../../src/domain/agenda';
import { memberId } from '../../../src/domain/ids';
import {
  buildMeetingSummary,
  renderSummaryCard,
  renderSummaryChatHtml,
  renderSummaryMailHtml,
} from '../../../src/domain/summary';
import type { MeetingSummary } from '../../../src/domain/summary';
import { adaptiveCardProblems } from '../../support/adaptiveCard';
import { charter } from '../records/fixtures';
import { directory, summaryOptions } from './fixtures';

/** Hostile text a team member (or a compromised directory entry) could type into any field. */
const payloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">open</a>',
  '<svg onload=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#x3C;img src=x onerror=alert(1)&#x3E;',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '"><img src=x onerror=alert(1)>',
  "'><svg/onload=alert(1)>",
  '<at id="99">Everyone</at>',
  '<style>body{display:none}</style>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '[Click me](javascript:alert(1)) **bold** ![img](https://evil.example/x.png)',
  'javascript:alert(1)',
];

// Fields that are not user text: enums, ids, the ISO date and the recipients (mailed, not shown).
const notRendered = new Set(['date', 'ownerId', 'status', 'department', 'recipients']);

type Path = readonly (string | number)[];

/** Every string field of the summary a renderer shows, as paths into the object. */
function textPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value))
    return value.flatMap((item, index) => textPaths(item, [...path, index]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      notRendered.has(key) ? [] : textPaths(item, [...path, key]),
    );
  }
  return [];
}

/** A copy of `value` with the string at `path` replaced. */
function withText(value: unknown, path: Path, text: string): unknown {
  if (path.length === 0) return text;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    return value.map((item, index) => (index === head ? withText(item, rest, text) : item));
  }
  const record = value as Record<string, unknown>;
  return { ...record, [head as string]: withText(record[head as string], rest, text) };
}

function withEveryText(summary: MeetingSummary, text: string): MeetingSummary {
  return textPaths(summary).reduce<unknown>(
    (current, path) => withText(current, path, text),
    summary,
  ) as MeetingSummary;
}

const allowedTags = new Set([
  'html',
  'head',
  'body',
  'div',
  'h2',
  'h3',
  'p',
  'strong',
  'em',
  'br',
  'span',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'ul',
  'li',
  'at',
]);
const allowedAttributes = new Set(['style', 'cellpadding', 'cellspacing', 'width', 'id']);

/** Parses the HTML as a browser would and lists anything that could run or load. */
function executableMarkup(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return [...doc.querySelectorAll('*')].flatMap((element) => {
    const tag = element.tagName.toLowerCase();
    const problems = allowedTags.has(tag) ? [] : [`<${tag}>`];
    for (const attribute of element.attributes) {
      if (!allowedAttributes.has(attribute.name)) problems.push(`${tag}[${attribute.name}]`);
      if (/javascript:|url\(/i.test(attribute.value))
        problems.push(`${tag}[${attribute.name}=${attribute.value}]`);
    }
    return problems;
  });
}

function visibleText(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

function cardStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(cardStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(cardStrings);
  return [];
}

const summary = buildMeetingSummary(summaryOptions);
const paths = textPaths(summary);

describe('summary renderers against injected markup', () => {
  it('covers every text field of the summary', () => {
    expect(paths.length).toBeGreaterThan(40);
  });

  describe.each(payloads)('with %s in every text field', (payload) => {
    const hostile = withEveryText(summary, payload);

    it('mail: leaves no executable markup and shows the payload as text', () => {
      const html = renderSummaryMailHtml(hostile);
      expect(executableMarkup(html)).toEqual([]);
      expect(visibleText(html)).toContain(payload);
    });

    it('chat: leaves no executable markup, no spoofed mention, and shows the payload as text', () => {
      const { html, mentions } = renderSummaryChatHtml(hostile);
      expect(executableMarkup(html)).toEqual([]);
      expect(visibleText(html)).toContain(payload);
      const doc = new DOMParser().parseFromString(html, 'text/html');
      expect([...doc.querySelectorAll('at')].map((tag) => Number(tag.id))).toEqual(
        mentions.map((mention) => mention.id),
      );
      mentions.forEach((mention) => expect(mention.mentionText).toBe(payload));
    });

    it('card: stays a valid card, with the payload escaped and no link or action', () => {
      const card = renderSummaryCard(hostile);
      expect(adaptiveCardProblems(card)).toEqual([]);
      const texts = cardStrings(card);
      expect(texts).toContain(escapeCardText(payload));
      for (const text of texts) {
        expect(text).not.toMatch(/(^|[^\\])\[[^\]]*(^|[^\\])\]\(/);
      }
      expect(JSON.stringify(card)).not.toMatch(/"(url|selectAction|actions)"/);
    });
  });

  describe.each(paths.map((path) => [path.join('.'), path] as const))('field %s', (_name, path) => {
    const payload =
      '<scr<script>ipt>alert(1)</scr</script>ipt><img src=x onerror=alert(1)>[x](javascript:y)';
    const hostile = withText(summary, path, payload) as MeetingSummary;

    it('appears escaped in the mail, the chat message and the card', () => {
      const mail = renderSummaryMailHtml(hostile);
      const chat = renderSummaryChatHtml(hostile).html;
      expect(executableMarkup(mail)).toEqual([]);
      expect(executableMarkup(chat)).toEqual([]);
      expect(visibleText(mail)).toContain(payload);
      expect(visibleText(chat)).toContain(payload);
      expect(JSON.stringify(renderSummaryCard(hostile))).toContain(
        JSON.stringify(escapeCardText(payload)).slice(1, -1),
      );
    });
  });

  it('escapes hostile input all the way from the records to the rendered summary', () => {
    const payload = '<img src=x onerror=alert(1)>';
    const built = buildMeetingSummary({
      ...summaryOptions,
      title: payload,
      members: directory.map((member) => ({
        ...member,
        displayName: `${member.displayName} ${payload}`,
      })),
      charter: {
        ...charter,
        roles: charter.roles.map((role) => ({ ...role, name: `${role.name} ${payload}` })),
        decisionCategories: charter.decisionCategories.map((category) => ({
          ...category,
          name: `${category.name} ${payload}`,
        })),
      },
    });
    const mail = renderSummaryMailHtml(built);
    const chat = renderSummaryChatHtml(built);
    expect(executableMarkup(mail)).toEqual([]);
    expect(executableMarkup(chat.html)).toEqual([]);
    expect(mail).toContain(
      'Ana Silva &lt;img src=x onerror=alert(1)&gt; (CX Lead &lt;img src=x onerror=alert(1)&gt;)',
    );
    expect(chat.html).toContain('<at id="0">Priya Patel &lt;img src=x onerror=alert(1)&gt;</at>');
    expect(chat.mentions[0]?.mentioned.user.id).toBe(memberId('m-service'));
  });
});
