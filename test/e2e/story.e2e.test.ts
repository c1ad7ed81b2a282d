/**
 * The whole CX Cadence story, in Chromium against the emulator, through the app's own pages only:
 * the CX lead writes the charter and roles in the hub, plans and schedules the cadence, the first
 * meeting's Mission Moment presenter runs the side panel (Mission Moment, a decision that needs
 * someone else's approval, two actions, one more decision while offline), the CX lead publishes the
 * summary, and the hub's decision log, library, tracker and health show the meeting's outcomes.
 * Graph (the emulator) is read at the end to prove each thing exists exactly once.
 */
import type { ChatMessage, Message, PlannerTask } from '@microsoft/microsoft-graph-types';
import type { Browser } from 'playwright-core';
import { DEMO_CX_GROUP_ID, DEMO_CX_LEAD_UPN, DEMO_CX_PLAN_ID } from '../../emulator/seed/constants';
import { cadenceId, occurrenceId } from '../../src/domain/ids';
import { meetingIdOf } from '../../src/domain/records';
import { threadIdFromJoinUrl } from '../../src/graph/scheduling';
import { openCxWorkspace } from '../../src/graph/workspace';
import { expectUsable } from './support/axe';
import {
  SETUP_TIMEOUT_MS,
  STEP_TIMEOUT_MS,
  saveScreenshot,
  startAppUnderTest,
  type AppUnderTest,
} from './support/browser';
import { graphAs, openSignedIn } from './support/personas';

const HUB = `/hub.html?groupId=${DEMO_CX_GROUP_ID}`;
const PLANNER = `/planner.html?groupId=${DEMO_CX_GROUP_ID}`;
const MISSION =
  'Every customer feels we remember them, from the first call to the renewal, because our teams share one view of them.';
const TITLE = 'CX Council story';
const STORY = 'A customer’s refund arrived the same day because service and finance talked first.';
const PILOT = 'Fund a same-day refund pilot';
const OFFLINE_DECISION = 'Defer the loyalty survey to next quarter';
const ACTIONS = [
  { title: 'Draft the refund pilot brief', owner: 'Sam Taylor' },
  { title: 'Share last quarter’s refund times', owner: 'Marcus Bell' },
] as const;
/** Scheduling reads a year of free/busy and writes the series: minutes on 2 shared cores. */
const LONG_STEP_MS = 90_000;

