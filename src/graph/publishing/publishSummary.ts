import type {
  ChatMessage,
  Message,
  PlannerBucket,
  PlannerPlan,
  User,
} from '@microsoft/microsoft-graph-types';
import { isCalendarDate } from '../../domain/calendarDate';
import { ValidationError } from '../../domain/errors';
import type { FieldIssue } from '../../domain/errors';
import type { ActionItemId, MeetingId } from '../../domain/ids';
import type { ActionItem } from '../../domain/records';
import { withPlannerTask } from '../../domain/records';
import type { MeetingSummary, SummaryRecipient } from '../../domain/summary';
import type { BatchRequest, BatchResult, GraphClient } from '../client';
import { GraphError, executeBatch } from '../client';
import {
  PlannerPlanError,
  actionTaskCreateRequests,
  allItemsOf,
  ensureCadenceBucket,
  fromPlannerTask,
  isRetryableWriteFailure,
  matchActionTasks,
  pickTeamPlan,
  planBucketsUrl,
  planTasksUrl,
  taskRequestId,
  teamPlansUrl,
  waitBeforeNextRound,
  writeAttempts,
} from '../planner';
import type { PlannerTaskResource, WriteOutcome } from '../planner';
import {
  chatLookup,
  findPostedSummary,
  mailedAddresses,
  sentItemsLookup,
  teamAddressesOf,
  teamMembersLookup,
} from './publishLookups';
import {
  normalAddress,
  splitSummaryRecipients,
  summaryChatMessage,
  summaryMail,
} from './summaryMessages';
import type { SummaryChatFormat } from './summaryMessages';
import { summaryMailSubject, summaryReference } from './summaryReference';

/**
 * Publishing the post-meeting summary: a message in the meeting chat, a mail to the attendees and
 * the stakeholders who must know, and a Planner task per new action.
 *
 * Publishing twice never posts twice, and a run that stopped part-way (a crash, a lost answer, a
 * throttled write) resumes where it stopped. Every step looks before it writes, and what it looks
 * for lives in Graph itself, so no local bookkeeping can fall out of step with it:
 * - chat: the summary's reference (see `summaryReference`) in the body of a message of the chat,
 *   read newest first since the day before the meeting;
 * - mail: the reference in the subject of a Sent Items message (`subject eq '…'`), whose
 *   recipients say who already has it (a recipient added later gets their own mail);
 * - tasks: the action's key in a task title of the team's plan (see `actionTaskKey`).
 *
 * Requests: the look-ups go together in `$batch`es (chat, Sent Items, team members and plans, then
 * the plan's buckets and tasks), then every missing write in one `$batch` (chat post, `sendMail`
 * and task creates are independent). A first publication in a plan that has the cadence's bucket:
 * 3 HTTP requests in 3 round trips (+1 to create the bucket the first time); publishing again:
 * 2 requests and no write. A write that fails with 429 or 5xx may have landed, so it is never
 * replayed blindly: the next round looks for it again first.
 *
 * Limits: two people publishing the same summary at the same moment can both find nothing and
 * both write (Graph offers no conditional create for chat messages, mail or tasks). Exchange
 * files the Sent Items copy shortly after `sendMail`'s 202, so a look made within those seconds
 * after an ambiguous 5xx could miss it; the wait before each new round (Graph's `Retry-After`)
 * covers the usual delay.
 */

export interface PublishPlannerOptions {
  /** The cadence's bucket, e.g. its title. Created the first time. */
  readonly bucketName: string;
  /** The team's plan by title; see `pickTeamPlan`. */
  readonly planTitle?: string;
  /** The team's time zone (Windows or IANA), for task due dates. */
  readonly timeZone: string;
}

export interface PublishSummaryOptions {
  readonly summary: MeetingSummary;
  /** The meeting the summary is of: the source of its reference. */
  readonly meetingId: MeetingId;
  /** See `SummaryReferenceOptions.revision`. */
  readonly revision?: number;
  /** The meeting chat's id (`chatInfo.threadId` of the online meeting). */
  readonly chatId: string;
  /** The CX team's Microsoft 365 group: its plan, and who counts as inside the team. */
  readonly groupId: string;
  /** The actions agreed in the meeting, each mirrored as a Planner task. */
  readonly actions: readonly ActionItem[];
  /** Who gets the mail. Default: the summary's recipients (attendees and who must know). */
  readonly recipients?: readonly SummaryRecipient[];
  readonly planner: PublishPlannerOptions;
  /** Default `html`. */
  readonly chatFormat?: SummaryChatFormat;
  /** Look-then-write rounds; default the client's retries + 1. */
  readonly maxAttempts?: number;
}

