import { escapeHtml } from '../../domain/html';
import type { ChatMessageMention, MeetingSummary, SummaryRecipient } from '../../domain/summary';
import {
  renderSummaryCard,
  renderSummaryChatHtml,
  renderSummaryMailHtml,
} from '../../domain/summary';
import { referenceFooterHtml, summaryAttachmentId, summaryMailSubject } from './summaryReference';

/**
 * The summary as Graph resources: the meeting chat's `chatMessage` and the `sendMail` message.
 * Every piece of user text goes through the domain's renderers (escaped, then sanitised); what is
 * added here is fixed markup and the reference.
 */

/** How the summary appears in the meeting chat. */
export type SummaryChatFormat = 'html' | 'adaptiveCard';

const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/**
 * The body of `POST /chats/{id}/messages`.
 * - `html`: the rendered summary with an `<at>` mention of each action's owner, then the reference.
 * - `adaptiveCard`: the summary card as an attachment; the owners are @mentioned in the message
 *   text above it (once each: a card cannot notify them), then the reference.
 */
export function summaryChatMessage(input: {
  readonly summary: MeetingSummary;
  readonly reference: string;
  readonly format: SummaryChatFormat;
}): Record<string, unknown> {
  const { summary, reference } = input;
  if (input.format === 'html') {
    const { html, mentions } = renderSummaryChatHtml(summary);
    return {
      body: { contentType: 'html', content: `${html}${referenceFooterHtml(reference)}` },
      mentions,
    };
  }
  const attachmentId = summaryAttachmentId(reference);
  const mentions = ownerMentions(summary);
  const owners = mentions
    .map((mention) => `<at id="${mention.id}">${escapeHtml(mention.mentionText)}</at>`)
    .join(', ');
  const intro = mentions.length > 0 ? `<p>New actions for ${owners}.</p>` : '';
  return {
    body: {
      contentType: 'html',
      content: `${intro}<attachment id="${attachmentId}"></attachment>${referenceFooterHtml(reference)}`,
    },
    attachments: [
      {
        id: attachmentId,
        contentType: ADAPTIVE_CARD_CONTENT_TYPE,
        content: JSON.stringify(renderSummaryCard(summary)),
      },
    ],
    mentions,
  };
}

/** One mention per distinct action owner, ids 0, 1, 2… in order of first appearance. */
function ownerMentions(summary: MeetingSummary): ChatMessageMention[] {
  const seen = new Set<string>();
  const owners = summary.newActions.filter((action) => {
    if (seen.has(action.ownerId)) return false;
    seen.add(action.ownerId);
    return true;
  });
  return owners.map((action, index) => ({
    id: index,
    mentionText: action.ownerName,
    mentioned: {
      user: { id: action.ownerId, displayName: action.ownerName, userIdentityType: 'aadUser' },
    },
  }));
}

/** Who sees whom: team members on To, everyone else (stakeholders outside the team) on Bcc. */
export interface SummaryMailRecipients {
  readonly to: readonly SummaryRecipient[];
  readonly bcc: readonly SummaryRecipient[];
}

/**
 * Splits recipients by whether their address belongs to a member of the CX team (compared without
 * regard to case). People outside the team go on Bcc: their addresses are not shown to everyone,
 * and a reply-all among the team does not reach them.
 */
export function splitSummaryRecipients(
  recipients: readonly SummaryRecipient[],
  teamAddresses: ReadonlySet<string>,
): SummaryMailRecipients {
  const isTeam = (recipient: SummaryRecipient) => teamAddresses.has(normalAddress(recipient.email));
  return {
    to: recipients.filter(isTeam),
    bcc: recipients.filter((recipient) => !isTeam(recipient)),
  };
}

/** The body of `POST /me/sendMail`, kept in Sent Items (where the next run looks for it). */
export function summaryMail(input: {
  readonly summary: MeetingSummary;
  readonly reference: string;
  readonly recipients: SummaryMailRecipients;
}): Record<string, unknown> {
  const html = renderSummaryMailHtml(input.summary);
  return {
    message: {
      subject: summaryMailSubject(input.summary, input.reference),
      body: { contentType: 'html', content: `${html}${referenceFooterHtml(input.reference)}` },
      toRecipients: input.recipients.to.map(graphRecipient),
      bccRecipients: input.recipients.bcc.map(graphRecipient),
    },
    saveToSentItems: true,
  };
}

/** Mail addresses compare without regard to case or surrounding spaces. */
export function normalAddress(address: string): string {
  return address.trim().toLowerCase();
}

function graphRecipient(recipient: SummaryRecipient): Record<string, unknown> {
  return { emailAddress: { name: recipient.name, address: recipient.email } };
}
