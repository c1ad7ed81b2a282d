import { DEMO_CX_GROUP_ID, DEMO_CX_GROUP_NAME } from '../../emulator/seed/constants';
import {
  SETUP_TIMEOUT_MS,
  STEP_TIMEOUT_MS,
  TEAMS_THEMES,
  hasHorizontalScroll,
  saveScreenshot,
  startAppUnderTest,
  type AppUnderTest,
} from './support/browser';
import { cxLeadOf, signInAs } from './support/personas';

describe('configuration page, standalone in Chromium against the emulator', () => {
  let run: AppUnderTest;

  beforeAll(async () => {
    run = await startAppUnderTest();
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await run?.close();
  }, STEP_TIMEOUT_MS);

  const cxLead = () => cxLeadOf(run.emulator);

  it.each(TEAMS_THEMES)(
    'signs in as the CX lead, offers the CX Council and shows what would be saved (%s, 280 px)',
    async (theme) => {
      const page = await run.open(`/configure.html?theme=${theme}`, { height: 900 });
      await signInAs(page, cxLead().displayName);
      await page.getByText("Teams' tab setup page").waitFor();

      await page.getByRole('combobox', { name: 'CX team' }).click();
      await page.getByRole('option', { name: DEMO_CX_GROUP_NAME }).click();
      const saved = page.getByRole('region', { name: 'What would be saved' });
      await saved.getByText(`cx-cadence:${DEMO_CX_GROUP_ID}`).waitFor();
      await expect(saved.innerText()).resolves.toContain(
        `/hub.html?groupId=${DEMO_CX_GROUP_ID}&theme={theme}`,
      );
      expect(await hasHorizontalScroll(page)).toBe(false);
      await saveScreenshot(page, `configure-${theme}-280`);
      await page.context().close();
    },
    STEP_TIMEOUT_MS * 2,
  );
});
