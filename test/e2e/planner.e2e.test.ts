import type { Page } from 'playwright-core';
import {
  DEMO_CX_CADENCE_APP_EXTERNAL_ID,
  DEMO_CX_GROUP_ID,
  DEMO_CX_LEAD_UPN,
} from '../../emulator/seed/constants';
import { openCxWorkspace } from '../../src/graph/workspace';
import {
  SETUP_TIMEOUT_MS,
  STEP_TIMEOUT_MS,
  TEAMS_THEMES,
  hasHorizontalScroll,
  saveScreenshot,
  startAppUnderTest,
  type AppUnderTest,
} from './support/browser';
import { seriousAxeViolations } from './support/axe';
import { cxLeadOf, graphAs, openSignedIn } from './support/personas';

const PLANNER = `/planner.html?groupId=${DEMO_CX_GROUP_ID}`;
const TITLE = 'CX Council';
const WIDE = 1024;
/** Scheduling a year of meetings runs six Graph round trips; the browser adds its own time. */
const SCHEDULE_TIMEOUT_MS = 60_000;

interface ChatItem {
  readonly teamsApp?: { readonly externalId?: string };
}

describe('cadence planner, in Chromium against the emulator', () => {
  let run: AppUnderTest;

  beforeAll(async () => {
    run = await startAppUnderTest();
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await run?.close();
  }, STEP_TIMEOUT_MS);

  const cxLead = () => cxLeadOf(run.emulator);

  /** The planner, signed in as the CX lead, once it shows its meetings. */
  async function openPlanner(
    query: string,
    size: { width: number; height?: number },
  ): Promise<Page> {
    const page = await openSignedIn(run, `${PLANNER}${query}`, cxLead().displayName, size);
    await page.getByRole('heading', { name: /meetings$/ }).waitFor();
    return page;
  }

  const presenters = (page: Page) =>
    page
      .getByRole('list', { name: 'Meetings and their presenters' })
      .getByRole('listitem')
      .evaluateAll((items) =>
        items.map((item) => item.querySelector('p, span')?.textContent ?? ''),
      );

  it(
    'says exactly what is wrong with an unknown time zone or no members, and keeps the rest of the form',
    async () => {
      const page = await openPlanner('', { width: WIDE, height: 900 });
      const timeZone = page.getByRole('combobox', { name: 'Time zone' });
      await timeZone.fill('Mars/Olympus_Mons');
      await page.getByRole('textbox', { name: 'Title' }).fill('Steering committee');
      await page.getByRole('button', { name: 'Find the best time' }).click();
      await page
        .getByText('"Mars/Olympus_Mons" is not a time zone we recognise', { exact: false })
        .waitFor();
      await expect(page.getByRole('textbox', { name: 'Title' }).inputValue()).resolves.toBe(
        'Steering committee',
      );
      await timeZone.fill('America/Los_Angeles');
      await page.getByRole('button', { name: 'Remove everyone' }).click();
      await page.getByRole('button', { name: 'Schedule' }).click();
      await page.getByText('Choose the team members to invite').waitFor();
      await expect(timeZone.inputValue()).resolves.toBe('America/Los_Angeles');
      await saveScreenshot(page, 'planner-bad-input-default-1024');
      await page.context().close();
    },
    STEP_TIMEOUT_MS * 2,
  );

  it(
    'plans 12 people every two weeks, finds the best time, schedules the series with its rota and side panel, and swaps two presenters',
    async () => {
      const page = await openPlanner('', { width: WIDE, height: 900 });
      await page.getByRole('textbox', { name: 'Title' }).fill(TITLE);
      await page.getByRole('combobox', { name: 'Time zone' }).fill('America/Los_Angeles');
      await expect(page.getByRole('combobox', { name: 'How often' }).inputValue()).resolves.toBe(
        'everyNWeeks',
      );
      await expect(
        page.getByRole('spinbutton', { name: 'Weeks between meetings' }).inputValue(),
      ).resolves.toBe('2');
      // The whole CX Council (11) is invited by default; Noah comes from elsewhere in Contoso.
      const picker = page.getByRole('combobox', { name: 'Add a team member' });
      await picker.click();
      await picker.fill('Noah');
      await page.getByRole('option', { name: /Noah Fischer/ }).click();
      await page.getByText('12 chosen').waitFor();

      await page.getByRole('button', { name: 'Find the best time' }).click();
      const slots = page.getByRole('list', { name: 'Ranked start times, best first' });
      await slots.waitFor({ timeout: SCHEDULE_TIMEOUT_MS });
      await expect(slots.getByRole('listitem').count()).resolves.toBeGreaterThan(1);
      await slots.getByRole('button', { name: /^Use / }).first().click();
      await page.getByText('(chosen)').waitFor();
      await page.getByText('A preview of who tells the Mission Moment').waitFor();

      await page.getByRole('button', { name: 'Schedule' }).click();
      await page.getByText('Meeting series created').waitFor({ timeout: SCHEDULE_TIMEOUT_MS });
      await page.getByText('The CX Cadence side panel was added to the meeting chat.').waitFor();
      const rota = page.getByRole('list', { name: 'Meetings and their presenters' });
      const link = rota.getByRole('link', { name: /^Open meeting of/ }).first();
      await expect(link.getAttribute('href')).resolves.toMatch(
        new RegExp(`^/meeting\\.html\\?groupId=${DEMO_CX_GROUP_ID}&cadenceId=[^&]+&occurrence=`),
      );
      await saveScreenshot(page, 'planner-scheduled-default-1024');

      const before = await presenters(page);
      const checkboxes = rota.getByRole('checkbox');
      await checkboxes.nth(0).check();
      await checkboxes.nth(1).check();
      await page.getByRole('button', { name: /^Swap presenters of / }).click();
      await page.getByText(/Meeting series (updated|already up to date)/).waitFor({
        timeout: SCHEDULE_TIMEOUT_MS,
      });
      const after = await presenters(page);
      const nameIn = (row: string | undefined) => row?.split(': ')[1];
      expect(nameIn(after[0])).toBe(nameIn(before[1]));
      expect(nameIn(after[1])).toBe(nameIn(before[0]));
      await page.getByText('Chosen by hand').first().waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.context().close();

      // The emulator holds one series, the side panel tab in its chat, and the cadence's list item.
      const graph = await graphAs(run.emulator, DEMO_CX_LEAD_UPN);
      const events = await graph.request<{
        value: { id: string; subject: string; type: string; onlineMeeting?: { joinUrl: string } }[];
      }>({ method: 'GET', url: '/me/events?$top=999&$select=id,subject,type,onlineMeeting' });
      const series = events.value.filter(
        (event) => event.subject === TITLE && event.type === 'seriesMaster',
      );
      expect(series).toHaveLength(1);
      const joinUrl = series[0]?.onlineMeeting?.joinUrl ?? '';
      const meetings = await graph.request<{ value: { chatInfo: { threadId: string } }[] }>({
        method: 'GET',
        url: `/me/onlineMeetings?$filter=${encodeURIComponent(`JoinWebUrl eq '${joinUrl}'`)}`,
      });
      const chat = encodeURIComponent(meetings.value[0]?.chatInfo.threadId ?? '');
      const tabs = await graph.request<{ value: ChatItem[] }>({
        method: 'GET',
        url: `/chats/${chat}/tabs?$expand=teamsApp`,
      });
      expect(
        tabs.value.filter((tab) => tab.teamsApp?.externalId === DEMO_CX_CADENCE_APP_EXTERNAL_ID),
      ).toHaveLength(1);
      const workspace = await openCxWorkspace({ client: graph, groupId: DEMO_CX_GROUP_ID });
      const cadences = (await workspace.cadences.list()).records;
      expect(cadences).toHaveLength(1);
      expect(cadences[0]?.value.seriesId).toBe(series[0]?.id);
      expect(cadences[0]?.value.cadence.attendeeIds).toHaveLength(12);
      expect(cadences[0]?.value.cadence.rotation.overrides).toHaveLength(2);
    },
    SCHEDULE_TIMEOUT_MS * 3,
  );

  it.each(TEAMS_THEMES)(
    'opens the scheduled cadence with its rota at 280 px and full width without horizontal scroll or serious axe violations (%s)',
    async (theme) => {
      for (const width of [280, WIDE]) {
        const page = await openPlanner(`&theme=${theme}`, { width, height: 900 });
        await page.getByText('Each invitation names its presenter', { exact: false }).waitFor({
          timeout: SCHEDULE_TIMEOUT_MS,
        });
        await page.getByRole('heading', { name: 'Reschedule the meetings' }).waitFor();
        expect(await hasHorizontalScroll(page)).toBe(false);
        expect(await seriousAxeViolations(page)).toEqual([]);
        await saveScreenshot(page, `planner-rota-${theme}-${width}`);
        await page.context().close();
      }
    },
    SCHEDULE_TIMEOUT_MS * 2,
  );
});