/** What happened to one step: written now, found already there, failed, or nothing to do. */
export type PublishStepOutcome = WriteOutcome | 'failed' | 'skipped';

export interface PublishSummaryReport {
  readonly reference: string;
  readonly chat: { readonly outcome: PublishStepOutcome; readonly messageId?: string };
  readonly mail: {
    readonly outcome: PublishStepOutcome;
    /** Addresses this run mailed. */
    readonly sentTo: readonly string[];
    /** Addresses an earlier run had mailed. */
    readonly alreadySentTo: readonly string[];
  };
  readonly tasks: readonly {
    readonly actionId: ActionItemId;
    readonly outcome: PublishStepOutcome;
    readonly taskId?: string;
  }[];
  /** The actions linked to their tasks (`plannerTaskId`): what the record store should keep. */
  readonly actions: readonly ActionItem[];
}

export type PublishStep = 'chat' | 'mail' | 'tasks';

export interface PublishFailure {
  readonly step: PublishStep;
  /** For a task: the action it is for. */
  readonly actionId?: ActionItemId;
  readonly error: Error;
}

/** Some steps could not be completed; the report says what was done. Publish again to resume. */
export class PublishSummaryError extends Error {
  override readonly name: string = 'PublishSummaryError';
  readonly code = 'publishIncomplete' as const;
  readonly report: PublishSummaryReport;
  readonly failures: readonly PublishFailure[];

  constructor(report: PublishSummaryReport, failures: readonly PublishFailure[]) {
    const steps = [...new Set(failures.map((failure) => failure.step))].join(', ');
    super(
      `The summary was only partly published (${steps} not done: ${failures[0]?.error.message ?? ''}). ` +
        'Publish again to finish: what was already done will not be repeated.',
    );
    this.report = report;
    this.failures = failures;
  }
}

// ---------- progress of one run ----------

/**
 * `missing`: looked for and not there, to be written; `unsure`: its write failed in a way that may
 * have landed, to be looked for again.
 */
type StepStatus = 'missing' | 'unsure' | 'failed' | 'skipped' | WriteOutcome;

interface StepState {
  status: StepStatus;
  error?: Error;
}

interface Run {
  readonly client: GraphClient;
  readonly options: PublishSummaryOptions;
  readonly reference: string;
  readonly subject: string;
  readonly recipients: readonly SummaryRecipient[];
  readonly chat: StepState & { messageId?: string };
  readonly mail: StepState & {
    alreadySentTo: string[];
    teamAddresses: ReadonlySet<string>;
    missing: SummaryRecipient[];
  };
  readonly tasks: Map<ActionItemId, StepState & { taskId?: string }>;
  planId?: string;
  bucketId?: string;
}

/**
 * Publishes the summary: posts it to the meeting chat, mails it, and creates the Planner tasks of
 * its actions, each only if it is not there yet. See the module comment for how.
 *
 * @returns what each step did: `done` now or `alreadyDone` by an earlier run.
 * @throws ValidationError before any request when an option is wrong.
 * @throws PublishSummaryError when some steps failed; the others were done (its `report`), and
 * publishing again resumes. A `GraphClientSideError` (no network) as it comes: publish again.
 */
export async function publishSummary(
  client: GraphClient,
  options: PublishSummaryOptions,
): Promise<PublishSummaryReport> {
  const attempts = writeAttempts(client, options.maxAttempts);
  const run = startRun(client, checkedOptions(options));
  await firstLook(run);
  for (let round = 0; round < attempts; round++) {
    if (round > 0) await lookAgain(run);
    await writeMissing(run);
    const unsure = unsureErrors(run);
    const goOn =
      unsure.length > 0 &&
      round + 1 < attempts &&
      (await waitBeforeNextRound(client, { round, failures: unsure }));
    if (!goOn) break;
  }
  return finish(run);
}

function startRun(client: GraphClient, options: PublishSummaryOptions): Run {
  const reference = summaryReference({
    meetingId: options.meetingId,
    ...(options.revision === undefined ? {} : { revision: options.revision }),
  });
  const recipients = options.recipients ?? options.summary.recipients;
  return {
    client,
    options,
    reference,
    subject: summaryMailSubject(options.summary, reference),
    recipients,
    chat: { status: 'missing' },
    mail: {
      status: recipients.length === 0 ? 'skipped' : 'missing',
      alreadySentTo: [],
      teamAddresses: new Set(),
      missing: [],
    },
    tasks: new Map(options.actions.map((action) => [action.id, { status: 'missing' }])),
  };
}

