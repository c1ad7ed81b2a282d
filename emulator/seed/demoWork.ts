import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { escapeHtml } from '../../src/domain/html';
import type { GraphJson } from '../core/state';
import { DEMO_CX_PLAN_ID, DEMO_USER_IDS, type DemoPersonKey } from './constants';
import { etagOf } from '../core/access';
import { graphTimestamp, utcSeconds } from '../core/dates';
import { messageWebLink } from '../graph/mail';
import { plannerEtag, plannerIdentity } from '../graph/planner';
import type { SeedContext } from './calendar';
import { DEMO_PEOPLE, emailAddressOf, personByKey } from './people';

/**
 * The demo's mail and Planner content: a few messages about the CX Council (each in the sender's
 * Sent Items and every recipient's Inbox, as Exchange delivers them) and the CX Council plan's
 * buckets and tasks.
 */

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 24 * MS_PER_HOUR;

interface MailSpec {
  readonly from: DemoPersonKey;
  readonly to: readonly DemoPersonKey[];
  readonly cc?: readonly DemoPersonKey[];
  readonly subject: string;
  readonly paragraphs: readonly string[];
  /** How long before `now` it was sent. */
  readonly hoursAgo: number;
  /** Recipients who have already read it. */
  readonly readBy?: readonly DemoPersonKey[];
  readonly importance?: 'low' | 'normal' | 'high';
}

export function seedDemoMail(context: SeedContext): void {
  for (const spec of demoMail()) deliverMail(context, spec);
}

function demoMail(): MailSpec[] {
  const cxMembers = DEMO_PEOPLE.filter((person) => person.isCxMember && person.key !== 'dana').map(
    (person) => person.key,
  );
  return [
    {
      from: 'dana',
      to: cxMembers,
      subject: 'Welcome to the CX Council',
      paragraphs: [
        'Hello everyone,',
        'Thank you for joining the CX Council. Over the next weeks we will agree our charter: our CX vision and mission, the goals we hold ourselves to, and who decides what.',
        'Every meeting opens with a Mission Moment: a short, true story of a customer or colleague interaction. Start collecting yours.',
        'Dana',
      ],
      hoursAgo: 50,
      readBy: ['amara', 'sofia', 'lukas', 'jordan', 'rafael'],
    },
    {
      from: 'amara',
      to: ['dana'],
      subject: 'CX metrics for the board pack',
      paragraphs: [
        'Dana, the board would like NPS and customer effort trends in the next quarterly pack. Can the council own that section?',
        'Amara',
      ],
      hoursAgo: 26,
      readBy: ['dana'],
      importance: 'high',
    },
    {
      from: 'lukas',
      to: ['dana'],
      cc: ['sofia'],
      subject: 'Mission Moment for the kickoff',
      paragraphs: [
        'Hi Dana, I have a good one for the kickoff: a customer whose delivery was lost and the agent who drove the replacement over herself.',
        'Happy to tell it. Lukas',
      ],
      hoursAgo: 5,
    },
  ];
}

function deliverMail(context: SeedContext, spec: MailSpec): void {
  const sentMs = context.now.getTime() - spec.hoursAgo * MS_PER_HOUR;
  const conversationId = opaqueId(context.newId(), 60);
  const internetMessageId = `<${opaqueId(context.newId(), 24)}@contoso.example>`;
  const base = { spec, sentMs, conversationId, internetMessageId };
  const senderCopy = messageJson({ ...base, id: context.newId(), isRead: true });
  context.state.messages[String(senderCopy.id)] = {
    ownerId: DEMO_USER_IDS[spec.from],
    folder: 'sentitems',
    message: senderCopy,
  };
  for (const recipient of [...spec.to, ...(spec.cc ?? [])]) {
    const isRead = (spec.readBy ?? []).includes(recipient);
    const copy = messageJson({ ...base, id: context.newId(), isRead });
    context.state.messages[String(copy.id)] = {
      ownerId: DEMO_USER_IDS[recipient],
      folder: 'inbox',
      message: copy,
    };
  }
}

/** Graph `message` JSON, with the properties Graph returns by default. */
function messageJson(input: {
  id: string;
  spec: MailSpec;
  sentMs: number;
  conversationId: string;
  internetMessageId: string;
  isRead: boolean;
}): GraphJson {
  const { spec } = input;
  const changeKey = opaqueId(`changeKey:${input.id}`, 40);
  const sent = graphTimestamp(input.sentMs);
  const sender = { emailAddress: emailAddressOf(personByKey(spec.from)) };
  const recipients = (keys: readonly DemoPersonKey[]) =>
    keys.map((key) => ({ emailAddress: emailAddressOf(personByKey(key)) }));
  const content = `<html><body>${spec.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('')}</body></html>`;
  return {
    '@odata.etag': etagOf(changeKey),
    id: input.id,
    createdDateTime: sent,
    lastModifiedDateTime: sent,
    changeKey,
    categories: [],
    receivedDateTime: sent,
    sentDateTime: sent,
    hasAttachments: false,
    internetMessageId: input.internetMessageId,
    subject: spec.subject,
    bodyPreview: spec.paragraphs.join(' ').slice(0, 255),
    importance: spec.importance ?? 'normal',
    conversationId: input.conversationId,
    isDeliveryReceiptRequested: false,
    isReadReceiptRequested: false,
    isRead: input.isRead,
    isDraft: false,
    webLink: messageWebLink(input.id),
    inferenceClassification: 'focused',
    body: { contentType: 'html', content },
    sender,
    from: sender,
    toRecipients: recipients(spec.to),
    ccRecipients: recipients(spec.cc ?? []),
    bccRecipients: [],
    replyTo: [],
    flag: { flagStatus: 'notFlagged' },
  };
}

