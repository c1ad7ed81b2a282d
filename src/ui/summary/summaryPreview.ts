import type { AdaptiveCard } from '../../domain/adaptiveCard';
import type { MeetingId } from '../../domain/ids';
import type { MeetingSummary } from '../../domain/summary';
import { withoutColours } from '../../domain/summaryReview';
import { actionTaskKey, titleWithActionKey } from '../../graph/planner';
import {
  summaryChatMessage,
  summaryMail,
  summaryMailSubject,
  summaryReference,
} from '../../graph/publishing';
import type { SummaryChatFormat } from '../../graph/publishing';
import type { ActionItem } from '../../domain/records';

/** One Planner task as it will be created. */
export interface PlannerTaskPreview {
  readonly actionId: string;
  /** The task's title in Planner, with the action's key. */
  readonly title: string;
  readonly ownerName: string;
  /** `YYYY-MM-DD`. */
  readonly dueDate: string;
}

/** Exactly what publishing will post, mail and create, ready to show. */
export interface SummaryPreview {
  readonly reference: string;
  /** The chat message body (sanitised by the renderers), colours left to the app's theme. */
  readonly chatHtml: string;
  /** The Adaptive Card attached to the chat message, for the card format. */
  readonly chatCard?: AdaptiveCard;
  readonly mailSubject: string;
  /** The mail body (sanitised by the renderer), colours left to the app's theme. */
  readonly mailHtml: string;
  readonly tasks: readonly PlannerTaskPreview[];
}

/**
 * The preview of a summary's publication, built by the very functions publishing sends: the chat
 * message and mail bodies of `summaryChatMessage` and `summaryMail`, the mail subject with its
 * reference, and each action's Planner title with its key.
 */
export function summaryPreviewOf(input: {
  readonly summary: MeetingSummary;
  readonly meetingId: MeetingId;
  readonly actions: readonly ActionItem[];
  readonly chatFormat: SummaryChatFormat;
}): SummaryPreview {
  const { summary } = input;
  const reference = summaryReference({ meetingId: input.meetingId });
  const chat = summaryChatMessage({ summary, reference, format: input.chatFormat }) as {
    body: { content: string };
    attachments?: { content: string }[];
  };
  const mail = summaryMail({
    summary,
    reference,
    recipients: { to: summary.recipients, bcc: [] },
  }) as { message: { body: { content: string } } };
  const card = chat.attachments?.[0]?.content;
  return {
    reference,
    chatHtml: withoutColours(chat.body.content),
    ...(card ? { chatCard: JSON.parse(card) as AdaptiveCard } : {}),
    mailSubject: summaryMailSubject(summary, reference),
    mailHtml: withoutColours(mail.message.body.content),
    tasks: input.actions.map((action, index) => ({
      actionId: action.id,
      title: titleWithActionKey(action.title, actionTaskKey(action.id)),
      // buildMeetingSummary lists new actions in the order given.
      ownerName: summary.newActions[index]?.ownerName ?? '',
      dueDate: action.dueDate,
    })),
  };
}
