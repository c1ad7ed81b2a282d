import type { Message, OnlineMeeting } from '@microsoft/microsoft-graph-types';
import type { DemoPersonKey } from '../../../emulator/seed/constants';
import { DEMO_USER_IDS } from '../../../emulator/seed/constants';
import { displayNameOf, personByKey, upnOf } from '../../../emulator/seed/people';
import { memberId } from '../../../src/domain/ids';
import type { ActionItem } from '../../../src/domain/records';
import type { MeetingSummary, SummaryRecipient } from '../../../src/domain/summary';
import type { GraphClient } from '../../../src/graph/client';

/** Display name of a demo persona: `nameOf('sam')` → "Sam Taylor". */
export function nameOf(key: DemoPersonKey): string {
  return displayNameOf(personByKey(key));
}

export function recipient(key: DemoPersonKey): SummaryRecipient {
  return { name: nameOf(key), email: upnOf(personByKey(key)) };
}

/**
 * The 2 March CX Council's summary as the domain builds it: the actions' owners by name, the
 * recipients given (attendees and who must know).
 */
export function demoSummary(input: {
  actions: readonly ActionItem[];
  recipients: readonly SummaryRecipient[];
  title?: string;
  story?: string;
}): MeetingSummary {
  const owners = new Map<string, string>(
    (Object.keys(DEMO_USER_IDS) as DemoPersonKey[]).map((key) => [DEMO_USER_IDS[key], nameOf(key)]),
  );
  return {
    title: input.title ?? 'CX Council',
    date: '2026-03-02',
    dateLabel: 'Monday 2 March 2026, 15:00 GMT',
    isCancelled: false,
    attendance: [
      {
        department: 'cx',
        departmentLabel: 'Customer Experience',
        attendees: [nameOf('dana')],
        absentees: [],
      },
    ],
    missionMoment: {
      presenterName: nameOf('lukas'),
      story: input.story ?? 'A customer was charged twice; Lukas refunded it on the first call.',
      livedUpToMission: true,
      outcomeLabel: 'Lived up to our CX mission',
      why: 'Resolved on first contact',
    },
    decisions: [
      {
        statement: 'Pilot a callback option',
        rationale: 'Customers wait too long on hold',
        categoryName: 'Customer journey',
        driver: { roleName: 'CX Lead', memberName: nameOf('dana') },
        approver: { roleName: 'Executive Sponsor', memberName: nameOf('amara') },
        contributors: [nameOf('lukas')],
        informed: [nameOf('grace')],
        status: 'approved',
        statusLabel: 'Approved',
      },
    ],
    newActions: input.actions.map((action) => ({
      title: action.title,
      ownerId: memberId(action.owner),
      ownerName: owners.get(action.owner) ?? 'Unknown',
      dueDate: action.dueDate,
    })),
    carriedForward: { openActions: [], deferredDecisions: [] },
    recipients: input.recipients,
  };
}

/**
 * A Teams meeting the CX lead organises on 2 March with `attendees`, and its meeting chat's id,
 * found as the app finds it: the event's join URL → `onlineMeetings` → `chatInfo.threadId`.
 */
export async function createMeetingChat(
  organizer: GraphClient,
  attendees: readonly DemoPersonKey[],
): Promise<string> {
  const event = await organizer.request<{ onlineMeeting: { joinUrl: string } }>({
    method: 'POST',
    url: '/me/events',
    body: {
      subject: 'CX Council',
      start: { dateTime: '2026-03-02T15:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-03-02T16:00:00', timeZone: 'UTC' },
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      attendees: attendees.map((key) => ({
        emailAddress: { address: upnOf(personByKey(key)), name: nameOf(key) },
        type: 'required',
      })),
    },
  });
  const filter = encodeURIComponent(`JoinWebUrl eq '${event.onlineMeeting.joinUrl}'`);
  const meetings = await organizer.request<{ value: OnlineMeeting[] }>({
    method: 'GET',
    url: `/me/onlineMeetings?$filter=${filter}`,
  });
  const threadId = meetings.value[0]?.chatInfo?.threadId;
  if (!threadId) throw new Error('The Teams meeting has no chat');
  return threadId;
}

/** A mailbox's messages in a folder with exactly this subject. */
export async function mailWithSubject(
  client: GraphClient,
  folder: 'inbox' | 'sentitems',
  subject: string,
): Promise<Message[]> {
  const filter = encodeURIComponent(`subject eq '${subject.replace(/'/g, "''")}'`);
  const page = await client.request<{ value: Message[] }>({
    method: 'GET',
    url: `/me/mailFolders/${folder}/messages?$filter=${filter}`,
  });
  return page.value;
}