// ---------- look-ups ----------

type LookAnswer = readonly unknown[] | GraphError;

/** Sends GETs in one `$batch` and reads every page of each answer. */
async function lookUp(
  client: GraphClient,
  requests: readonly BatchRequest[],
): Promise<Map<string, LookAnswer>> {
  if (requests.length === 0) return new Map();
  const { results } = await executeBatch(client, requests);
  const answers = await Promise.all(results.map((result) => itemsOf(client, result)));
  return new Map(results.map((result, index) => [result.id, answers[index] as LookAnswer]));
}

async function itemsOf(client: GraphClient, result: BatchResult<unknown>): Promise<LookAnswer> {
  if (!result.ok) return result.error;
  try {
    return await allItemsOf(client, result.body);
  } catch (error) {
    if (error instanceof GraphError) return error;
    throw error;
  }
}

/** Round 1: chat, Sent Items, team members and plans; round 2: the plan's buckets and tasks. */
async function firstLook(run: Run): Promise<void> {
  const { options } = run;
  const hasMail = run.mail.status !== 'skipped';
  const hasTasks = run.tasks.size > 0;
  const answers = await lookUp(run.client, [
    chatLookup('chat', options.chatId, options.summary.date),
    ...(hasMail
      ? [sentItemsLookup('mail', run.subject), teamMembersLookup('members', options.groupId)]
      : []),
    ...(hasTasks
      ? [{ id: 'plans', method: 'GET' as const, url: teamPlansUrl(options.groupId) }]
      : []),
  ]);
  applyChatLook(run, answers.get('chat'), 'alreadyDone');
  if (hasMail) {
    const members = answers.get('members');
    if (members instanceof GraphError) failStep(run.mail, members);
    else run.mail.teamAddresses = teamAddressesOf((members ?? []) as User[]);
    applyMailLook(run, answers.get('mail'), 'alreadyDone');
  }
  if (hasTasks) await lookInPlan(run, answers.get('plans'));
}

async function lookInPlan(run: Run, plans: LookAnswer | undefined): Promise<void> {
  try {
    if (plans instanceof GraphError) throw plans;
    run.planId = pickTeamPlan((plans ?? []) as PlannerPlan[], {
      groupId: run.options.groupId,
      ...(run.options.planner.planTitle === undefined
        ? {}
        : { planTitle: run.options.planner.planTitle }),
    }).id;
  } catch (error) {
    if (!(error instanceof PlannerPlanError || error instanceof GraphError)) throw error;
    for (const task of run.tasks.values()) failStep(task, error);
    return;
  }
  const answers = await lookUp(run.client, [
    { id: 'buckets', method: 'GET', url: planBucketsUrl(run.planId) },
    { id: 'tasks', method: 'GET', url: planTasksUrl(run.planId) },
  ]);
  applyTasksLook(run, answers.get('tasks'), 'alreadyDone');
  await ensureBucket(run, answers.get('buckets'));
}

/** The cadence's bucket, created only when some action still needs a task. */
async function ensureBucket(run: Run, buckets: LookAnswer | undefined): Promise<void> {
  const needing = [...run.tasks.values()].filter((task) => task.status === 'missing');
  if (needing.length === 0 || run.planId === undefined) return;
  try {
    if (buckets instanceof GraphError) throw buckets;
    const ensured = await ensureCadenceBucket(run.client, {
      planId: run.planId,
      bucketName: run.options.planner.bucketName,
      knownBuckets: (buckets ?? []) as PlannerBucket[],
      ...(run.options.maxAttempts === undefined ? {} : { maxAttempts: run.options.maxAttempts }),
    });
    run.bucketId = ensured.bucketId;
  } catch (error) {
    if (!(error instanceof GraphError)) throw error;
    for (const task of needing) failStep(task, error);
  }
}

