/**
 * Drill (issue 7): an XSS corpus through every text field, and nothing executes in the page
 * (Chromium, against the emulator, through the app's own pages only).
 *
 * Typed: the hub's charter (mission, vision) and a role's name; the side panel's four Mission
 * Moment prompts, a decision statement and an action title. Shown: the hub's charter (after a
 * reload), decision log, Mission Moments and actions; the side panel after a reload; the summary's
 * review with its chat (HTML and Adaptive Card), mail and Planner previews.
 *
 * Execution is detected three ways on every page: a dialog (the corpus calls `alert`), the
 * `window.__xss` flag the page-specific payloads would set, and any element or attribute a payload
 * would have injected (event handlers, `javascript:`/`data:` links, `<img src=x>`, the iframe).
 * Console errors from Content-Security-Policy violations are allowed: they mean it was blocked.
 */
import type { Locator, Page } from 'playwright-core';
import { DEMO_CX_GROUP_ID, DEMO_CX_LEAD_UPN } from '../../../emulator/seed/constants';
import { openCxWorkspace } from '../../../src/graph/workspace';
import { XSS_CORPUS } from '../../drills/xssCorpus';
import {
  COUNCIL_CADENCE_ID,
  FIRST_MEETING,
  councilCadence,
} from '../../graph/meetingPanel/fixtures';
import {
  SETUP_TIMEOUT_MS,
  STEP_TIMEOUT_MS,
  startAppUnderTest,
  type AppUnderTest,
} from '../support/browser';
import { graphAs, signInAs } from '../support/personas';

/** Payloads that would set `window.__xss` if they ran: checked besides the corpus's `alert`s. */
const FLAGGING = {
  img: '<img src=x onerror="window.__xss=1">',
  svg: '<svg onload="window.__xss=1"><circle r=1 /></svg>',
  link: '<a href="javascript:window.__xss=1">click me</a>',
  script: '<script>window.__xss=1</script>',
} as const;

const corpus = (...indexes: number[]) => indexes.map((index) => XSS_CORPUS[index]).join(' ');

/** Each field's text: a plain prefix (to find it), corpus payloads and a flagging payload. */
const TEXT = {
  mission: `Mission ${corpus(0, 1)} ${FLAGGING.img}`,
  vision: `Vision ${corpus(2, 3)} ${FLAGGING.svg}`,
  role: `Sponsor ${FLAGGING.img}`,
  story: `Story ${corpus(4, 5)} ${FLAGGING.script}`,
  why: `Why ${corpus(6, 7)} ${FLAGGING.link}`,
  celebrate: `Celebrate ${corpus(8, 9)} ${FLAGGING.img}`,
  lesson: `Lesson ${corpus(10, 11)} ${FLAGGING.svg}`,
  decision: `Decision ${corpus(12, 13, 17)} ${FLAGGING.link}`,
  action: `Action ${corpus(14, 15, 16)}`,
} as const;

const HUB = `/hub.html?groupId=${DEMO_CX_GROUP_ID}`;
const PANEL = `/sidePanel.html?groupId=${DEMO_CX_GROUP_ID}&cadenceId=${COUNCIL_CADENCE_ID}&occurrence=${encodeURIComponent(FIRST_MEETING)}`;
/** Sam tells the first meeting's Mission Moment (first in the council's rotation). */
const PRESENTER = 'Sam Taylor';
const WAIT_MS = 60_000;

