/** @jest-environment jsdom */
import { cardTexts } from '../../support/cardTexts';
import {
  DEFAULT_CX_LEAD_ROLE_ID,
  renderAgendaCard,
  renderInviteHtml,
  type AgendaRenderOptions,
} from '../../../src/domain/agenda';
import { adaptiveCardProblems } from '../../support/adaptiveCard';
import { CARRY_OVER, INVITE_HTML_TAGS, ROLE_NAMES, standardRenderOptions } from './agendaFixtures';

/** Payloads from the usual XSS filter-evasion lists, each as a person might type it. */
const payloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">open</a>',
  'javascript:alert(document.cookie)',
  '<svg onload=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;script&#62;alert(1)&#60;/script&#62;',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '<div style="width: expression(alert(1))">x</div>',
  '<p style="background-color:url(javascript:alert(1))">x</p>',
  '<body onload=alert(1)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '[click](javascript:alert(1)) **bold** <at>Everyone</at>',
];

type Injector = (payload: string) => AgendaRenderOptions;

const base = standardRenderOptions();
const withItem = (patch: Record<string, string>): AgendaRenderOptions => ({
  ...base,
  template: {
    ...base.template,
    items: base.template.items.map((item, index) => (index === 2 ? { ...item, ...patch } : item)),
  },
});
const action = CARRY_OVER.openActions[0] ?? { title: '', ownerName: '' };
const decision = CARRY_OVER.deferredDecisions[0] ?? { statement: '', statusLabel: '' };

/** Every text field a person can write that reaches the rendered agenda. */
const fields: [string, Injector][] = [
  ['mission', (payload) => ({ ...base, mission: payload })],
  ['item title', (payload) => withItem({ title: payload })],
  ['item guidance', (payload) => withItem({ guidance: payload })],
  ['presenter name', (payload) => ({ ...base, presenterName: payload })],
  [
    'role name',
    (payload) => ({ ...base, roleNames: { ...ROLE_NAMES, [DEFAULT_CX_LEAD_ROLE_ID]: payload } }),
  ],
  [
    'action title',
    (payload) => ({
      ...base,
      carryOver: { ...CARRY_OVER, openActions: [{ ...action, title: payload }] },
    }),
  ],
  [
    'action owner',
    (payload) => ({
      ...base,
      carryOver: { ...CARRY_OVER, openActions: [{ ...action, ownerName: payload }] },
    }),
  ],
  [
    'action due date',
    (payload) => ({
      ...base,
      carryOver: { ...CARRY_OVER, openActions: [{ ...action, dueDate: payload }] },
    }),
  ],
  [
    'decision statement',
    (payload) => ({
      ...base,
      carryOver: { ...CARRY_OVER, deferredDecisions: [{ ...decision, statement: payload }] },
    }),
  ],
  [
    'decision status',
    (payload) => ({
      ...base,
      carryOver: { ...CARRY_OVER, deferredDecisions: [{ ...decision, statusLabel: payload }] },
    }),
  ],
];

const cases = fields.flatMap(([field, inject]) =>
  payloads.map((payload) => [field, payload, inject] as const),
);

const allowedAttributes = new Set([
  'style',
  'role',
  'width',
  'cellpadding',
  'cellspacing',
  'border',
  'valign',
  'align',
]);

/** The payload as HTML text must read: every `&`, `<` and `>` escaped. */
const escapeMarkup = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('agenda renderers against script injection', () => {
  describe.each(cases)('%s = %s', (_field, payload, inject) => {
    it('puts no executable markup in the Outlook invite and shows the text as typed', () => {
      const html = renderInviteHtml(inject(payload));
      expect(html).not.toMatch(/<\s*(script|iframe|svg|img|style|body|math|a)\b/i);
      for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) {
        expect(tag).not.toMatch(/\son\w+\s*=/i);
        expect(tag).not.toMatch(/javascript:|expression\(|url\(/i);
      }
      const body = new DOMParser().parseFromString(html, 'text/html').body;
      for (const element of body.querySelectorAll('*')) {
        expect(INVITE_HTML_TAGS).toContain(element.tagName.toLowerCase());
        for (const attribute of element.attributes)
          expect(allowedAttributes).toContain(attribute.name);
      }
      expect(body.textContent).toContain(payload);
      expect(html).toContain(escapeMarkup(payload));
    });

    it('puts no live markdown, links or tags in the Adaptive Card and shows the text as typed', () => {
      const card = renderAgendaCard(inject(payload));
      expect(adaptiveCardProblems(card)).toEqual([]);
      const texts = cardTexts(card);
      for (const text of texts) {
        const unescapedPunctuation = text.replace(/\\[\s\S]/g, '');
        // Links and images need brackets and emphasis needs * or _: none may be left unescaped.
        expect(unescapedPunctuation).not.toMatch(/[[\]*_`]/);
      }
      expect(texts.map((text) => text.replace(/\\([\s\S])/g, '$1')).join('\n')).toContain(payload);
    });
  });
});
