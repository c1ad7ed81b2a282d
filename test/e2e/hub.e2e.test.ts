import type { Page } from 'playwright-core';
import { DEMO_CX_GROUP_ID } from '../../emulator/seed/constants';
import {
  DEFAULT_CATEGORY_IDS,
  DEFAULT_ROLE_IDS,
  createDefaultCharter,
} from '../../src/domain/charter';
import { openCxWorkspace } from '../../src/graph/workspace';
import { TEAM_AGENDA_STORAGE_KEY } from '../../src/ui/outlook/agendaTemplateSource';
import {
  SETUP_TIMEOUT_MS,
  STEP_TIMEOUT_MS,
  TEAMS_THEMES,
  elementsPastRightEdge,
  hasHorizontalScroll,
  saveScreenshot,
  startAppUnderTest,
  type AppUnderTest,
} from './support/browser';
import { seriousAxeViolations } from './support/axe';
import { cxLeadOf, graphAs, openSignedIn } from './support/personas';

const HUB = `/hub.html?groupId=${DEMO_CX_GROUP_ID}`;
const NEW_MISSION =
  'Every department fixes what makes customers work hard, and we learn from every interaction.';
const MISSION_MISSING = 'Give the CX mission in one or two sentences (at most 500 characters)';

describe('CX hub governance, in Chromium against the emulator', () => {
  let run: AppUnderTest;

  beforeAll(async () => {
    run = await startAppUnderTest();
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await run?.close();
  }, STEP_TIMEOUT_MS);

  const cxLead = () => cxLeadOf(run.emulator);

  /** The CX Council's records, opened through Graph as the CX lead. */
  async function councilRecords() {
    const client = await graphAs(run.emulator, cxLead().userPrincipalName);
    return openCxWorkspace({ client, groupId: DEMO_CX_GROUP_ID });
  }

  const tab = (page: Page, name: string) => page.getByRole('tab', { name: new RegExp(`^${name}`) });

  it(
    'lets the CX lead start from the standard charter, edit mission, roster and rights, save, and find it all after a reload',
    async () => {
      const page = await openSignedIn(run, HUB, cxLead().displayName, {
        width: 1024,
        height: 900,
      });
      await page.getByRole('heading', { name: 'This team has no charter yet' }).waitFor();
      await page.getByRole('button', { name: 'Start from the standard charter' }).click();

      // A bad input: the field says what is wrong, everything else stays as entered.
      const mission = page.getByRole('textbox', { name: 'CX mission' });
      const vision = page.getByRole('textbox', { name: 'CX vision' });
      const visionBefore = await vision.inputValue();
      await mission.fill('');
      await page.getByRole('button', { name: 'Save charter' }).click();
      await page.getByText(MISSION_MISSING).waitFor();
      await page.getByText('The charter was not saved').waitFor();
      await expect(tab(page, 'Charter').innerText()).resolves.toContain('1 to fix');
      await expect(vision.inputValue()).resolves.toBe(visionBefore);
      await saveScreenshot(page, 'hub-charter-invalid-default-1024');
      await mission.fill(NEW_MISSION);
      await page.getByText(MISSION_MISSING).waitFor({ state: 'detached' });

      // The roster: Dana joins the CX Lead role through the people picker.
      await tab(page, 'Roles & roster').click();
      const cxLeadRole = page.getByRole('region', { name: 'CX Lead' });
      const picker = cxLeadRole.getByRole('combobox', { name: 'Members' });
      await picker.click();
      await picker.pressSequentially('Dana');
      await saveScreenshot(page, 'hub-roster-picker-default-1024');
      await page.getByRole('option', { name: new RegExp(cxLead().displayName) }).click();
      const chosenLead = (region: typeof cxLeadRole) =>
        region
          .getByRole('listbox', { name: 'Chosen members' })
          .getByRole('option', { name: `${cxLead().displayName}: remove` });
      await chosenLead(cxLeadRole).waitFor();

      // The matrix: the Marketing champion is only informed of CX priorities now.
      await tab(page, 'Decision rights').click();
      const marketingPriorities = page.getByRole('combobox', {
        name: 'Marketing champion: right in CX priorities',
      });
      await expect(marketingPriorities.inputValue()).resolves.toBe('contributor');
      await marketingPriorities.selectOption('informed');

      await page.getByRole('button', { name: 'Save charter' }).click();
      await page.getByText('Charter saved.').waitFor();
      await expect(seriousAxeViolations(page)).resolves.toEqual([]);

      await page.reload();
      await page.getByRole('textbox', { name: 'CX mission' }).waitFor();
      await expect(page.getByRole('textbox', { name: 'CX mission' }).inputValue()).resolves.toBe(
        NEW_MISSION,
      );
      await tab(page, 'Roles & roster').click();
      await chosenLead(page.getByRole('region', { name: 'CX Lead' })).waitFor();
      await tab(page, 'Decision rights').click();
      await expect(
        page
          .getByRole('combobox', { name: 'Marketing champion: right in CX priorities' })
          .inputValue(),
      ).resolves.toBe('informed');

      // The Outlook command's agenda now carries the team's mission.
      const stored = await page.evaluate(
        (key) => localStorage.getItem(key),
        TEAM_AGENDA_STORAGE_KEY,
      );
      expect(JSON.parse(stored ?? '{}')).toMatchObject({ version: 1, mission: NEW_MISSION });
      await page.context().close();

      // What Graph holds: the charter list item and one roster item per role.
      const workspace = await councilRecords();
      const charter = await workspace.charter.read();
      expect(charter?.value.mission).toBe(NEW_MISSION);
      expect(
        charter?.value.decisionRights[DEFAULT_CATEGORY_IDS.cxPriorities]?.[
          DEFAULT_ROLE_IDS.marketing
        ],
      ).toBe('informed');
      const roster = await workspace.roster.list();
      expect(roster.records).toHaveLength(charter?.value.roles.length ?? -1);
      const leadRole = roster.records.find((record) => record.value.id === DEFAULT_ROLE_IDS.cxLead);
      expect(leadRole?.value.memberIds).toEqual([cxLead().id]);
    },
    STEP_TIMEOUT_MS * 6,
  );

  describe.each(TEAMS_THEMES)('in the %s theme', (theme) => {
    it.each([280, 1024])(
      'shows every governance section at %i px without horizontal scroll or serious axe violations',
      async (width) => {
        // The story above saves the charter; run alone, these tests store the standard one.
        const records = await councilRecords();
        if ((await records.charter.read()) === undefined) {
          await records.charter.create(createDefaultCharter());
        }
        const page = await openSignedIn(run, `${HUB}&theme=${theme}`, cxLead().displayName, {
          width,
          height: 800,
        });
        await page.getByRole('textbox', { name: 'CX mission' }).waitFor();
        for (const [name, part] of [
          ['Charter', 'charter'],
          ['Roles & roster', 'roster'],
          ['Decision rights', 'rights'],
        ] as const) {
          await tab(page, name).click();
          await page.getByRole('button', { name: 'Save charter' }).waitFor();
          await saveScreenshot(page, `hub-${part}-${theme}-${width}`);
          const scrollsSideways = await hasHorizontalScroll(page);
          if (scrollsSideways) {
            await expect(elementsPastRightEdge(page)).resolves.toEqual([]);
          }
          expect(scrollsSideways).toBe(false);
          await expect(seriousAxeViolations(page)).resolves.toEqual([]);
        }
        await page.context().close();
      },
      STEP_TIMEOUT_MS * 4,
    );
  });
});