/** Looks again for the steps whose write may have landed; one `$batch`. */
async function lookAgain(run: Run): Promise<void> {
  const unsureTasks = [...run.tasks.values()].some((task) => task.status === 'unsure');
  const answers = await lookUp(run.client, [
    ...(run.chat.status === 'unsure'
      ? [chatLookup('chat', run.options.chatId, run.options.summary.date)]
      : []),
    ...(run.mail.status === 'unsure' ? [sentItemsLookup('mail', run.subject)] : []),
    ...(unsureTasks && run.planId
      ? [{ id: 'tasks', method: 'GET' as const, url: planTasksUrl(run.planId) }]
      : []),
  ]);
  if (run.chat.status === 'unsure') applyChatLook(run, answers.get('chat'), 'done');
  if (run.mail.status === 'unsure') applyMailLook(run, answers.get('mail'), 'done');
  if (unsureTasks) applyTasksLook(run, answers.get('tasks'), 'done');
}

function applyChatLook(run: Run, answer: LookAnswer | undefined, found: WriteOutcome): void {
  if (answer instanceof GraphError) return failStep(run.chat, answer);
  const posted = findPostedSummary((answer ?? []) as ChatMessage[], run.reference);
  if (posted) Object.assign(run.chat, { status: found, messageId: posted.id });
  else run.chat.status = 'missing';
}

function applyMailLook(run: Run, answer: LookAnswer | undefined, found: WriteOutcome): void {
  if (run.mail.status === 'failed') return;
  if (answer instanceof GraphError) return failStep(run.mail, answer);
  const mailed = mailedAddresses((answer ?? []) as Message[]);
  const has = (recipient: SummaryRecipient) => mailed.has(normalAddress(recipient.email));
  if (found === 'alreadyDone') {
    run.mail.alreadySentTo = run.recipients.filter(has).map((recipient) => recipient.email);
  }
  run.mail.missing = run.recipients.filter((recipient) => !has(recipient));
  run.mail.status = run.mail.missing.length === 0 ? found : 'missing';
}

function applyTasksLook(run: Run, answer: LookAnswer | undefined, found: WriteOutcome): void {
  const open = run.options.actions.filter((action) => {
    const status = run.tasks.get(action.id)?.status;
    return status === 'missing' || status === 'unsure';
  });
  if (answer instanceof GraphError) {
    for (const action of open) failStep(run.tasks.get(action.id), answer);
    return;
  }
  const timeZone = run.options.planner.timeZone;
  const tasks = ((answer ?? []) as PlannerTaskResource[]).map((task) =>
    fromPlannerTask(task, timeZone),
  );
  const matches = matchActionTasks(open, tasks);
  for (const action of open) {
    const state = run.tasks.get(action.id);
    const task = matches.get(action.id);
    if (state)
      Object.assign(state, task ? { status: found, taskId: task.taskId } : { status: 'missing' });
  }
}

// ---------- writes ----------

/** Every missing write in one `$batch`: chat post, `sendMail`, task creates. */
async function writeMissing(run: Run): Promise<void> {
  const requests = missingWrites(run);
  if (requests.length === 0) return;
  const { results } = await executeBatch<unknown>(run.client, requests);
  for (const result of results) settleWrite(run, result);
}

function missingWrites(run: Run): BatchRequest[] {
  const { options } = run;
  const writes: BatchRequest[] = [];
  if (run.chat.status === 'missing') {
    writes.push({
      id: 'chat',
      method: 'POST',
      url: `/chats/${encodeURIComponent(options.chatId)}/messages`,
      body: summaryChatMessage({
        summary: options.summary,
        reference: run.reference,
        format: options.chatFormat ?? 'html',
      }),
      retrySafe: false,
    });
  }
  if (run.mail.status === 'missing') {
    writes.push({
      id: 'mail',
      method: 'POST',
      url: '/me/sendMail',
      body: summaryMail({
        summary: options.summary,
        reference: run.reference,
        recipients: splitSummaryRecipients(run.mail.missing, run.mail.teamAddresses),
      }),
      retrySafe: false,
    });
  }
  const missingActions = options.actions.filter(
    (action) => run.tasks.get(action.id)?.status === 'missing',
  );
  if (missingActions.length > 0 && run.planId && run.bucketId) {
    writes.push(
      ...actionTaskCreateRequests(missingActions, {
        planId: run.planId,
        bucketId: run.bucketId,
        timeZone: options.planner.timeZone,
      }),
    );
  }
  return writes;
}

function settleWrite(run: Run, result: BatchResult<unknown>): void {
  const state = stepOfRequest(run, result.id);
  if (!state) return;
  if (!result.ok) {
    state.error = result.error;
    state.status = isRetryableWriteFailure(result.error) ? 'unsure' : 'failed';
    return;
  }
  state.status = 'done';
  delete state.error;
  if (result.id === 'chat') run.chat.messageId = (result.body as ChatMessage).id ?? undefined;
  if (result.id === 'mail') run.mail.missing = [];
  if (result.id.startsWith('task-')) {
    Object.assign(state, { taskId: (result.body as PlannerTaskResource).id ?? undefined });
  }
}

