import type { ChatMessage, PlannerTask } from '@microsoft/microsoft-graph-types';
import type { DemoPersonKey } from '../../../emulator/seed/constants';
import type { ActionItem } from '../../../src/domain/records';
import type { SummaryRecipient } from '../../../src/domain/summary';
import type { GraphClient } from '../../../src/graph/client';
import { actionTaskKey } from '../../../src/graph/planner';
import {
  PublishSummaryError,
  publishSummary,
  summaryMailSubject,
  summaryReference,
} from '../../../src/graph/publishing';
import type { PublishSummaryOptions, PublishSummaryReport } from '../../../src/graph/publishing';
import {
  DEMO_CX_GROUP_ID,
  DEMO_CX_LEAD_UPN,
  DEMO_CX_PLAN_ID,
  DEMO_USER_IDS,
  MEETING,
  SimulatedCrash,
  TEAM_ZONE,
  crashAfterWrites,
  loseFirstWriteAnswers,
  demoAction,
  untilItSucceeds,
  upn,
  writesIn,
} from '../planner/support';
import { countRequests, startEmulatorSession } from '../support/emulatorSession';
import type { EmulatorSession } from '../support/emulatorSession';
import { createMeetingChat, demoSummary, mailWithSubject, nameOf, recipient } from './support';

const ATTENDEES: DemoPersonKey[] = ['sam', 'marcus', 'lukas', 'amara'];
/** Attendees, the organizer, and Grace: a stakeholder outside the CX team who must know. */
const RECIPIENT_KEYS: DemoPersonKey[] = ['dana', ...ATTENDEES, 'grace'];

const actions: ActionItem[] = [
  demoAction({ id: 'a-survey', title: 'Send the NPS survey', owner: 'sam', dueDate: '2026-03-13' }),
  demoAction({
    id: 'a-brief',
    title: 'Brief sales on the callback pilot',
    owner: 'marcus',
    dueDate: '2026-03-20',
  }),
  demoAction({
    id: 'a-themes',
    title: 'Collect complaint themes',
    owner: 'lukas',
    dueDate: '2026-03-31',
  }),
];

