/**
 * Drill (issue 7): two browser sessions capture decisions and edit the same action at the same
 * time. No update is lost, and the conflict is shown to the second writer, never overwritten
 * silently.
 *
 * - Capture: Dana and Sam open the side panel of the same meeting (which has no meeting record
 *   yet) and record a decision each, both clicks fired together. Both panels reach "All synced";
 *   Graph holds both decisions, and the meeting record links both (its `decisionIds` are written
 *   with If-Match, so neither write drops the other's).
 * - Edit: both open the hub's action tracker (1024 px) and change the same action's status.
 *   Dana's save lands first; Sam's, made on the same read, is refused by Planner (412) and Sam is
 *   told who won and with what, keeping his choice. Planner holds Dana's value until Sam chooses
 *   "Save mine again". Then Dana, now behind, is refused in turn and chooses "Use theirs".
 */
import type { Page } from 'playwright-core';
import { DEMO_CX_GROUP_ID, DEMO_CX_LEAD_UPN } from '../../../emulator/seed/constants';
import { cadenceOccurrences } from '../../../src/domain/cadence';
import { meetingIdOf } from '../../../src/domain/records';
import type { ActionStatus } from '../../../src/domain/records';
import type { GraphClient } from '../../../src/graph/client';
import { findTeamPlan, readActionTasks } from '../../../src/graph/planner';
import { openCxWorkspace } from '../../../src/graph/workspace';
import type { CxWorkspace } from '../../../src/graph/workspace';
import { SEEDED, SEED_ZONE, seedTeamInsights } from '../../graph/insights/seedInsights';
import type { SeededTeam } from '../../graph/insights/seedInsights';
import {
  SETUP_TIMEOUT_MS,
  STEP_TIMEOUT_MS,
  saveScreenshot,
  startAppUnderTest,
  type AppUnderTest,
} from '../support/browser';
import { seriousAxeViolations } from '../support/axe';
import { graphAs, openSignedIn } from '../support/personas';

const DANA = 'Dana Kim';
const SAM = 'Sam Taylor';
const DANA_DECISION = 'Call back every customer who waited over ten minutes';
const SAM_DECISION = 'Measure repeat contacts weekly in the council';
/** Waits on Graph writes and sync: generous on 2 shared cores. */
const WAIT_MS = 60_000;
const ACTION = SEEDED.overdueAction;

