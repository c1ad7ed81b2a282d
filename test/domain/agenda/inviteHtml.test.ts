/** @jest-environment jsdom */
import {
  AGENDA_BLOCK_HEADING,
  createStandardAgendaTemplate,
  renderInviteHtml,
  replaceAgendaInBody,
} from '../../../src/domain/agenda';
import { ValidationError } from '../../../src/domain/errors';
import { sanitizeRenderedHtml } from '../../../src/domain/html';
import { roleId } from '../../../src/domain/ids';
import {
  INVITE_HTML_TAGS,
  STANDARD_60_MINUTE_LABELS,
  deepFreeze,
  standardRenderOptions,
} from './agendaFixtures';
import { EVENT_BODY_HEAD, EVENT_BODY_TAIL, TEAMS_JOIN_BLOCK } from './teamsJoinBody';

function parse(html: string): HTMLElement {
  return new DOMParser().parseFromString(html, 'text/html').body;
}

function rowsOf(html: string): string[][] {
  return [...parse(html).querySelectorAll('thead + tbody > tr')].map((row) =>
    [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? ''),
  );
}

// What Outlook's Word engine honours and our sanitiser keeps; nothing else may appear.
const outlookSafeProperties = new Set([
  'background-color',
  'border',
  'border-bottom',
  'border-collapse',
  'border-left',
  'border-top',
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'margin',
  'padding',
  'text-align',
  'vertical-align',
  'width',
]);

