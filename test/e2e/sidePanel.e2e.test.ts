import { DEMO_CX_GROUP_ID, DEMO_CX_LEAD_UPN } from '../../emulator/seed/constants';
import { meetingIdOf } from '../../src/domain/records';
import { occurrenceId } from '../../src/domain/ids';
import type { CxWorkspace } from '../../src/graph/workspace';
import {
  COUNCIL_CADENCE_ID,
  FIRST_MEETING,
  MISSION,
  seedCouncil,
} from '../graph/meetingPanel/fixtures';
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
import { graphAs, openSignedIn, signInAs } from './support/personas';

/** Sam tells the first meeting's Mission Moment (first in the council's rotation). */
const PRESENTER = 'Sam Taylor';
const MEETING_ID = meetingIdOf(COUNCIL_CADENCE_ID, occurrenceId(FIRST_MEETING));
const PANEL_QUERY = `groupId=${DEMO_CX_GROUP_ID}&cadenceId=${COUNCIL_CADENCE_ID}&occurrence=${encodeURIComponent(FIRST_MEETING)}`;

describe('meeting side panel, in Chromium against the emulator', () => {
  let run: AppUnderTest;
  let records: CxWorkspace;

  beforeAll(async () => {
    run = await startAppUnderTest();
    const lead = await graphAs(run.emulator, DEMO_CX_LEAD_UPN);
    records = await seedCouncil(lead);
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await run?.close();
  }, STEP_TIMEOUT_MS);

  it(
    'lets the presenter run the meeting and capture everything, offline included, each entry synced once',
    async () => {
      const page = await openSignedIn(
        run,
        `/sidePanel.html?${PANEL_QUERY}&theme=default`,
        PRESENTER,
        { height: 900 },
      );

      // The mission and the agenda with its time boxes; this meeting's presenter.
      await page.getByText(MISSION).waitFor();
      await page.getByText(`Mission Moment — told by ${PRESENTER}`).waitFor();
      await page.getByText('Told by Sam Taylor (you)').waitFor();
      await page.getByText('0:00–0:05 · 5 min').waitFor();

      // The timer: start, then the current item and the next-item button.
      await page.getByRole('button', { name: 'Start meeting' }).click();
      await page.getByRole('status').filter({ hasText: 'Now: Mission Moment' }).waitFor();
      await page.getByRole('button', { name: 'Next item' }).waitFor();

      // The Mission Moment, with the four prompts.
      const moment = page.getByRole('form', { name: 'Capture the Mission Moment' });
      await moment
        .getByLabel('What moment did you witness or deliver?')
        .fill('A customer’s refund arrived the same day because service and finance talked first.');
      await moment.getByRole('radio', { name: 'Lived up to it' }).check();
      await moment.getByLabel('Why?').fill('We kept the promise we made on the phone.');
      await moment.getByLabel('Is there a person or team to celebrate?').fill('Finance operations');
      await moment
        .getByLabel('Is there a lesson or an idea to improve things?')
        .fill('Invite finance to the weekly service huddle.');
      await moment.getByRole('button', { name: 'Save Mission Moment' }).click();
      await page.getByRole('group', { name: 'Captured Mission Moment' }).waitFor();

      // A decision whose approver (Sam, marketing champion) lacks the Approver right.
      const decision = page.getByRole('form', { name: 'Record a decision' });
      await decision.getByLabel('What was decided?').fill('Fund a same-day refund pilot');
      await decision.getByLabel('Category').selectOption({ label: 'Resources and budget' });
      await decision
        .getByText('Will be recorded as: Pending approval by Executive Sponsor')
        .waitFor();
      await decision.getByRole('button', { name: 'Record decision' }).click();
      const decisions = page.getByRole('list', { name: 'Decisions in this meeting' });
      await decisions
        .getByText('Resources and budget · Pending approval by Executive Sponsor')
        .waitFor();

      // Two actions.
      const action = page.getByRole('form', { name: 'Add an action' });
      for (const [title, owner] of [
        ['Draft the refund pilot plan', 'Marcus Bell'],
        ['Share the Mission Moment with finance', 'Dana Kim'],
      ] as const) {
        await action.getByLabel('What will be done?').fill(title);
        await action.getByLabel('Owner').selectOption({ label: owner });
        await action.getByRole('button', { name: 'Add action' }).click();
        await page
          .getByRole('list', { name: 'Actions from this meeting' })
          .getByText(title)
          .waitFor();
      }
      await page.getByText('All synced').waitFor();
      expect(await hasHorizontalScroll(page)).toBe(false);
      await saveScreenshot(page, 'sidePanel-captured-default-280');

      // Offline: the decision is kept on the device and says so.
      await page.context().setOffline(true);
      await decision
        .getByLabel('What was decided?')
        .fill('Defer the loyalty survey to next quarter');
      await decision.getByLabel('Category').selectOption({ label: 'Measurement' });
      await decision.getByRole('button', { name: 'Record decision' }).click();
      await page.getByText('Offline — will sync when Graph answers').waitFor();
      await page.getByText('Saved on this device · 1 waiting to sync').waitFor();
      await saveScreenshot(page, 'sidePanel-offline-default-280');

      // Reloaded while Graph is unreachable (the app's own pages still load): still there, unsynced.
      const emulatorOrigin = new URL(run.emulator.url).origin;
      await page
        .context()
        .route(`${emulatorOrigin}/**`, (route) => route.abort('internetdisconnected'));
      await page.context().setOffline(false);
      await page.reload();
      await page.getByText('Showing the meeting as this device last loaded it').waitFor();
      await page.getByText('Defer the loyalty survey to next quarter').waitFor();
      await page.getByText('Offline — will sync when Graph answers').waitFor();
      await saveScreenshot(page, 'sidePanel-reloaded-offline-default-280');

      // Back online: the outbox syncs.
      await page.context().unroute(`${emulatorOrigin}/**`);
      await page.context().setOffline(true);
      await page.context().setOffline(false);
      await page.getByText('All synced').waitFor();
      await page.context().close();

      // The team's records hold every entry exactly once, linked to the meeting.
      const decisionsStored = (await records.decisions.forMeeting(MEETING_ID)).records;
      const actionsStored = (await records.actions.forMeeting(MEETING_ID)).records;
      const momentsStored = (await records.missionMoments.forMeeting(MEETING_ID)).records;
      expect(decisionsStored.map((r) => r.value.statement).sort()).toEqual([
        'Defer the loyalty survey to next quarter',
        'Fund a same-day refund pilot',
      ]);
      expect(
        decisionsStored.find((r) => r.value.categoryId === 'resources-budget')?.value,
      ).toMatchObject({
        status: 'pendingApproval',
        pendingApprovalBy: ['executive-sponsor'],
      });
      expect(actionsStored.map((r) => r.value.title).sort()).toEqual([
        'Draft the refund pilot plan',
        'Share the Mission Moment with finance',
      ]);
      expect(momentsStored).toHaveLength(1);
      expect(momentsStored[0]?.value).toMatchObject({
        livedUpToMission: true,
        celebrate: 'Finance operations',
      });
      const meeting = (await records.meetings.read(MEETING_ID))?.value.record;
      expect(meeting?.decisionIds).toHaveLength(2);
      expect(meeting?.actionIds).toHaveLength(2);
      expect(meeting?.missionMomentId).toBe(momentsStored[0]?.value.id);
    },
    STEP_TIMEOUT_MS * 6,
  );

  it(
    'keeps a decision recorded offline before anything was synced, and syncs it once when back',
    async () => {
      const page = await openSignedIn(
        run,
        `/sidePanel.html?${PANEL_QUERY}&theme=default`,
        PRESENTER,
        { height: 900 },
      );
      const decision = page.getByRole('form', { name: 'Record a decision' });
      await decision.getByLabel('What was decided?').waitFor();

      // Nothing synced on this page yet, so its sync code has not been fetched either.
      await page.context().setOffline(true);
      await decision.getByLabel('What was decided?').fill('Pilot a callback promise');
      await decision.getByLabel('Category').selectOption({ label: 'Measurement' });
      await decision.getByRole('button', { name: 'Record decision' }).click();
      await page.getByText('Offline — will sync when Graph answers').waitFor();
      await page.getByText('Saved on this device · 1 waiting to sync').waitFor();

      await page.context().setOffline(false);
      await page.getByText('All synced').waitFor();
      await page.context().close();
      const stored = (await records.decisions.forMeeting(MEETING_ID)).records.filter(
        (record) => record.value.statement === 'Pilot a callback promise',
      );
      expect(stored).toHaveLength(1);
    },
    STEP_TIMEOUT_MS * 3,
  );

  it.each(TEAMS_THEMES)(
    'fits 280 px with no horizontal scroll and no serious axe violation (%s)',
    async (theme) => {
      const page = await openSignedIn(
        run,
        `/sidePanel.html?${PANEL_QUERY}&theme=${theme}`,
        'Dana Kim',
        { height: 900 },
      );
      await page.getByText(MISSION).waitFor();
      await page.getByRole('heading', { name: 'Actions' }).waitFor();
      await page.getByRole('button', { name: 'Start meeting' }).click();
      await saveScreenshot(page, `sidePanel-meeting-${theme}-280`);
      expect(await elementsPastRightEdge(page)).toEqual([]);
      expect(await hasHorizontalScroll(page)).toBe(false);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.context().close();
    },
    STEP_TIMEOUT_MS * 2,
  );

  it(
    'shows the panel beside the meeting on the local meeting page',
    async () => {
      const page = await run.open(`/meeting.html?${PANEL_QUERY}&theme=dark`, {
        width: 1280,
        height: 800,
      });
      const frame = page.frameLocator('iframe[title="CX Cadence side panel"]');
      await signInAs(frame, 'Amara Okafor');
      await frame.getByText(MISSION).waitFor();
      await saveScreenshot(page, 'sidePanel-meeting-page-dark-1280');
      await page.context().close();
    },
    STEP_TIMEOUT_MS * 2,
  );
});