describe('drill: two browser sessions at the same time', () => {
  let run: AppUnderTest;
  let lead: GraphClient;
  let workspace: CxWorkspace;
  let seeded: SeededTeam;

  beforeAll(async () => {
    run = await startAppUnderTest();
    lead = await graphAs(run.emulator, DEMO_CX_LEAD_UPN);
    workspace = await openCxWorkspace({ client: lead, groupId: DEMO_CX_GROUP_ID });
    seeded = await seedTeamInsights(workspace, { now: new Date() });
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await run?.close();
  }, STEP_TIMEOUT_MS);

  it(
    'records both decisions captured at once, and links both to the meeting record',
    async () => {
      // The third meeting has no record yet: both sessions create and update it at once.
      const occurrence = cadenceOccurrences(seeded.cadence)[2];
      if (!occurrence) throw new Error('The seeded cadence has fewer than three meetings');
      const meetingId = meetingIdOf(seeded.cadence.id, occurrence.id);
      expect(await workspace.meetings.read(meetingId)).toBeUndefined();
      const panelPath = `/sidePanel.html?groupId=${DEMO_CX_GROUP_ID}&cadenceId=${seeded.cadence.id}&occurrence=${encodeURIComponent(occurrence.id)}`;

      const panels = [
        {
          page: await openSignedIn(run, panelPath, DANA, { width: 280, height: 900 }),
          statement: DANA_DECISION,
        },
        {
          page: await openSignedIn(run, panelPath, SAM, { width: 280, height: 900 }),
          statement: SAM_DECISION,
        },
      ].map((panel) => ({
        ...panel,
        form: panel.page.getByRole('form', { name: 'Record a decision' }),
      }));
      for (const { form, statement } of panels) {
        await form.getByLabel('What was decided?').waitFor({ timeout: WAIT_MS });
        await form.getByLabel('What was decided?').fill(statement);
      }
      // Both at once.
      await Promise.all(
        panels.map(({ form }) => form.getByRole('button', { name: 'Record decision' }).click()),
      );
      for (const { page, statement } of panels) {
        await page
          .getByRole('list', { name: 'Decisions in this meeting' })
          .getByText(statement)
          .waitFor({ timeout: WAIT_MS });
        await page.getByText('All synced').waitFor({ timeout: WAIT_MS });
      }

      const decisions = await workspace.decisions.forMeeting(meetingId);
      const statements = decisions.records.map((stored) => stored.value.statement);
      expect([...statements].sort()).toEqual([DANA_DECISION, SAM_DECISION].sort());
      const meeting = await workspace.meetings.read(meetingId);
      expect([...(meeting?.value.record.decisionIds ?? [])].sort()).toEqual(
        decisions.records.map((stored) => stored.value.id).sort(),
      );

      // Each panel, reloaded, shows both decisions: what the other person captured is there too.
      for (const { page } of panels) {
        await page.reload();
        const list = page.getByRole('list', { name: 'Decisions in this meeting' });
        await list.getByText(DANA_DECISION).waitFor({ timeout: WAIT_MS });
        await list.getByText(SAM_DECISION).waitFor({ timeout: WAIT_MS });
        await page.context().close();
      }
    },
    WAIT_MS * 6,
  );

  it(
    "shows the second writer of an action's status that someone changed it first, and overwrites only when asked",
    async () => {
      const plannerStatus = async (): Promise<ActionStatus | undefined> => {
        const plan = await findTeamPlan(lead, { groupId: DEMO_CX_GROUP_ID });
        const tasks = await readActionTasks(lead, { planId: plan.id, timeZone: SEED_ZONE });
        return tasks.find((task) => task.title === ACTION)?.status;
      };
      expect(await plannerStatus()).toBe('notStarted');

      const openTracker = async (name: string): Promise<Page> => {
        const page = await openSignedIn(run, `/hub.html?groupId=${DEMO_CX_GROUP_ID}`, name, {
          width: 1024,
          height: 900,
        });
        await page.getByRole('tab', { name: /^Actions/ }).click();
        await page.getByRole('table', { name: 'Actions' }).waitFor({ timeout: WAIT_MS });
        await statusControl(page).waitFor({ timeout: WAIT_MS });
        return page;
      };
      const row = (page: Page) => page.getByRole('row').filter({ hasText: ACTION });
      const statusControl = (page: Page) =>
        page.getByRole('combobox', { name: `Status of ${ACTION}` });
      const choose = async (page: Page, label: string) => {
        await statusControl(page).click();
        await page.getByRole('listbox').getByRole('option', { name: label }).click();
      };

      // Both read the tracker before either writes.
      const dana = await openTracker(DANA);
      const sam = await openTracker(SAM);
      await expect(statusControl(dana).innerText()).resolves.toContain('Not started');
      await expect(statusControl(sam).innerText()).resolves.toContain('Not started');

      // Dana first: saved.
      await choose(dana, 'In progress');
      await row(dana).getByText('Saved').waitFor({ timeout: WAIT_MS });
      expect(await plannerStatus()).toBe('inProgress');

      // Sam second, on the same read: refused, told, his choice kept; Planner keeps Dana's.
      await choose(sam, 'Completed');
      const samConflict = row(sam).getByText('Someone else changed this action first');
      await samConflict.waitFor({ timeout: WAIT_MS });
      await row(sam)
        .getByText(/They set it to In progress/)
        .waitFor();
      await expect(statusControl(sam).innerText()).resolves.toContain('Completed');
      expect(await plannerStatus()).toBe('inProgress');
      await saveScreenshot(sam, 'drill-twoSessions-conflict-default-1024');
      expect(await seriousAxeViolations(sam)).toEqual([]);

      // Only when Sam asks: his value, over the version he was shown.
      await row(sam).getByRole('button', { name: 'Save mine again' }).click();
      await row(sam).getByText('Saved').waitFor({ timeout: WAIT_MS });
      await samConflict.waitFor({ state: 'detached' });
      expect(await plannerStatus()).toBe('completed');

      // Dana is now behind: her next change is refused too, and she keeps Sam's.
      await choose(dana, 'Not started');
      await row(dana)
        .getByText('Someone else changed this action first')
        .waitFor({ timeout: WAIT_MS });
      await row(dana)
        .getByText(/They set it to Completed/)
        .waitFor();
      expect(await plannerStatus()).toBe('completed');
      await row(dana).getByRole('button', { name: 'Use theirs' }).click();
      await row(dana)
        .getByText('Someone else changed this action first')
        .waitFor({ state: 'detached' });
      await expect(statusControl(dana).innerText()).resolves.toContain('Completed');
      expect(await plannerStatus()).toBe('completed');

      // A fresh read agrees with Planner.
      await dana.context().close();
      await sam.context().close();
      const again = await openTracker(SAM);
      await expect(statusControl(again).innerText()).resolves.toContain('Completed');
      await again.context().close();
    },
    WAIT_MS * 6,
  );
});