describe('the CX Cadence story, in Chromium against the emulator', () => {
  let run: AppUnderTest;
  let browser: Browser;

  beforeAll(async () => {
    run = await startAppUnderTest();
    browser = run.browser;
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await run?.close();
  }, STEP_TIMEOUT_MS);

  it(
    'charter → cadence → side panel (online and offline) → summary → hub, with every record in Graph exactly once',
    async () => {
      expect(browser.isConnected()).toBe(true);

      // 1. The CX lead writes the charter's mission and takes the CX Lead role.
      const hub = await openSignedIn(run, HUB, 'Dana Kim', { width: 1024, height: 900 });
      await hub.getByRole('button', { name: 'Start from the standard charter' }).click();
      await hub.getByRole('textbox', { name: 'CX mission' }).fill(MISSION);
      await hub.getByRole('tab', { name: /^Roles & roster/ }).click();
      const cxLeadRole = hub.getByRole('region', { name: 'CX Lead' });
      const rolePicker = cxLeadRole.getByRole('combobox', { name: 'Members' });
      await rolePicker.click();
      await rolePicker.pressSequentially('Dana');
      await hub.getByRole('option', { name: /Dana Kim/ }).click();
      await hub.getByRole('button', { name: 'Save charter' }).click();
      await hub.getByText('Charter saved.').waitFor();
      await hub.context().close();

      // 2. The CX lead plans the cadence with three members and schedules it at the best time.
      const planner = await openSignedIn(run, PLANNER, 'Dana Kim', { width: 1024, height: 900 });
      await planner.getByRole('heading', { name: /meetings$/ }).waitFor();
      await planner.getByRole('textbox', { name: 'Title' }).fill(TITLE);
      await planner.getByRole('combobox', { name: 'Time zone' }).fill('America/Los_Angeles');
      const memberPicker = planner.getByRole('combobox', { name: 'Add a team member' });
      for (const name of ['Sam Taylor', 'Marcus Bell']) {
        await memberPicker.click();
        await memberPicker.fill(name.split(' ')[0] ?? name);
        await planner.getByRole('option', { name: new RegExp(name) }).click();
      }
      await planner.getByText('3 chosen').waitFor();
      await planner.getByRole('button', { name: 'Find the best time' }).click();
      const slots = planner.getByRole('list', { name: 'Ranked start times, best first' });
      await slots.waitFor({ timeout: LONG_STEP_MS });
      await slots.getByRole('button', { name: /^Use / }).first().click();
      await planner.getByRole('button', { name: 'Schedule' }).click();
      await planner.getByText('Meeting series created').waitFor({ timeout: LONG_STEP_MS });
      const rota = planner.getByRole('list', { name: 'Meetings and their presenters' });
      const firstMeeting = rota.getByRole('listitem').first();
      const presenterLine = (await firstMeeting.locator('p, span').first().textContent()) ?? '';
      const presenter = presenterLine.split(': ')[1]?.trim() ?? '';
      expect(['Dana Kim', 'Sam Taylor', 'Marcus Bell']).toContain(presenter);
      const meetingLink = await firstMeeting
        .getByRole('link', { name: /^Open meeting of/ })
        .getAttribute('href');
      const meetingQuery = new URL(meetingLink ?? '', run.app.url).searchParams;
      const cadence = cadenceId(meetingQuery.get('cadenceId') ?? '');
      const occurrence = occurrenceId(meetingQuery.get('occurrence') ?? '');
      await expectUsable(planner, 'story-planner-default-1024');
      await planner.context().close();

      // 3. The presenter opens the side panel of the first meeting, at Teams' 280 px.
      const panelQuery = `groupId=${DEMO_CX_GROUP_ID}&cadenceId=${cadence}&occurrence=${encodeURIComponent(occurrence)}`;
      const panel = await openSignedIn(run, `/sidePanel.html?${panelQuery}`, presenter, {
        width: 280,
        height: 900,
      });
      await panel.getByText(MISSION).waitFor({ timeout: LONG_STEP_MS });
      await panel.getByText(`Told by ${presenter} (you)`).waitFor();
      await panel.getByRole('button', { name: 'Start meeting' }).click();
      await panel.getByRole('status').filter({ hasText: 'Now: Mission Moment' }).waitFor();

      const moment = panel.getByRole('form', { name: 'Capture the Mission Moment' });
      await moment.getByLabel('What moment did you witness or deliver?').fill(STORY);
      await moment.getByRole('radio', { name: 'Lived up to it' }).check();
      await moment.getByLabel('Why?').fill('We kept the promise we made on the phone.');
      await moment.getByLabel('Is there a person or team to celebrate?').fill('Finance operations');
      await moment
        .getByLabel('Is there a lesson or an idea to improve things?')
        .fill('Invite finance to the weekly service huddle.');
      await moment.getByRole('button', { name: 'Save Mission Moment' }).click();
      await panel.getByRole('group', { name: 'Captured Mission Moment' }).waitFor();

      const decision = panel.getByRole('form', { name: 'Record a decision' });
      await decision.getByLabel('What was decided?').fill(PILOT);
      await decision.getByLabel('Category').selectOption({ label: 'Resources and budget' });
      await decision
        .getByText('Will be recorded as: Pending approval by Executive Sponsor')
        .waitFor();
      await decision.getByRole('button', { name: 'Record decision' }).click();
      await panel
        .getByRole('list', { name: 'Decisions in this meeting' })
        .getByText('Resources and budget · Pending approval by Executive Sponsor')
        .waitFor();

      const action = panel.getByRole('form', { name: 'Add an action' });
      for (const { title, owner } of ACTIONS) {
        await action.getByLabel('What will be done?').fill(title);
        await action.getByLabel('Owner').selectOption({ label: owner });
        await action.getByRole('button', { name: 'Add action' }).click();
        await panel
          .getByRole('list', { name: 'Actions from this meeting' })
          .getByText(title)
          .waitFor();
      }
      await panel.getByText('All synced').waitFor({ timeout: LONG_STEP_MS });

      // Offline: the entry is kept on the device and shown as waiting, then synced once online.
      await panel.context().setOffline(true);
      await decision.getByLabel('What was decided?').fill(OFFLINE_DECISION);
      await decision.getByLabel('Category').selectOption({ label: 'Measurement' });
      await decision.getByRole('button', { name: 'Record decision' }).click();
      await panel.getByText('Saved on this device · 1 waiting to sync').waitFor();
      await saveScreenshot(panel, 'story-sidePanel-offline-default-280');
      await panel.context().setOffline(false);
      await panel.getByText('All synced').waitFor({ timeout: LONG_STEP_MS });
      await expectUsable(panel, 'story-sidePanel-default-280');
      const summaryHref = await panel
        .getByRole('link', { name: 'Review and publish the summary' })
        .getAttribute('href');
      await panel.context().close();

      // 4. The CX lead reviews and publishes the summary from the panel's link.
      const summary = await openSignedIn(run, `/${summaryHref ?? ''}`, 'Dana Kim', {
        width: 1024,
        height: 900,
      });
      await summary.getByRole('heading', { name: 'Publish' }).waitFor({ timeout: LONG_STEP_MS });
      await summary.getByText(PILOT).first().waitFor();
      await summary.getByText(OFFLINE_DECISION).first().waitFor();
      await summary.getByRole('button', { name: 'Publish summary' }).click();
      await summary.getByText('Posted in the meeting chat.').waitFor({ timeout: LONG_STEP_MS });
      await expectUsable(summary, 'story-summary-published-default-1024');
      await summary.context().close();

      // 5. What Graph now holds, each exactly once.
      const dana = await graphAs(run.emulator, DEMO_CX_LEAD_UPN);
      const events = await dana.request<{
        value: { subject: string; type: string; onlineMeeting?: { joinUrl?: string } }[];
      }>({ method: 'GET', url: '/me/events?$top=999&$select=subject,type,onlineMeeting' });
      const series = events.value.filter(
        (event) => event.subject === TITLE && event.type === 'seriesMaster',
      );
      expect(series).toHaveLength(1);
      const chatId = threadIdFromJoinUrl(series[0]?.onlineMeeting?.joinUrl ?? '') ?? '';
      const messages = await dana.request<{ value: ChatMessage[] }>({
        method: 'GET',
        url: `/chats/${encodeURIComponent(chatId)}/messages?$top=50`,
      });
      const summaries = messages.value.filter((message) =>
        (message.body?.content ?? '').includes(PILOT),
      );
      expect(summaries).toHaveLength(1);

      const sam = await graphAs(run.emulator, 'sam.taylor@contoso.example');
      const inbox = await sam.request<{ value: Message[] }>({
        method: 'GET',
        url: '/me/messages?$top=100&$select=subject,body',
      });
      expect(inbox.value.filter((mail) => (mail.body?.content ?? '').includes(PILOT))).toHaveLength(
        1,
      );

      const tasks = await dana.request<{ value: PlannerTask[] }>({
        method: 'GET',
        url: `/planner/plans/${DEMO_CX_PLAN_ID}/tasks`,
      });
      for (const { title } of ACTIONS) {
        expect(tasks.value.filter((task) => (task.title ?? '').startsWith(title))).toHaveLength(1);
      }

      const records = await openCxWorkspace({ client: dana, groupId: DEMO_CX_GROUP_ID });
      const meetingId = meetingIdOf(cadence, occurrence);
      const decisions = await records.decisions.forMeeting(meetingId);
      expect(decisions.records.map((stored) => stored.value.statement).sort()).toEqual(
        [OFFLINE_DECISION, PILOT].sort(),
      );
      const meeting = await records.meetings.read(meetingId);
      expect(meeting?.value.summary.state).toBe('published');
      expect(meeting?.value.record.decisionIds).toHaveLength(2);
      expect(meeting?.value.record.actionIds).toHaveLength(2);
      expect(meeting?.value.record.missionMomentId).toBeDefined();

      // 6. The hub shows the meeting's outcomes in the log, library, tracker and health.
      const insights = await openSignedIn(run, HUB, 'Dana Kim', { width: 1024, height: 900 });
      await insights.getByRole('tab', { name: /^Decision log/ }).click();
      // A table at this width (a stacked list in the side panel's width).
      const log = insights.getByRole('tabpanel');
      await log.getByText(PILOT).waitFor({ timeout: LONG_STEP_MS });
      await log
        .getByText(/Pending approval by Executive Sponsor/)
        .first()
        .waitFor();
      await insights.getByRole('tab', { name: /^Mission Moments/ }).click();
      await insights.getByRole('tabpanel').getByText(STORY).waitFor();
      await insights.getByRole('tab', { name: /^Actions/ }).click();
      const tracker = insights.getByRole('tabpanel');
      for (const { title } of ACTIONS) await tracker.getByText(title).waitFor();
      await insights.getByRole('tab', { name: /^Health/ }).click();
      await insights
        .getByText(/^1 of 1 Mission Moment lived up to our CX mission, 0 missed it/)
        .waitFor();
      await insights.getByText(/^0 of 2 actions completed/).waitFor();
      await insights
        .getByText('2 decisions in 2 categories; most in Resources and budget (1).')
        .waitFor();
      await insights.getByText('Drawing the chart…').first().waitFor({ state: 'detached' });
      await expectUsable(insights, 'story-hub-health-default-1024');
      await insights.context().close();
    },
    LONG_STEP_MS * 8,
  );
});
