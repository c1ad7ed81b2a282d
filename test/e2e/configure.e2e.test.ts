import { DEMO_CX_GROUP_ID, DEMO_CX_GROUP_NAME } from '../../emulator/seed/constants';
import { personasOf } from '../../emulator/core/personas';
import {
  SETUP_TIMEOUT_MS,
  STEP_TIMEOUT_MS,
  TEAMS_THEMES,
  hasHorizontalScroll,
  saveScreenshot,
  startAppUnderTest,
  type AppUnderTest,
} from './support/browser';

describe('configuration page, standalone in Chromium against the emulator', () => {
  let run: AppUnderTest;

  beforeAll(async () => {
    run = await startAppUnderTest();
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await run?.close();
  }, STEP_TIMEOUT_MS);

  const cxLead = () => {
    const lead = personasOf(run.emulator.state()).find(
      (persona) => persona.department === 'Customer Experience',
    );
    if (!lead) throw new Error('The demo tenant has no CX lead (department Customer Experience).');
    return lead;
  };

  it.each(TEAMS_THEMES)(
    'signs in as the CX lead, offers the CX Council and shows what would be saved (%s, 280 px)',
    async (theme) => {
      const page = await run.open(`/configure.html?theme=${theme}`, { height: 900 });
      await page.getByRole('combobox', { name: 'Persona' }).click();
      await page.getByRole('option', { name: new RegExp(cxLead().displayName) }).click();
      await page.getByRole('button', { name: 'Sign in' }).click();
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
