import type { MemberId } from '../ids';
import { UNKNOWN_MEMBER_NAME } from '../records';

/** A person as the hub names them: the id records use and the name people read. */
export interface NamedMember {
  readonly id: string;
  readonly displayName: string;
}

/** Names by member id: records name people by id, the hub shows their names. */
export type MemberDirectory = ReadonlyMap<string, string>;

/** The directory of `members`; a later entry with the same id wins. */
export function memberDirectory(members: readonly NamedMember[]): MemberDirectory {
  return new Map(members.map((member) => [member.id, member.displayName]));
}

/**
 * The member's name, or "Unknown member" for someone no longer on the team (their records stay,
 * their name is no longer listed).
 */
export function memberNameOf(directory: MemberDirectory, id: MemberId | string): string {
  return directory.get(id) ?? UNKNOWN_MEMBER_NAME;
}