describe('drill: an XSS corpus through every text field, in Chromium', () => {
  let run: AppUnderTest;
  /** Every dialog any page opened: none may. */
  const dialogs: string[] = [];

  beforeAll(async () => {
    run = await startAppUnderTest();
    const lead = await graphAs(run.emulator, DEMO_CX_LEAD_UPN);
    // The cadence only: the charter is typed in the hub.
    const workspace = await openCxWorkspace({ client: lead, groupId: DEMO_CX_GROUP_ID });
    await workspace.cadences.create({ cadence: councilCadence() });
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await run?.close();
  }, STEP_TIMEOUT_MS);

  async function openAs(path: string, name: string, width: number): Promise<Page> {
    const page = await run.open(path, { width, height: 900 });
    page.on('dialog', (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.type()} "${dialog.message()}"`);
      void dialog.dismiss();
    });
    await signInAs(page, name);
    return page;
  }

  /** Nothing ran and nothing a payload carries became a live element or attribute. */
  async function expectNothingRan(page: Page, where: string): Promise<void> {
    const found = await page.evaluate(() => {
      const links = [...document.querySelectorAll('a[href]')].filter((link) =>
        /^\s*(javascript|data):/i.test(link.getAttribute('href') ?? ''),
      );
      return {
        flag: (window as unknown as { __xss?: unknown }).__xss,
        handlers: [
          ...document.querySelectorAll('[onerror], [onload], [onmouseover], [onclick]'),
        ].map((element) => element.outerHTML.slice(0, 120)),
        links: links.map((link) => link.outerHTML.slice(0, 120)),
        injected: [
          ...document.querySelectorAll('img[src="x"], iframe[src*="evil"], mglyph, mtext'),
          // The app's own mentions are `<at>` elements too: the payload's says "Everyone".
          ...[...document.querySelectorAll('at')].filter((at) => at.textContent === 'Everyone'),
        ].map((element) => element.outerHTML.slice(0, 120)),
      };
    });
    expect({ where, ...found, dialogs }).toEqual({
      where,
      flag: undefined,
      handlers: [],
      links: [],
      injected: [],
      dialogs: [],
    });
  }

  /** The payload is on the page as the literal text typed. */
  const literal = (page: Page | Locator, text: string) =>
    page.getByText(text, { exact: false }).first().waitFor({ timeout: WAIT_MS });

  it(
    'runs no payload typed into the charter, the side panel and shown by the hub and the summary',
    async () => {
      // 1. The charter: mission, vision and the Executive Sponsor role's name; CX Lead for Dana.
      const hub = await openAs(HUB, 'Dana Kim', 1024);
      await hub.getByRole('button', { name: 'Start from the standard charter' }).click();
      await hub.getByRole('textbox', { name: 'CX mission' }).fill(TEXT.mission);
      await hub.getByRole('textbox', { name: 'CX vision' }).fill(TEXT.vision);
      await hub.getByRole('tab', { name: /^Roles & roster/ }).click();
      await hub
        .getByRole('region', { name: 'Executive Sponsor' })
        .getByRole('textbox', { name: 'Role name' })
        .fill(TEXT.role);
      await literal(hub, TEXT.role);
      const picker = hub.getByRole('region', { name: 'CX Lead' }).getByRole('combobox', {
        name: 'Members',
      });
      await picker.click();
      await picker.pressSequentially('Dana');
      await hub.getByRole('option', { name: /Dana Kim/ }).click();
      await hub.getByRole('button', { name: 'Save charter' }).click();
      await hub.getByText('Charter saved.').waitFor({ timeout: WAIT_MS });
      await expectNothingRan(hub, 'hub, charter typed');
      await hub.context().close();

      // 2. The side panel: the Mission Moment's four prompts, a decision and an action.
      const panel = await openAs(PANEL, PRESENTER, 280);
      await literal(panel, TEXT.mission);
      await panel.getByRole('button', { name: 'Start meeting' }).click();
      const moment = panel.getByRole('form', { name: 'Capture the Mission Moment' });
      await moment.getByLabel('What moment did you witness or deliver?').fill(TEXT.story);
      await moment.getByRole('radio', { name: 'Lived up to it' }).check();
      await moment.getByLabel('Why?').fill(TEXT.why);
      await moment.getByLabel('Is there a person or team to celebrate?').fill(TEXT.celebrate);
      await moment.getByLabel('Is there a lesson or an idea to improve things?').fill(TEXT.lesson);
      await moment.getByRole('button', { name: 'Save Mission Moment' }).click();
      await panel.getByRole('group', { name: 'Captured Mission Moment' }).waitFor();

      const decision = panel.getByRole('form', { name: 'Record a decision' });
      await decision.getByLabel('What was decided?').fill(TEXT.decision);
      await decision.getByLabel('Category').selectOption({ label: 'Resources and budget' });
      await decision.getByRole('button', { name: 'Record decision' }).click();
      const decisions = panel.getByRole('list', { name: 'Decisions in this meeting' });
      await decisions.getByText(TEXT.decision).waitFor({ timeout: WAIT_MS });

      const action = panel.getByRole('form', { name: 'Add an action' });
      await action.getByLabel('What will be done?').fill(TEXT.action);
      await action.getByLabel('Owner').selectOption({ label: 'Marcus Bell' });
      await action.getByRole('button', { name: 'Add action' }).click();
      await panel
        .getByRole('list', { name: 'Actions from this meeting' })
        .getByText(TEXT.action)
        .waitFor({ timeout: WAIT_MS });
      await panel.getByText('All synced').waitFor({ timeout: WAIT_MS });
      await expectNothingRan(panel, 'side panel, captured');

      // Reloaded: everything read back from Graph, shown as text.
      await panel.reload();
      for (const text of [TEXT.mission, TEXT.story, TEXT.decision, TEXT.action]) {
        await literal(panel, text);
      }
      await expectNothingRan(panel, 'side panel, reloaded');
      const summaryHref = await panel
        .getByRole('link', { name: 'Review and publish the summary' })
        .getAttribute('href');
      await panel.context().close();

      // 3. The hub: the charter after a reload, the decision log, Mission Moments and actions.
      const insights = await openAs(HUB, 'Dana Kim', 1024);
      const mission = insights.getByRole('textbox', { name: 'CX mission' });
      await mission.waitFor({ timeout: WAIT_MS });
      await expect(mission.inputValue()).resolves.toBe(TEXT.mission);
      await expect(insights.getByRole('textbox', { name: 'CX vision' }).inputValue()).resolves.toBe(
        TEXT.vision,
      );
      await insights.getByRole('tab', { name: /^Roles & roster/ }).click();
      await literal(insights, TEXT.role);
      await expectNothingRan(insights, 'hub, charter');
      await insights.getByRole('tab', { name: /^Decision log/ }).click();
      await literal(insights, TEXT.decision);
      await expectNothingRan(insights, 'hub, decision log');
      await insights.getByRole('tab', { name: /^Mission Moments/ }).click();
      for (const text of [TEXT.story, TEXT.why, TEXT.celebrate, TEXT.lesson]) {
        await literal(insights, text);
      }
      await expectNothingRan(insights, 'hub, Mission Moments');
      await insights.getByRole('tab', { name: /^Actions/ }).click();
      await literal(insights, TEXT.action);
      await expectNothingRan(insights, 'hub, actions');
      await insights.context().close();

      // 4. The summary's review and the exact chat message, card, mail and tasks it would send.
      const summary = await openAs(`/${summaryHref ?? ''}`, 'Dana Kim', 1024);
      await summary.getByRole('heading', { name: 'Publish' }).waitFor({ timeout: WAIT_MS });
      for (const text of [TEXT.decision, TEXT.action, TEXT.story]) await literal(summary, text);
      await expectNothingRan(summary, 'summary review');
      await literal(summary.getByRole('region', { name: 'Chat preview' }), TEXT.decision);
      await expectNothingRan(summary, 'summary, chat preview');
      await summary.getByRole('radio', { name: 'Adaptive Card' }).check();
      await literal(summary.getByRole('region', { name: 'Chat preview' }), TEXT.decision);
      await expectNothingRan(summary, 'summary, card preview');
      await summary.getByRole('radio', { name: 'Mail' }).check();
      await literal(summary.getByRole('region', { name: 'Mail preview' }), TEXT.decision);
      await expectNothingRan(summary, 'summary, mail preview');
      await summary.getByRole('radio', { name: 'Planner' }).check();
      await literal(summary.getByRole('region', { name: 'Planner preview' }), TEXT.action);
      await expectNothingRan(summary, 'summary, Planner preview');
      await summary.context().close();
    },
    WAIT_MS * 8,
  );
});
