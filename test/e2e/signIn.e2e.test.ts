import { personasOf } from '../../emulator/core/personas';
import { FRAME_ANCESTORS } from '../../scripts/serveApp';
import {
  SETUP_TIMEOUT_MS,
  STEP_TIMEOUT_MS,
  TEAMS_THEMES,
  hasHorizontalScroll,
  saveScreenshot,
  startAppUnderTest,
  type AppUnderTest,
} from './support/browser';
import { cxLeadOf } from './support/personas';

describe('sign-in surface, in Chromium against the emulator', () => {
  let run: AppUnderTest;

  beforeAll(async () => {
    run = await startAppUnderTest();
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await run?.close();
  }, STEP_TIMEOUT_MS);

  const personas = () => personasOf(run.emulator.state());
  const cxLead = () => cxLeadOf(run.emulator);

  it(
    'lists the demo personas with department and time zone, and signs in as the CX lead',
    async () => {
      const page = await run.open('/signIn.html');
      await page.getByRole('combobox', { name: 'Persona' }).click();
      const options = page.getByRole('option');
      await options.first().waitFor();
      const texts = await options.allInnerTexts();
      expect(texts).toHaveLength(personas().length);
      const lead = cxLead();
      const leadOption = page.getByRole('option', { name: new RegExp(lead.displayName) });
      await expect(leadOption.innerText()).resolves.toContain('Customer Experience');
      await expect(leadOption.innerText()).resolves.toContain(String(lead.timeZone));

      await leadOption.click();
      await page.getByRole('button', { name: 'Sign in' }).click();

      await page.getByRole('heading', { name: `Signed in as ${lead.displayName}` }).waitFor();
      await page.reload();
      await page.getByRole('heading', { name: `Signed in as ${lead.displayName}` }).waitFor();
      await page.context().close();
    },
    STEP_TIMEOUT_MS * 2,
  );

  it(
    'says plainly that the emulator does not answer, and recovers on Try again',
    async () => {
      const page = await run.open('/signIn.html', { width: 280 });
      await page
        .context()
        .route(`${run.emulator.url}/**`, (route) => route.abort('connectionrefused'));
      await page.reload();
      await page.getByText(`does not answer at ${run.emulator.url}`).waitFor();
      await saveScreenshot(page, 'signIn-emulator-down-default-280');

      await page.context().unroute(`${run.emulator.url}/**`);
      await page.getByRole('button', { name: 'Try again' }).click();
      await page.getByRole('combobox', { name: 'Persona' }).waitFor();
      await page.context().close();
    },
    STEP_TIMEOUT_MS * 2,
  );

  it.each(TEAMS_THEMES)(
    'fits the 280 px side panel without horizontal scroll in the %s theme',
    async (theme) => {
      const page = await run.open(`/signIn.html?theme=${theme}`);
      await page.getByRole('combobox', { name: 'Persona' }).click();
      const leadOption = page.getByRole('option', { name: new RegExp(cxLead().displayName) });
      await leadOption.waitFor();
      await saveScreenshot(page, `signIn-${theme}-280-personas`);
      await leadOption.click();
      await page
        .getByRole('form', { name: 'Sign in' })
        .getByText('Customer Experience · Pacific Standard Time')
        .waitFor();
      expect(await hasHorizontalScroll(page)).toBe(false);
      await saveScreenshot(page, `signIn-${theme}-280`);
      await page.context().close();
    },
    STEP_TIMEOUT_MS * 2,
  );

  it(
    'shows the side panel at 280 px beside a meeting placeholder on the local meeting page',
    async () => {
      const page = await run.open('/meeting.html?theme=dark', { width: 1280, height: 720 });
      const panel = page.locator('iframe[title="CX Cadence side panel"]');
      const box = await panel.boundingBox();
      expect(box?.width).toBe(280);
      await page.getByText('Meeting in progress').waitFor();
      await page.getByText('to show a meeting of a scheduled cadence').waitFor();
      const frame = page.frameLocator('iframe[title="CX Cadence side panel"]');
      await frame.getByRole('combobox', { name: 'Persona' }).waitFor();
      await saveScreenshot(page, 'meeting-dark-1280');
      await page.context().close();
    },
    STEP_TIMEOUT_MS * 2,
  );

  it('lets Teams frame the app and nothing else', async () => {
    const response = await fetch(`${run.app.url}/signIn.html`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(policy).toContain(`frame-ancestors ${FRAME_ANCESTORS.join(' ')}`);
    expect(FRAME_ANCESTORS).toEqual(
      expect.arrayContaining(['https://teams.microsoft.com', 'https://*.office.com']),
    );
    expect(policy).toContain("script-src 'self'");
  });

  it('serves nothing outside the build', async () => {
    const response = await fetch(`${run.app.url}/..%2f..%2fpackage.json`);
    expect(response.status).toBe(404);
  });
});
