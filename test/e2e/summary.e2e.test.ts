import type { ChatMessage, Message, PlannerTask } from '@microsoft/microsoft-graph-types';
import type { Page } from 'playwright-core';
import {
  DEMO_CX_CADENCE_APP_EXTERNAL_ID,
  DEMO_CX_GROUP_ID,
  DEMO_CX_LEAD_UPN,
  DEMO_CX_PLAN_ID,
  DEMO_USER_IDS,
} from '../../emulator/seed/constants';
import { personByKey, upnOf } from '../../emulator/seed/people';
import { createStandardAgendaTemplate, fitAgendaToDuration } from '../../src/domain/agenda';
import { cadenceOccurrences, validateCadence } from '../../src/domain/cadence';
import type { Cadence } from '../../src/domain/cadence';
import {
  DEFAULT_CATEGORY_IDS,
  DEFAULT_ROLE_IDS,
  createDefaultCharter,
} from '../../src/domain/charter';
import type { Charter } from '../../src/domain/charter';
import {
  actionItemId,
  cadenceId,
  decisionId,
  memberId,
  missionMomentId,
} from '../../src/domain/ids';
import {
  captureMissionMoment,
  createActionItem,
  meetingIdOf,
  recordDecision,
} from '../../src/domain/records';
import type { GraphClient } from '../../src/graph/client';
import { summaryReference } from '../../src/graph/publishing';
import { scheduleCadence } from '../../src/graph/scheduling';
import { openCxWorkspace } from '../../src/graph/workspace';
import type { CxWorkspace } from '../../src/graph/workspace';
import { summaryPagePath } from '../../src/ui/summary/summaryUrl';
import { storeMeeting } from '../graph/summary/support';
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

const dana = memberId(DEMO_USER_IDS.dana);
const amara = memberId(DEMO_USER_IDS.amara);
const sam = memberId(DEMO_USER_IDS.sam);
const lukas = memberId(DEMO_USER_IDS.lukas);
const marcus = memberId(DEMO_USER_IDS.marcus);

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The browser runs on the real clock (the app server and emulator are not told otherwise), and the
 * chat look-up reads messages since the day before the meeting: so the cadence is laid out around
 * today, with a meeting two weeks ago whose summary is published now.
 */
function councilCadence(): Cadence {
  const start = new Date(Date.now() - 21 * DAY_MS).toISOString().slice(0, 10);
  const end = new Date(Date.now() + 90 * DAY_MS).toISOString().slice(0, 10);
  const weekday = new Date(`${start}T12:00:00Z`)
    .toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' })
    .toLowerCase();
  return validateCadence({
    id: cadenceId('cx-council-e2e'),
    version: 1,
    title: 'CX Council',
    organizerId: dana,
    attendeeIds: [dana, amara, sam, lukas, marcus],
    durationMinutes: 60,
    startTime: '15:00',
    timeZone: 'GMT Standard Time',
    recurrence: {
      frequency: { kind: 'weekly', dayOfWeek: weekday },
      range: { kind: 'untilDate', startDate: start, endDate: end },
      firstDayOfWeek: 'monday',
    },
    agenda: fitAgendaToDuration(createStandardAgendaTemplate(), 60),
    rotation: { memberIds: [lukas, sam, marcus], overrides: [] },
  });
}

function councilCharter(): Charter {
  const members: Partial<Record<string, readonly ReturnType<typeof memberId>[]>> = {
    [DEFAULT_ROLE_IDS.executiveSponsor]: [amara],
    [DEFAULT_ROLE_IDS.cxLead]: [dana],
    [DEFAULT_ROLE_IDS.sales]: [sam],
    [DEFAULT_ROLE_IDS.customerService]: [lukas],
    [DEFAULT_ROLE_IDS.marketing]: [marcus],
  };
  const charter = createDefaultCharter();
  return {
    ...charter,
    roles: charter.roles.map((role) => ({ ...role, memberIds: members[role.id] ?? [] })),
  };
}

interface Seeded {
  readonly workspace: CxWorkspace;
  readonly chatId: string;
  readonly path: string;
  readonly meetingId: ReturnType<typeof meetingIdOf>;
}

