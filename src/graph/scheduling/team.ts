import type { User } from '@microsoft/microsoft-graph-types';
import type { Cadence } from '../../domain/cadence';
import { ValidationError, type FieldIssue } from '../../domain/errors';
import { memberId, type MemberId } from '../../domain/ids';
import type { BatchRequest } from '../client';

/**
 * The people of a cadence as Graph knows them. Reading the team is one part of the flow's first
 * `$batch`: the CX group's members (who is on the team), the attendees' own profiles (anyone in the
 * organisation can be invited, on the team or not) and the signed-in person (the series is created
 * in their calendar, so they must be the organizer).
 */

/** One invited person. */
export interface CadencePerson {
  readonly id: MemberId;
  readonly displayName: string;
  /** Their SMTP address: what invitations and getSchedule use. */
  readonly address: string;
  /** False for someone from elsewhere in the organisation, invited to a team's cadence. */
  readonly isTeamMember: boolean;
}

/** Graph's page limit for directory collections: one page holds any real CX team. */
export const DIRECTORY_PAGE_SIZE = 999;
/** Graph accepts at most 15 values in one `in (…)` filter on directory objects. */
export const MAX_IDS_PER_USER_FILTER = 15;

const PERSON_FIELDS = 'id,displayName,mail,userPrincipalName';

export const TEAM_REQUEST_ID = 'team';
export const ME_REQUEST_ID = 'me';
export const ATTENDEE_REQUEST_PREFIX = 'attendees';

/** `GET /groups/{id}/members`: the CX team. */
export function teamMembersRequest(groupId: string): BatchRequest {
  return {
    id: TEAM_REQUEST_ID,
    method: 'GET',
    url: `/groups/${encodeURIComponent(groupId)}/members?$select=${PERSON_FIELDS}&$top=${DIRECTORY_PAGE_SIZE}`,
  };
}

/** `GET /me?$select=id`: who is signed in. */
export function signedInUserRequest(): BatchRequest {
  return { id: ME_REQUEST_ID, method: 'GET', url: '/me?$select=id' };
}

/** `GET /users?$filter=id in (…)`, 15 ids a request: the attendees' profiles. */
export function attendeeProfileRequests(attendeeIds: readonly MemberId[]): BatchRequest[] {
  const requests: BatchRequest[] = [];
  for (let start = 0; start < attendeeIds.length; start += MAX_IDS_PER_USER_FILTER) {
    const ids = attendeeIds.slice(start, start + MAX_IDS_PER_USER_FILTER);
    const filter = `id in (${ids.map(odataString).join(',')})`;
    requests.push({
      id: `${ATTENDEE_REQUEST_PREFIX}-${requests.length + 1}`,
      method: 'GET',
      url: `/users?$filter=${encodeURIComponent(filter)}&$select=${PERSON_FIELDS}&$top=${MAX_IDS_PER_USER_FILTER}`,
    });
  }
  return requests;
}

/** An OData string literal: quoted, with single quotes doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export interface ResolveAttendeesOptions {
  readonly cadence: Pick<Cadence, 'attendeeIds' | 'organizerId'>;
  /** The CX group's members (directory objects; non-users are ignored). */
  readonly teamMembers: readonly User[];
  /** The profiles `attendeeProfileRequests` found. */
  readonly profiles: readonly User[];
  /** The signed-in user's id. */
  readonly signedInUserId: string;
}

/**
 * The cadence's attendees, in the cadence's order, with the address each is invited at.
 *
 * @throws ValidationError naming every attendee who is not in the organisation's directory (an
 *   id from another tenant, or a deleted account), who has no mailbox, and an organizer who is not
 *   the signed-in person.
 */
export function resolveAttendees(options: ResolveAttendeesOptions): CadencePerson[] {
  const onTeam = new Set(options.teamMembers.map((member) => member.id));
  const profiles = new Map(options.profiles.map((user) => [user.id, user]));
  const issues: FieldIssue[] = [];
  const people: CadencePerson[] = [];
  options.cadence.attendeeIds.forEach((attendeeId, index) => {
    const profile = profiles.get(attendeeId);
    const address = profile?.mail ?? profile?.userPrincipalName ?? undefined;
    if (!profile) {
      issues.push({
        field: `attendeeIds.${index}`,
        message: `Person ${attendeeId} is not in your organisation's directory, so CX Cadence cannot invite them or read their calendar. Remove them from the cadence, or ask your Microsoft 365 admin to add them to your organisation (as a guest if they work elsewhere).`,
      });
    } else if (!address) {
      issues.push({
        field: `attendeeIds.${index}`,
        message: `${profile.displayName ?? attendeeId} has no mailbox, so they cannot receive the meeting invitation. Remove them from the cadence, or ask your Microsoft 365 admin to give them a mailbox.`,
      });
    } else {
      people.push({
        id: memberId(attendeeId),
        displayName: profile.displayName ?? address,
        address,
        isTeamMember: onTeam.has(attendeeId),
      });
    }
  });
  if (options.cadence.organizerId !== options.signedInUserId) {
    issues.push({
      field: 'organizerId',
      message:
        'Only the organizer can schedule this cadence: the meeting series is created in the calendar of the person signed in. Sign in as the organizer, or make yourself the organizer.',
    });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return people;
}

/** Directory objects that are users (a group's members can include devices and groups). */
export function usersAmong(objects: readonly (User & { '@odata.type'?: string })[]): User[] {
  return objects.filter(
    (object) =>
      object['@odata.type'] === undefined || object['@odata.type'] === '#microsoft.graph.user',
  );
}