describe('Outlook invite HTML', () => {
  const html = renderInviteHtml(deepFreeze(standardRenderOptions()));

  it('is one block that opens with the fixed agenda heading', () => {
    const body = parse(html);
    expect(body.children).toHaveLength(1);
    const block = body.firstElementChild;
    expect(block?.tagName).toBe('DIV');
    expect(block?.firstElementChild?.textContent).toBe(AGENDA_BLOCK_HEADING);
  });

  it('puts the CX mission statement at the top', () => {
    const text = parse(html).textContent ?? '';
    expect(text.indexOf('Our CX mission')).toBeLessThan(text.indexOf('0:00–0:05'));
    expect(text).toContain(standardRenderOptions().mission);
  });

  it('lists each item with its exact time box, title and owner role', () => {
    expect(rowsOf(html)).toEqual([
      [
        STANDARD_60_MINUTE_LABELS[0],
        'Mission Moment — told by Dana KimA true story of a moment when we lived up to our CX mission, or fell short of it, and what we learn from it',
        '—',
      ],
      [
        STANDARD_60_MINUTE_LABELS[1],
        expect.stringMatching(/^Open actions and deferred decisions/),
        'CX Lead',
      ],
      [
        STANDARD_60_MINUTE_LABELS[2],
        expect.stringMatching(/^Voice of the customer and CX metrics/),
        'CX Lead',
      ],
      [STANDARD_60_MINUTE_LABELS[3], expect.stringMatching(/^Department updates/), '—'],
      [
        STANDARD_60_MINUTE_LABELS[4],
        expect.stringMatching(/^Decisions needed/),
        'Executive Sponsor',
      ],
      [STANDARD_60_MINUTE_LABELS[5], expect.stringMatching(/^Wrap-up/), 'CX Lead'],
    ]);
  });

  it.each([undefined, '', '   '])(
    'says the presenter is to be confirmed when none is assigned (%p)',
    (presenterName) => {
      const unassigned = renderInviteHtml(standardRenderOptions({ presenterName }));
      expect(rowsOf(unassigned)[0]?.[1]).toMatch(/^Mission Moment — presenter to be confirmed/);
    },
  );

  it('fits the time boxes to the meeting when its length is given', () => {
    const thirty = renderInviteHtml(standardRenderOptions({ meetingMinutes: 30 }));
    expect(rowsOf(thirty).map((row) => row[0])).toEqual([
      '0:00–0:03',
      '0:03–0:08',
      '0:08–0:15',
      '0:15–0:22',
      '0:22–0:27',
      '0:27–0:30',
    ]);
  });

  it('shows no owner rather than a raw role id the lookup does not know', () => {
    const template = createStandardAgendaTemplate({ cxLeadRoleId: roleId('head-of-cx') });
    const unknownOwner = renderInviteHtml(standardRenderOptions({ template }));
    expect(rowsOf(unknownOwner)[1]?.[2]).toBe('—');
    expect(unknownOwner).not.toContain('head-of-cx');
  });

  it('lists the open actions and deferred decisions carried over', () => {
    const items = [...parse(html).querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      'Publish the onboarding journey map — Priya Shah, due 2025-03-14',
      'Share churn interviews with product — Lars Berg',
      'Extend the refund window to 60 days — Pending approval by Executive Sponsor',
    ]);
  });

  it('says when nothing is carried over', () => {
    const none = parse(renderInviteHtml(standardRenderOptions({ carryOver: undefined })));
    expect(none.textContent).toContain('Nothing carried over from the last meeting.');
    const empty = { openActions: [], deferredDecisions: [] };
    expect(
      parse(renderInviteHtml(standardRenderOptions({ carryOver: empty }))).textContent,
    ).toContain('Nothing carried over from the last meeting.');
  });

  it('says which list is empty when only one kind is carried over', () => {
    const onlyDecisions = standardRenderOptions({
      carryOver: {
        openActions: [],
        deferredDecisions: standardRenderOptions().carryOver?.deferredDecisions ?? [],
      },
    });
    expect(parse(renderInviteHtml(onlyDecisions)).textContent).toContain('No open actions.');
    const onlyActions = standardRenderOptions({
      carryOver: {
        openActions: standardRenderOptions().carryOver?.openActions ?? [],
        deferredDecisions: [],
      },
    });
    expect(parse(renderInviteHtml(onlyActions)).textContent).toContain('No deferred decisions.');
  });

  it('keeps line breaks in a multi-line mission', () => {
    const twoLines = renderInviteHtml(standardRenderOptions({ mission: 'Known.\nValued.' }));
    expect(twoLines).toContain('Known.<br />Valued.');
  });

  it('uses inline styles only, with CSS that Outlook honours', () => {
    expect(html).not.toMatch(/<style|<link|<head|\bclass=|\bid=/i);
    const elements = [...parse(html).querySelectorAll('*')];
    expect(new Set(elements.map((element) => element.tagName.toLowerCase()))).toEqual(
      INVITE_HTML_TAGS,
    );
    for (const element of elements) {
      const style = element.getAttribute('style') ?? '';
      for (const declaration of style.split(';').filter(Boolean)) {
        const [property = '', value = ''] = declaration.split(/:(.*)/s).map((part) => part.trim());
        expect(outlookSafeProperties).toContain(property);
        if (property === 'font-family') expect(value.startsWith("'Segoe UI'")).toBe(true);
        if (property === 'font-family') expect(value.endsWith('sans-serif')).toBe(true);
        if (property === 'font-size' || property === 'line-height')
          expect(value).toMatch(/^\d+px$/);
        expect(value).not.toMatch(/\d(em|rem|pt)\b/);
      }
    }
  });

  it('lays out with presentation tables', () => {
    for (const table of parse(html).querySelectorAll('table')) {
      expect(table.getAttribute('role')).toBe('presentation');
      expect(table.getAttribute('cellpadding')).toBe('0');
    }
  });

  it('is already sanitised (sanitising again changes nothing)', () => {
    expect(sanitizeRenderedHtml(html)).toBe(html);
  });
});