/** Seeds through the real repositories and flows, signed in as Dana with an emulator token. */
async function seed(run: AppUnderTest, client: GraphClient): Promise<Seeded> {
  const workspace = await openCxWorkspace({ client, groupId: DEMO_CX_GROUP_ID });
  const charter = councilCharter();
  await workspace.charter.create(charter);
  const cadence = councilCadence();
  const scheduled = await scheduleCadence({
    client,
    cadence,
    groupId: DEMO_CX_GROUP_ID,
    charter: {
      mission: charter.mission,
      roleNames: Object.fromEntries(charter.roles.map((role) => [role.id, role.name])),
    },
    app: {
      externalId: DEMO_CX_CADENCE_APP_EXTERNAL_ID,
      tab: { entityId: cadence.id, contentUrl: `${run.app.url}/sidePanel.html` },
    },
    now: () => new Date(),
  });
  await workspace.cadences.create({ cadence, seriesId: scheduled.seriesId });

  const occurrence = cadenceOccurrences(cadence)[1];
  if (!occurrence) throw new Error('The cadence has no second meeting');
  const meetingId = meetingIdOf(cadence.id, occurrence.id);
  const where = { meetingId, occurrenceId: occurrence.id };
  const decidedAt = occurrence.utcStart;
  const moment = captureMissionMoment({
    id: 'mm-e2e',
    ...where,
    presenterId: lukas,
    capturedAt: decidedAt,
    story:
      'A customer was charged twice; Lukas refunded it on the first call <b>and</b> called back.',
    livedUpToMission: true,
    why: 'Resolved on first contact',
    celebrate: 'Finance operations',
  });
  const decisions = [
    recordDecision({
      charter,
      id: decisionId('d-e2e-callback'),
      ...where,
      categoryId: DEFAULT_CATEGORY_IDS.cxPriorities,
      statement: 'Pilot a callback option',
      rationale: 'Customers wait too long on hold',
      driver: { roleId: DEFAULT_ROLE_IDS.cxLead, memberId: dana },
      approver: { roleId: DEFAULT_ROLE_IDS.executiveSponsor, memberId: amara },
      decidedAt,
    }),
    recordDecision({
      charter,
      id: decisionId('d-e2e-refunds'),
      ...where,
      categoryId: DEFAULT_CATEGORY_IDS.resourcesBudget,
      statement: 'Fund a refunds specialist',
      driver: { roleId: DEFAULT_ROLE_IDS.cxLead, memberId: dana },
      approver: { roleId: DEFAULT_ROLE_IDS.sales, memberId: sam },
      decidedAt,
    }),
  ];
  const meetingDate = occurrence.localStart.slice(0, 10);
  const due = new Date(Date.parse(occurrence.utcStart) + 30 * DAY_MS).toISOString().slice(0, 10);
  const actions = [
    createActionItem({
      id: actionItemId('a-e2e-survey'),
      title: 'Send the NPS survey',
      owner: sam,
      dueDate: due,
      meetingDate,
      source: where,
    }),
    createActionItem({
      id: actionItemId('a-e2e-brief'),
      title: 'Brief sales on the callback pilot',
      owner: marcus,
      dueDate: due,
      meetingDate,
      source: { ...where, decisionId: decisionId('d-e2e-callback') },
    }),
  ];
  await storeMeeting(workspace, {
    meetingId,
    occurrenceId: occurrence.id,
    moment,
    decisions,
    actions,
    record: {
      id: meetingId,
      cadenceId: cadence.id,
      occurrenceId: occurrence.id,
      scheduledStart: occurrence.utcStart,
      status: 'held',
      attendance: [
        { memberId: dana, department: 'cx', attended: true },
        { memberId: amara, department: 'executive', attended: true },
        { memberId: sam, department: 'sales', attended: false },
        { memberId: lukas, department: 'customerService', attended: true },
        { memberId: marcus, department: 'marketing', attended: true },
      ],
      missionMomentId: missionMomentId('mm-e2e'),
      decisionIds: decisions.map((decision) => decision.id),
      actionIds: actions.map((action) => action.id),
    },
  });
  const path = `/${summaryPagePath({
    groupId: DEMO_CX_GROUP_ID,
    cadenceId: cadence.id,
    occurrenceId: occurrence.id,
  })}`;
  return { workspace, chatId: scheduled.chatId, path, meetingId };
}