/** An opaque, URL-safe id of `length` characters derived from `seed` (deterministic). */
function opaqueId(seed: string, length: number): string {
  let text = '';
  for (let round = 0; text.length < length; round += 1) {
    text += createHash('sha256').update(`${round}:${seed}`).digest('base64url');
  }
  return text.slice(0, length);
}

// ---------- Planner ----------

interface TaskSpec {
  readonly bucket: number;
  readonly title: string;
  readonly description: string;
  readonly assignee: DemoPersonKey;
  /** Days from `now` (negative: overdue). */
  readonly dueInDays: number;
  readonly percentComplete: 0 | 50 | 100;
}

const BUCKET_NAMES = ['Charter', 'Voice of the customer', 'Actions'] as const;

const TASKS: readonly TaskSpec[] = [
  {
    bucket: 0,
    title: 'Draft the CX vision and mission',
    description: 'A first draft for the kickoff, from the leadership offsite notes.',
    assignee: 'dana',
    dueInDays: 7,
    percentComplete: 50,
  },
  {
    bucket: 0,
    title: 'Agree decision rights with the leadership team',
    description: 'Walk the DACI matrix through with the executive sponsor.',
    assignee: 'amara',
    dueInDays: 21,
    percentComplete: 0,
  },
  {
    bucket: 1,
    title: 'Baseline NPS and customer effort by journey',
    description: 'Last four quarters, split by onboarding, support and renewal.',
    assignee: 'sofia',
    dueInDays: 14,
    percentComplete: 0,
  },
  {
    bucket: 1,
    title: 'Collect Mission Moment stories from the contact centre',
    description: 'Ask team leads for two stories each.',
    assignee: 'lukas',
    dueInDays: -3,
    percentComplete: 50,
  },
  {
    bucket: 2,
    title: 'Share the complaint policy with frontline trainers',
    description: 'Done at the last learning community of practice.',
    assignee: 'hannah',
    dueInDays: -10,
    percentComplete: 100,
  },
];

/** The CX Council plan's buckets and tasks (the plan itself belongs to both tenants). */
export function seedDemoPlanner(context: SeedContext): void {
  const createdMs = context.now.getTime() - 14 * MS_PER_DAY;
  const bucketIds = BUCKET_NAMES.map((name, index) => {
    const id = opaqueId(context.newId(), 28);
    context.state.planner.buckets[id] = {
      '@odata.etag': plannerEtag('Bucket', 1),
      id,
      name,
      planId: DEMO_CX_PLAN_ID,
      orderHint: orderHint(index),
    };
    return id;
  });
  TASKS.forEach((task, index) => {
    const bucketId = bucketIds[task.bucket] ?? '';
    addTask(context, { task, index, bucketId, createdMs: createdMs + index * MS_PER_HOUR });
  });
}

function addTask(
  context: SeedContext,
  input: { task: TaskSpec; index: number; bucketId: string; createdMs: number },
): void {
  const { task } = input;
  const id = opaqueId(context.newId(), 28);
  const created = graphTimestamp(input.createdMs);
  const dana = plannerIdentity(DEMO_USER_IDS.dana);
  const isDone = task.percentComplete === 100;
  context.state.planner.tasks[id] = {
    '@odata.etag': plannerEtag('Task', 1),
    planId: DEMO_CX_PLAN_ID,
    bucketId: input.bucketId,
    title: task.title,
    orderHint: orderHint(input.index),
    assigneePriority: '',
    percentComplete: task.percentComplete,
    startDateTime: null,
    createdDateTime: created,
    dueDateTime: dueDateTimeOf(context.now, task.dueInDays),
    hasDescription: true,
    previewType: 'automatic',
    completedDateTime: isDone ? graphTimestamp(context.now.getTime() - 11 * MS_PER_DAY) : null,
    completedBy: isDone ? plannerIdentity(DEMO_USER_IDS[task.assignee]) : null,
    referenceCount: 0,
    checklistItemCount: 0,
    activeChecklistItemCount: 0,
    conversationThreadId: null,
    priority: 5,
    id,
    createdBy: dana,
    appliedCategories: {},
    assignments: {
      [DEMO_USER_IDS[task.assignee]]: {
        '@odata.type': '#microsoft.graph.plannerAssignment',
        assignedDateTime: created,
        orderHint: `${orderHint(input.index)} !`,
        assignedBy: dana,
      },
    },
  };
  context.state.planner.taskDetails[id] = {
    '@odata.etag': plannerEtag('TaskDetails', 1),
    id,
    description: task.description,
    previewType: 'automatic',
    references: {},
    checklist: {},
  };
}

/** Planner's order hints compare as strings; these sort in index order. */
function orderHint(index: number): string {
  return `85854${String(index).padStart(2, '0')}0000000000000`;
}

/** Due dates are whole days: midnight UTC of the day, as Planner stores a date-only due date. */
function dueDateTimeOf(now: Date, days: number): string {
  return utcSeconds(
    DateTime.fromJSDate(now, { zone: 'utc' }).startOf('day').plus({ days }).toMillis(),
  );
}