describe('publishSummary', () => {
  let session: EmulatorSession;
  let dana: GraphClient;
  let chatId: string;

  beforeAll(async () => {
    session = await startEmulatorSession();
  });
  afterAll(() => session.close());

  beforeEach(async () => {
    await session.reset('demo');
    dana = await session.clientFor(DEMO_CX_LEAD_UPN);
    chatId = await createMeetingChat(dana, ATTENDEES);
  });

  const recipients: SummaryRecipient[] = RECIPIENT_KEYS.map(recipient);
  const summary = demoSummary({ actions, recipients });
  const reference = summaryReference({ meetingId: MEETING.meetingId });
  const subject = summaryMailSubject(summary, reference);

  const optionsFor = (overrides: Partial<PublishSummaryOptions> = {}): PublishSummaryOptions => ({
    summary,
    meetingId: MEETING.meetingId,
    chatId,
    groupId: DEMO_CX_GROUP_ID,
    actions,
    planner: { bucketName: 'CX Council', planTitle: 'CX Council', timeZone: TEAM_ZONE },
    ...overrides,
  });
  const publish = (client: GraphClient = dana, overrides: Partial<PublishSummaryOptions> = {}) =>
    publishSummary(client, optionsFor(overrides));

  const summaryMessages = async (): Promise<ChatMessage[]> => {
    const page = await dana.request<{ value: ChatMessage[] }>({
      method: 'GET',
      url: `/chats/${encodeURIComponent(chatId)}/messages?$top=50`,
    });
    return page.value.filter((message) => message.body?.content?.includes(reference));
  };
  const mailsPerRecipient = async (): Promise<number[]> =>
    Promise.all(
      RECIPIENT_KEYS.map(
        async (key) =>
          (await mailWithSubject(await session.clientFor(upn(key)), 'inbox', subject)).length,
      ),
    );
  const tasksPerAction = async (): Promise<number[]> => {
    const tasks = (
      await dana.request<{ value: PlannerTask[] }>({
        method: 'GET',
        url: `/planner/plans/${DEMO_CX_PLAN_ID}/tasks?$top=999`,
      })
    ).value;
    return actions.map(
      (action) => tasks.filter((task) => task.title?.includes(actionTaskKey(action.id))).length,
    );
  };
  const expectPublishedOnce = async () => {
    expect(await summaryMessages()).toHaveLength(1);
    expect(await mailsPerRecipient()).toEqual(RECIPIENT_KEYS.map(() => 1));
    expect(await tasksPerAction()).toEqual([1, 1, 1]);
  };

  it('posts one message, mails every recipient once and creates a task per action, in 4 requests', async () => {
    const before = await session.requests();
    const report = await publish();
    const log = (await session.requests()).slice(before.length);

    expect(report).toMatchObject({
      reference,
      chat: { outcome: 'done' },
      mail: { outcome: 'done', alreadySentTo: [] },
      tasks: actions.map((action) => ({ actionId: action.id, outcome: 'done' })),
    });
    expect(report.mail.sentTo).toEqual(recipients.map((person) => person.email));
    // Look-ups ($batch), buckets and tasks ($batch), the new bucket, every write ($batch).
    expect(countRequests(log).http).toBe(4);
    expect(
      log.filter((entry) => !entry.batchId).map((entry) => `${entry.method} ${entry.path}`),
    ).toEqual([
      'POST /v1.0/$batch',
      'POST /v1.0/$batch',
      'POST /v1.0/planner/buckets',
      'POST /v1.0/$batch',
    ]);
    await expectPublishedOnce();
    expect(report.actions.map((action) => action.plannerTaskId)).toEqual(
      report.tasks.map((task) => task.taskId),
    );
  });

  it('@mentions each action owner in the chat message, as Teams stores it', async () => {
    const report = await publish();
    const [message] = await summaryMessages();
    expect(message?.id).toBe(report.chat.messageId);
    expect(
      message?.mentions?.map((mention) => [
        mention.id,
        mention.mentionText,
        mention.mentioned?.user?.id,
      ]),
    ).toEqual([
      [0, nameOf('sam'), DEMO_USER_IDS.sam],
      [1, nameOf('marcus'), DEMO_USER_IDS.marcus],
      [2, nameOf('lukas'), DEMO_USER_IDS.lukas],
    ]);
    expect(message?.body?.content).toContain(`<at id="1">${nameOf('marcus')}</at>`);
    expect(message?.from?.user?.id).toBe(DEMO_USER_IDS.dana);
  });

  it('mails the team on To and the stakeholder outside it on Bcc; each reads it in their inbox', async () => {
    await publish();
    const [samsCopy] = await mailWithSubject(await session.clientFor(upn('sam')), 'inbox', subject);
    const [gracesCopy] = await mailWithSubject(
      await session.clientFor(upn('grace')),
      'inbox',
      subject,
    );
    const [sentCopy] = await mailWithSubject(dana, 'sentitems', subject);
    const addresses = (
      list: { emailAddress?: { address?: string | null } | null }[] | null | undefined,
    ) => (list ?? []).map((entry) => entry.emailAddress?.address);

    expect(addresses(samsCopy?.toRecipients)).toEqual(
      ['dana', ...ATTENDEES].map((key) => upn(key as DemoPersonKey)),
    );
    expect(addresses(samsCopy?.bccRecipients)).toEqual([]);
    expect(gracesCopy?.body?.content).toContain('Pilot a callback option');
    expect(addresses(sentCopy?.bccRecipients)).toEqual([upn('grace')]);
  });

  it('publishing again finds every step done and writes nothing, in 2 requests', async () => {
    await publish();
    const before = (await session.requests()).length;
    const again = await publish();
    const log = (await session.requests()).slice(before);

    expect(writesIn(log)).toEqual([]);
    expect(countRequests(log).http).toBe(2);
    expect(again).toMatchObject({
      chat: { outcome: 'alreadyDone' },
      mail: { outcome: 'alreadyDone', sentTo: [] },
      tasks: actions.map(() => ({ outcome: 'alreadyDone' })),
    });
    expect(again.mail.alreadySentTo).toHaveLength(RECIPIENT_KEYS.length);
    await expectPublishedOnce();
  });

  it('posts the summary as an Adaptive Card when asked, still mentioning each owner once', async () => {
    const twice = [
      ...actions,
      demoAction({ id: 'a-more', title: 'Share the results', owner: 'sam', dueDate: '2026-03-31' }),
    ];
    await publish(dana, {
      chatFormat: 'adaptiveCard',
      actions: twice,
      summary: demoSummary({ actions: twice, recipients }),
    });
    const [message] = await summaryMessages();
    const card = JSON.parse(String(message?.attachments?.[0]?.content)) as {
      type: string;
      body: unknown[];
    };
    expect(message?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.type).toBe('AdaptiveCard');
    expect(JSON.stringify(card.body)).toContain('Brief sales on the callback pilot');
    expect(message?.mentions?.map((mention) => mention.mentioned?.user?.id)).toEqual([
      DEMO_USER_IDS.sam,
      DEMO_USER_IDS.marcus,
      DEMO_USER_IDS.lukas,
    ]);
  });

  // Writes in order: the bucket (1), then one $batch: chat (2), mail (3), tasks (4–6).
  it.each([0, 1, 2, 3, 4, 5, 6])(
    'a run interrupted after %i write(s) landed, run again, ends with everything exactly once',
    async (landed) => {
      await expect(publish(crashAfterWrites(dana, landed))).rejects.toThrow(SimulatedCrash);
      const report = await publish();
      const alreadyDone = [report.chat, report.mail, ...report.tasks].filter(
        (step) => step.outcome === 'alreadyDone',
      );
      expect(alreadyDone).toHaveLength(Math.max(0, landed - 1));
      await expectPublishedOnce();
    },
  );

  it.each([1, 2, 3])(
    'a drill with 30%% throttling and 10%% server errors (seed %i) ends with no duplicate and nothing lost',
    async (seed) => {
      await session.faults({ throttleRate: 0.3, serverErrorRate: 0.1, seed });
      const reports: PublishSummaryReport[] = [];
      await untilItSucceeds(async () => reports.push(await publish(dana, { maxAttempts: 8 })));
      const faulted = (await session.requests()).filter(
        (entry) => entry.status === 429 || entry.status === 503,
      );
      await session.faults(undefined);
      expect(faulted.length).toBeGreaterThan(0);
      await expectPublishedOnce();
    },
  );

  it('looks again after answers lost with 503, finds what landed and writes nothing twice', async () => {
    const report = await publish(loseFirstWriteAnswers(dana));
    expect(report).toMatchObject({
      chat: { outcome: 'done' },
      mail: { outcome: 'done' },
      tasks: actions.map(() => ({ outcome: 'done' })),
    });
    expect(report.tasks.every((task) => task.taskId)).toBe(true);
    await expectPublishedOnce();
  });

  it('a failing step does not stop the others, and publishing again finishes it', async () => {
    const attempt = publish(dana, { chatId: '19:no-such-chat@thread.v2' });
    await expect(attempt).rejects.toThrow(PublishSummaryError);
    const error = (await attempt.catch((caught: unknown) => caught)) as PublishSummaryError;
    expect(error.failures.map((failure) => failure.step)).toEqual(['chat']);
    expect(error.report).toMatchObject({
      chat: { outcome: 'failed' },
      mail: { outcome: 'done' },
      tasks: actions.map(() => ({ outcome: 'done' })),
    });

    const finished = await publish();
    expect(finished).toMatchObject({
      chat: { outcome: 'done' },
      mail: { outcome: 'alreadyDone' },
      tasks: actions.map(() => ({ outcome: 'alreadyDone' })),
    });
    await expectPublishedOnce();
  });

  it('mails only a recipient added since the last publication', async () => {
    await publish(dana, {
      recipients: recipients.filter((person) => person.email !== upn('grace')),
    });
    const report = await publish();
    expect(report.mail).toEqual({
      outcome: 'done',
      sentTo: [upn('grace')],
      alreadySentTo: recipients
        .filter((person) => person.email !== upn('grace'))
        .map((p) => p.email),
    });
    await expectPublishedOnce();
  });

  it('arrives sanitised in chat and mail when the summary carries script payloads', async () => {
    const hostile = [
      demoAction({
        id: 'a-xss',
        title: '<script>alert(1)</script>Fix the form',
        owner: 'sam',
        dueDate: '2026-03-13',
      }),
    ];
    const story = '<img src=x onerror=alert(1)> The form ate the address';
    const xssSummary = demoSummary({
      actions: hostile,
      recipients,
      title: 'CX <svg onload=alert(1)>',
      story,
    });
    const report = await publish(dana, { summary: xssSummary, actions: hostile });

    const message = await dana.request<ChatMessage>({
      method: 'GET',
      url: `/chats/${encodeURIComponent(chatId)}/messages/${report.chat.messageId ?? ''}`,
    });
    const [mail] = await mailWithSubject(
      await session.clientFor(upn('grace')),
      'inbox',
      summaryMailSubject(xssSummary, reference),
    );
    for (const html of [message.body?.content ?? '', mail?.body?.content ?? '']) {
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img/i);
      expect(html).not.toMatch(/<svg/i);
      expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;Fix the form');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
  });

  it('refuses wrong options before sending anything', async () => {
    const before = (await session.requests()).length;
    await expect(
      publish(dana, { chatId: ' ', planner: { bucketName: '', timeZone: TEAM_ZONE }, revision: 0 }),
    ).rejects.toMatchObject({
      issues: [{ field: 'chatId' }, { field: 'planner.bucketName' }, { field: 'revision' }],
    });
    expect(await session.requests()).toHaveLength(before);
  });
});