describe('replacing the agenda in an event body', () => {
  const oldAgenda = renderInviteHtml(standardRenderOptions({ presenterName: 'Dana Kim' }));
  const newAgenda = renderInviteHtml(standardRenderOptions({ presenterName: 'Lars Berg' }));

  it("swaps our block and keeps Teams' join information byte-for-byte", () => {
    const before = `${EVENT_BODY_HEAD}${oldAgenda}`;
    const body = `${before}${TEAMS_JOIN_BLOCK}${EVENT_BODY_TAIL}`;
    const updated = replaceAgendaInBody(body, newAgenda);
    expect(updated).toBe(`${EVENT_BODY_HEAD}${newAgenda}${TEAMS_JOIN_BLOCK}${EVENT_BODY_TAIL}`);
    expect(updated).toContain('told by Lars Berg');
    expect(updated).not.toContain('told by Dana Kim');
  });

  it('puts the agenda just inside <body> when the event has none yet', () => {
    const body = `${EVENT_BODY_HEAD}${TEAMS_JOIN_BLOCK}${EVENT_BODY_TAIL}`;
    const bodyTagEnd = EVENT_BODY_HEAD.indexOf('<body>') + '<body>'.length;
    expect(replaceAgendaInBody(body, newAgenda)).toBe(
      `${EVENT_BODY_HEAD.slice(0, bodyTagEnd)}${newAgenda}${EVENT_BODY_HEAD.slice(bodyTagEnd)}${TEAMS_JOIN_BLOCK}${EVENT_BODY_TAIL}`,
    );
  });

  it('prepends the agenda to a body fragment with no agenda', () => {
    expect(replaceAgendaInBody(TEAMS_JOIN_BLOCK, newAgenda)).toBe(
      `${newAgenda}${TEAMS_JOIN_BLOCK}`,
    );
    expect(replaceAgendaInBody('', newAgenda)).toBe(newAgenda);
  });

  it('gives the same body however many times the same agenda is applied', () => {
    const once = replaceAgendaInBody(
      `${EVENT_BODY_HEAD}${TEAMS_JOIN_BLOCK}${EVENT_BODY_TAIL}`,
      newAgenda,
    );
    expect(replaceAgendaInBody(once, newAgenda)).toBe(once);
  });

  it('keeps notes someone typed above the agenda in Outlook', () => {
    const note = '<div><p>Please read the NPS deck first.</p></div>\n';
    const body = `${EVENT_BODY_HEAD}${note}${oldAgenda}${TEAMS_JOIN_BLOCK}${EVENT_BODY_TAIL}`;
    expect(replaceAgendaInBody(body, newAgenda)).toBe(
      `${EVENT_BODY_HEAD}${note}${newAgenda}${TEAMS_JOIN_BLOCK}${EVENT_BODY_TAIL}`,
    );
  });

  it('finds a block that Exchange re-serialised with wrappers and nested divs', () => {
    const reserialised =
      '<DIV style="font-family:Segoe UI">\n<h2 style="margin:0"><span style="font-size:20px">CX Cadence agenda</span></h2>' +
      '<div><div>Mission Moment</div></div><table><tr><td>0:00–0:05</td></tr></table></DIV>';
    const body = `${EVENT_BODY_HEAD}${reserialised}${TEAMS_JOIN_BLOCK}${EVENT_BODY_TAIL}`;
    expect(replaceAgendaInBody(body, newAgenda)).toBe(
      `${EVENT_BODY_HEAD}${newAgenda}${TEAMS_JOIN_BLOCK}${EVENT_BODY_TAIL}`,
    );
  });

  it('is not fooled by a mission that mentions the heading text', () => {
    const tricky = renderInviteHtml(standardRenderOptions({ mission: AGENDA_BLOCK_HEADING }));
    const body = `${tricky}${TEAMS_JOIN_BLOCK}`;
    expect(replaceAgendaInBody(body, newAgenda)).toBe(`${newAgenda}${TEAMS_JOIN_BLOCK}`);
  });

  it('adds a new agenda rather than lose text when the old block is never closed', () => {
    const broken = '<div><h2>CX Cadence agenda</h2><p>half an agenda';
    const updated = replaceAgendaInBody(broken, newAgenda);
    expect(updated).toBe(`${newAgenda}${broken}`);
  });

  it('refuses HTML that is not an agenda block, since it could never be replaced later', () => {
    expect(() => replaceAgendaInBody(TEAMS_JOIN_BLOCK, '<p>Agenda to follow</p>')).toThrow(
      ValidationError,
    );
    expect(() => replaceAgendaInBody('', `<p>hi</p>${newAgenda}`)).toThrow(/renderInviteHtml/);
  });
});