function stepOfRequest(run: Run, requestId: string): (StepState & { taskId?: string }) | undefined {
  if (requestId === 'chat') return run.chat;
  if (requestId === 'mail') return run.mail;
  const action = run.options.actions.find((candidate) => taskRequestId(candidate.id) === requestId);
  return action ? run.tasks.get(action.id) : undefined;
}

function unsureErrors(run: Run): GraphError[] {
  return allSteps(run)
    .filter(({ state }) => state.status === 'unsure')
    .map(({ state }) => state.error)
    .filter((error): error is GraphError => error instanceof GraphError);
}

function failStep(state: StepState | undefined, error: Error): void {
  if (!state) return;
  state.status = 'failed';
  state.error = error;
}

// ---------- the result ----------

function allSteps(run: Run): { step: PublishStep; actionId?: ActionItemId; state: StepState }[] {
  return [
    { step: 'chat', state: run.chat },
    { step: 'mail', state: run.mail },
    ...[...run.tasks].map(([actionId, state]) => ({ step: 'tasks' as const, actionId, state })),
  ];
}

function finish(run: Run): PublishSummaryReport {
  const failures: PublishFailure[] = allSteps(run)
    .filter(({ state }) => !isSettled(state.status))
    .map(({ step, actionId, state }) => ({
      step,
      ...(actionId ? { actionId } : {}),
      error: state.error ?? new Error(`The ${step} step could not be completed`),
    }));
  const report = reportOf(run);
  if (failures.length > 0) throw new PublishSummaryError(report, failures);
  return report;
}

function isSettled(status: StepStatus): boolean {
  return status === 'done' || status === 'alreadyDone' || status === 'skipped';
}

function outcomeOf(status: StepStatus): PublishStepOutcome {
  return isSettled(status) ? (status as PublishStepOutcome) : 'failed';
}

function reportOf(run: Run): PublishSummaryReport {
  const already = new Set(run.mail.alreadySentTo.map(normalAddress));
  const stillMissing = new Set(run.mail.missing.map((recipient) => normalAddress(recipient.email)));
  const mailDone = run.mail.status === 'done';
  return {
    reference: run.reference,
    chat: {
      outcome: outcomeOf(run.chat.status),
      ...(run.chat.messageId ? { messageId: run.chat.messageId } : {}),
    },
    mail: {
      outcome: outcomeOf(run.mail.status),
      sentTo: mailDone
        ? run.recipients
            .map((recipient) => recipient.email)
            .filter(
              (email) =>
                !already.has(normalAddress(email)) && !stillMissing.has(normalAddress(email)),
            )
        : [],
      alreadySentTo: run.mail.alreadySentTo,
    },
    tasks: run.options.actions.map((action) => {
      const state = run.tasks.get(action.id);
      return {
        actionId: action.id,
        outcome: outcomeOf(state?.status ?? 'failed'),
        ...(state?.taskId ? { taskId: state.taskId } : {}),
      };
    }),
    actions: run.options.actions.map((action) => {
      const taskId = run.tasks.get(action.id)?.taskId;
      return taskId ? withPlannerTask(action, taskId) : action;
    }),
  };
}

// ---------- options ----------

function checkedOptions(options: PublishSummaryOptions): PublishSummaryOptions {
  const issues: FieldIssue[] = [];
  const require = (field: string, value: string, message: string) => {
    if (value.trim() === '') issues.push({ field, message });
  };
  require('chatId', options.chatId, 'Name the meeting chat to post the summary in');
  require('groupId', options.groupId, "Name the CX team's group");
  require('planner.bucketName', options.planner.bucketName, "Name the cadence's Planner bucket");
  require('meetingId', options.meetingId, 'Name the meeting the summary is of');
  if (!isCalendarDate(options.summary.date)) {
    issues.push({
      field: 'summary.date',
      message: 'The summary needs the meeting date, such as 2026-03-02',
    });
  }
  if (
    options.revision !== undefined &&
    !(Number.isInteger(options.revision) && options.revision >= 1)
  ) {
    issues.push({ field: 'revision', message: 'The revision must be a whole number from 1' });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return options;
}
