import type { Page } from 'playwright-core';
import { DEMO_CX_GROUP_ID, DEMO_CX_LEAD_UPN } from '../../emulator/seed/constants';
import { openCxWorkspace } from '../../src/graph/workspace';
import { SEEDED, seedTeamInsights } from '../graph/insights/seedInsights';
import {
  SETUP_TIMEOUT_MS,
  STEP_TIMEOUT_MS,
  TEAMS_THEMES,
  startAppUnderTest,
  type AppUnderTest,
} from './support/browser';
import { expectUsable } from './support/axe';
import { cxLeadOf, graphAs, openSignedIn } from './support/personas';

/**
 * The hub's insight tabs ("Decision log", "Mission Moments", "Actions", "Health") over records
 * written through the real repositories and Planner flows: the CX lead finds the pending approval
 * first, the lived and missed stories, the overdue action first with Planner's statuses, and the
 * health charts with their numbers.
 */
const HUB = `/hub.html?groupId=${DEMO_CX_GROUP_ID}`;
const TABS = {
  decisions: 'Decision log',
  moments: 'Mission Moments',
  actions: 'Actions',
  health: 'Health',
} as const;

describe('CX hub insights, in Chromium against the emulator', () => {
  let run: AppUnderTest;

  beforeAll(async () => {
    run = await startAppUnderTest();
    const client = await graphAs(run.emulator, DEMO_CX_LEAD_UPN);
    const workspace = await openCxWorkspace({ client, groupId: DEMO_CX_GROUP_ID });
    await seedTeamInsights(workspace, { now: new Date() });
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await run?.close();
  }, STEP_TIMEOUT_MS);

  const cxLead = () => cxLeadOf(run.emulator);

  const openHub = (theme: string, width: number): Promise<Page> =>
    openSignedIn(run, `${HUB}&theme=${theme}`, cxLead().displayName, { width, height: 900 });

  async function openTab(page: Page, name: string): Promise<void> {
    await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  }

  it.each(TEAMS_THEMES)(
    'shows the decision log, library, tracker and health to the CX lead (%s, 280 px)',
    async (theme) => {
      const page = await openHub(theme, 280);

      await openTab(page, TABS.decisions);
      const decisions = page.getByRole('list', { name: 'Decisions' });
      await decisions.getByRole('listitem').first().waitFor();
      await expect(decisions.getByRole('heading').allInnerTexts()).resolves.toEqual([
        SEEDED.pendingStatement,
        SEEDED.ritualStatement,
        SEEDED.approvedStatement,
      ]);
      await decisions.getByText('Pending approval by Executive Sponsor').waitFor();
      await expectUsable(page, `hubInsights-decisions-${theme}-280`);
      await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Approved' });
      await page.getByText('Showing 2 of 3 decisions; 1 pending approval.').waitFor();

      await openTab(page, TABS.moments);
      const moments = page.getByRole('list', { name: 'Mission Moments' });
      await moments.getByText(SEEDED.missedStory).waitFor();
      await moments.getByText(SEEDED.livedStory).waitFor();
      await expectUsable(page, `hubInsights-moments-${theme}-280`);
      await page.getByRole('radio', { name: 'Lessons: missed' }).check();
      await expect(moments.getByRole('listitem').count()).resolves.toBe(1);
      await moments.getByText('Every hand-off names one owner and a date.').waitFor();

      await openTab(page, TABS.actions);
      const actions = page.getByRole('list', { name: 'Actions' });
      await actions.getByRole('listitem').first().waitFor();
      await expect(actions.getByRole('heading').allInnerTexts()).resolves.toEqual([
        SEEDED.overdueAction,
        SEEDED.laterAction,
        SEEDED.completedAction,
      ]);
      await actions.getByText('Overdue by 10 days').waitFor();
      await actions.getByText('Completed').waitFor();
      await actions.getByText('In progress').waitFor();
      await expectUsable(page, `hubInsights-actions-${theme}-280`);

      await openTab(page, TABS.health);
      await page
        .getByText('2 of 3 planned meetings held (67%); 0 cancelled, 1 not recorded.')
        .waitFor();
      await page.getByText(/^1 of 2 Mission Moments lived up to our CX mission/).waitFor();
      await page.getByText(/^1 of 3 actions completed \(33%\); 1 overdue/).waitFor();
      await page.getByText(/^Lowest attendance: Sales, 0 of 2 \(0%\)/).waitFor();
      const tables = page.locator('table caption');
      await expect(tables.count()).resolves.toBe(6);
      await page.locator('svg').first().waitFor();
      await page.getByText('Drawing the chart…').first().waitFor({ state: 'detached' });
      await expectUsable(page, `hubInsights-health-${theme}-280`);
      await page.context().close();
    },
    STEP_TIMEOUT_MS * 4,
  );

  it(
    'shows tables and the charts side by side in a full Teams tab',
    async () => {
      const page = await openHub('default', 1280);
      await openTab(page, TABS.decisions);
      const table = page.getByRole('table', { name: 'Decisions' });
      await table.getByRole('row').nth(1).waitFor();
      await expect(table.getByRole('row').nth(1).innerText()).resolves.toContain(
        'Pending approval by Executive Sponsor',
      );
      await expectUsable(page, 'hubInsights-decisions-default-wide');
      await openTab(page, TABS.actions);
      await page.getByRole('table', { name: 'Actions' }).waitFor();
      await expectUsable(page, 'hubInsights-actions-default-wide');
      await openTab(page, TABS.health);
      await page.locator('svg').first().waitFor();
      await page.getByText('Drawing the chart…').first().waitFor({ state: 'detached' });
      await expectUsable(page, 'hubInsights-health-default-wide');
      await page.context().close();
    },
    STEP_TIMEOUT_MS * 3,
  );
});