describe('meeting summary, in Chromium against the emulator', () => {
  let run: AppUnderTest;
  let danaClient: GraphClient;
  let seeded: Seeded;

  beforeAll(async () => {
    run = await startAppUnderTest();
    danaClient = await graphAs(run.emulator, DEMO_CX_LEAD_UPN);
    seeded = await seed(run, danaClient);
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await run?.close();
  }, STEP_TIMEOUT_MS);

  const cxLead = () => cxLeadOf(run.emulator);

  /** The seeded meeting's summary, signed in as the CX lead, once it shows what to publish. */
  async function openSummary(query: string, width: number): Promise<Page> {
    const page = await openSignedIn(run, `${seeded.path}&${query}`, cxLead().displayName, {
      width,
      height: 900,
    });
    await page.getByRole('heading', { name: 'Publish' }).waitFor();
    return page;
  }

  const chatMessages = async () =>
    (
      await danaClient.request<{ value: ChatMessage[] }>({
        method: 'GET',
        url: `/chats/${encodeURIComponent(seeded.chatId)}/messages?$top=50`,
      })
    ).value;
  const reference = () => summaryReference({ meetingId: seeded.meetingId });

  it(
    'reviews the meeting: Mission Moment, decisions with the pending one marked, actions, attendance, and the preview',
    async () => {
      const page = await openSummary('theme=default', 1280);
      await page.getByText('Pilot a callback option').first().waitFor();
      const decisions = page.getByRole('region', { name: /^Decisions/ });
      await expect(decisions.getByText('Pending approval', { exact: true }).count()).resolves.toBe(
        1,
      );
      const actions = page.getByRole('region', { name: /^New actions|^Actions/ });
      await actions.getByText(/Owner: Sam Taylor · due/).waitFor();
      // The story's markup shows as text, never as HTML.
      await page.getByText('<b>and</b>', { exact: false }).first().waitFor();

      await page.getByRole('radio', { name: 'Mail' }).check();
      await page.getByText(`[${reference()}]`, { exact: false }).waitFor();
      await page.getByRole('radio', { name: 'Planner' }).check();
      await page.getByText(/^Send the NPS survey \[CXA-/).waitFor();
      await page.getByRole('radio', { name: 'Chat' }).check();
      await page.getByRole('radio', { name: 'Adaptive Card' }).check();
      await page.getByRole('group', { name: 'The Adaptive Card' }).waitFor();
      await saveScreenshot(page, 'summary-review-default-wide');
      await page.getByRole('radio', { name: 'Message with @mentions' }).check();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.context().close();
    },
    STEP_TIMEOUT_MS * 3,
  );

  it(
    'publishes to the meeting chat, mail and Planner, and records the meeting as published',
    async () => {
      const page = await openSummary('theme=default', 1280);
      await page.getByRole('button', { name: 'Publish summary' }).click();
      await page.getByRole('status').getByText('Published', { exact: true }).waitFor();
      await page.getByText('Posted in the meeting chat.').waitFor();
      await saveScreenshot(page, 'summary-published-default-wide');

      const posted = (await chatMessages()).filter((message) =>
        (message.body?.content ?? '').includes(reference()),
      );
      expect(posted).toHaveLength(1);
      // Each action's owner is @mentioned.
      expect(posted[0]?.mentions).toHaveLength(2);

      const sams = await graphAs(run.emulator, upnOf(personByKey('sam')));
      const inbox = await sams.request<{ value: Message[] }>({
        method: 'GET',
        url: '/me/mailFolders/inbox/messages?$top=50',
      });
      expect(inbox.value.filter((mail) => (mail.subject ?? '').includes(reference()))).toHaveLength(
        1,
      );

      const tasks = await danaClient.request<{ value: PlannerTask[] }>({
        method: 'GET',
        url: `/planner/plans/${DEMO_CX_PLAN_ID}/tasks`,
      });
      const titles = tasks.value.map((task) => task.title ?? '');
      expect(titles.filter((title) => title.startsWith('Send the NPS survey'))).toHaveLength(1);
      expect(
        titles.filter((title) => title.startsWith('Brief sales on the callback pilot')),
      ).toHaveLength(1);

      const meeting = await seeded.workspace.meetings.read(seeded.meetingId);
      expect(meeting?.value.summary).toMatchObject({
        state: 'published',
        completedSteps: ['chatPosted', 'mailSent', 'tasksCreated'],
      });
      const linked = await seeded.workspace.actions.read(actionItemId('a-e2e-survey'));
      expect(linked?.value.plannerTaskId).toBeDefined();
      await page.context().close();
    },
    STEP_TIMEOUT_MS * 3,
  );

  it(
    'opened again, shows the summary as published, and publishing again posts nothing new',
    async () => {
      const page = await openSummary('theme=default', 1280);
      await page
        .getByRole('status')
        .getByText(/Published on .* to the meeting chat, mail and Planner/)
        .waitFor();
      await page.getByRole('button', { name: 'Publish again' }).click();
      await page.getByText('Already in the meeting chat: not posted again.').waitFor();
      const posted = (await chatMessages()).filter((message) =>
        (message.body?.content ?? '').includes(reference()),
      );
      expect(posted).toHaveLength(1);
      await page.context().close();
    },
    STEP_TIMEOUT_MS * 3,
  );

  it.each(TEAMS_THEMES)(
    'fits 280 px without sideways scrolling and passes axe (%s)',
    async (theme) => {
      const page = await openSummary(`theme=${theme}`, 280);
      expect(await hasHorizontalScroll(page)).toBe(false);
      await page.getByRole('radio', { name: 'Mail' }).check();
      expect(await hasHorizontalScroll(page)).toBe(false);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await saveScreenshot(page, `summary-review-${theme}-280`);
      await page.setViewportSize({ width: 1280, height: 900 });
      await saveScreenshot(page, `summary-review-${theme}-wide`);
      await page.context().close();
    },
    STEP_TIMEOUT_MS * 3,
  );
});
