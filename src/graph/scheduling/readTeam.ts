import type { User } from '@microsoft/microsoft-graph-types';
import type { Cadence } from '../../domain/cadence';
import type { BatchRequest, GraphClient, GraphPage } from '../client';
import { answerBody, remainingPages, sendBatch, type BatchAnswers } from './graphCalls';
import { afterEachOther, type GraphCost } from './steps';
import {
  ATTENDEE_REQUEST_PREFIX,
  ME_REQUEST_ID,
  TEAM_REQUEST_ID,
  attendeeProfileRequests,
  resolveAttendees,
  signedInUserRequest,
  teamMembersRequest,
  usersAmong,
  type CadencePerson,
} from './team';

export interface ReadTeamOptions {
  readonly client: GraphClient;
  readonly cadence: Cadence;
  readonly groupId: string;
  /** Check that the signed-in person is the organizer (the series goes into their calendar). */
  readonly requireOrganizer: boolean;
  /** Other independent reads to send in the same `$batch` (their answers come back as `extra`). */
  readonly alongside?: readonly BatchRequest[];
}

export interface TeamRead {
  readonly people: readonly CadencePerson[];
  /** The whole first batch's answers, for the `alongside` requests. */
  readonly extra: BatchAnswers;
  readonly cost: GraphCost;
}

/**
 * The flow's first round trip: one `$batch` with the CX group's members, the attendees' profiles
 * (15 a request), the signed-in user when the organizer must be checked, and whatever else the
 * caller can read at the same time. A group of more than 999 members takes more pages.
 *
 * @throws ValidationError naming attendees outside the organisation or without a mailbox.
 */
export async function readTeam(options: ReadTeamOptions): Promise<TeamRead> {
  const { client, cadence } = options;
  const profileRequests = attendeeProfileRequests(cadence.attendeeIds);
  const answers = await sendBatch(client, [
    teamMembersRequest(options.groupId),
    ...profileRequests,
    ...(options.requireOrganizer ? [signedInUserRequest()] : []),
    ...(options.alongside ?? []),
  ]);
  const firstPage = answerBody<GraphPage<User>>(answers, TEAM_REQUEST_ID, 'read the CX team');
  const team = await remainingPages(client, firstPage);
  const profiles = profileRequests.flatMap(
    (request) =>
      answerBody<GraphPage<User>>(
        answers,
        request.id ?? ATTENDEE_REQUEST_PREFIX,
        'read the attendees',
      ).value,
  );
  const signedInUserId = options.requireOrganizer
    ? (answerBody<User>(answers, ME_REQUEST_ID, 'read who is signed in').id ?? '')
    : cadence.organizerId;
  const people = resolveAttendees({
    cadence,
    teamMembers: usersAmong(team.items),
    profiles,
    signedInUserId,
  });
  return { people, extra: answers, cost: afterEachOther(answers.cost, team.cost) };
}
