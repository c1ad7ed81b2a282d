import type { ChatMessage, Message, Recipient, User } from '@microsoft/microsoft-graph-types';
import { addDays } from '../../domain/calendarDate';
import type { BatchRequest } from '../client';
import { normalAddress } from './summaryMessages';

/**
 * The look-ups before each write of `publishSummary`: what to ask Graph, and how to read the
 * answer. All are GETs, sent together in a `$batch`.
 */

/** Chat messages per page: Graph's maximum. */
export const CHAT_MESSAGES_PAGE_SIZE = 50;
/** Sent Items matches per page: the subject carries the reference, so there are one or two. */
export const SENT_ITEMS_PAGE_SIZE = 50;
/** Group members per page. */
export const MEMBERS_PAGE_SIZE = 999;

/**
 * The chat's messages since the day before the meeting (in UTC, so any time zone's meeting day is
 * covered), newest first. Graph filters chat messages only on `createdDateTime` or
 * `lastModifiedDateTime`, with `$orderby` on the same property; it cannot filter on the body, so
 * the reference is looked for in the returned pages. Example: meeting date 2026-03-02 →
 * `createdDateTime gt 2026-03-01T00:00:00Z`.
 */
export function chatLookup(id: string, chatId: string, meetingDate: string): BatchRequest {
  const since = `${addDays(meetingDate, -1)}T00:00:00Z`;
  return {
    id,
    method: 'GET',
    url:
      `/chats/${encodeURIComponent(chatId)}/messages?$top=${CHAT_MESSAGES_PAGE_SIZE}` +
      `&$orderby=${encodeURIComponent('createdDateTime desc')}` +
      `&$filter=${encodeURIComponent(`createdDateTime gt ${since}`)}`,
  };
}

/** The summary message among chat messages: the first whose body carries the reference. */
export function findPostedSummary(
  messages: readonly ChatMessage[],
  reference: string,
): ChatMessage | undefined {
  return messages.find((message) => (message.body?.content ?? '').includes(reference));
}

/**
 * The signed-in user's Sent Items with exactly this subject (which carries the reference), with
 * their recipients. `subject eq` is an exact, indexed match in Exchange.
 */
export function sentItemsLookup(id: string, subject: string): BatchRequest {
  const filter = `subject eq '${subject.replace(/'/g, "''")}'`;
  return {
    id,
    method: 'GET',
    url:
      `/me/mailFolders/sentitems/messages?$filter=${encodeURIComponent(filter)}` +
      `&$select=${encodeURIComponent('subject,toRecipients,ccRecipients,bccRecipients')}` +
      `&$top=${SENT_ITEMS_PAGE_SIZE}`,
  };
}

/** Every address the sent copies went to (To, Cc and Bcc: the sender's copy keeps Bcc), normalised. */
export function mailedAddresses(sent: readonly Message[]): Set<string> {
  const addresses = sent.flatMap((message) =>
    [message.toRecipients, message.ccRecipients, message.bccRecipients].flatMap(
      (list: Recipient[] | null | undefined) => list ?? [],
    ),
  );
  return new Set(
    addresses
      .map((recipient) => recipient.emailAddress?.address)
      .filter((address): address is string => typeof address === 'string')
      .map(normalAddress),
  );
}

/** The CX team's members, for who goes on To and who on Bcc. */
export function teamMembersLookup(id: string, groupId: string): BatchRequest {
  return {
    id,
    method: 'GET',
    url:
      `/groups/${encodeURIComponent(groupId)}/members` +
      `?$select=${encodeURIComponent('id,mail,userPrincipalName')}&$top=${MEMBERS_PAGE_SIZE}`,
  };
}

/** Every address of the members: mail and user principal name, normalised. */
export function teamAddressesOf(members: readonly User[]): Set<string> {
  return new Set(
    members
      .flatMap((member) => [member.mail, member.userPrincipalName])
      .filter((address): address is string => typeof address === 'string' && address !== '')
      .map(normalAddress),
  );
}
