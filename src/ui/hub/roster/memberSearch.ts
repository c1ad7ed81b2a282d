import type { TeamMember } from '../../../graph/workspace';

/** How many people the picker lists at once; typing narrows it down. */
export const MAX_MEMBER_OPTIONS = 20;

const normalised = (text: string): string => text.trim().toLocaleLowerCase();

/**
 * The team members the people picker offers for `query`: not already chosen, whose name, address,
 * department or job title contains every word typed (in any order, any case), at most
 * {@link MAX_MEMBER_OPTIONS}, in the team's order (by name).
 */
export function matchingMembers(
  members: readonly TeamMember[],
  options: { readonly query: string; readonly chosen: readonly string[] },
): TeamMember[] {
  const chosen = new Set(options.chosen);
  const words = normalised(options.query).split(/\s+/).filter(Boolean);
  return members
    .filter((member) => !chosen.has(member.id))
    .filter((member) => {
      const haystack = normalised(
        [member.displayName, member.mail, member.department, member.jobTitle].join(' '),
      );
      return words.every((word) => haystack.includes(word));
    })
    .slice(0, MAX_MEMBER_OPTIONS);
}

/** "Sales Director · Sales": what the picker shows under a person's name. */
export function memberDetails(member: TeamMember): string {
  return [member.jobTitle, member.department].filter(Boolean).join(' · ') || member.mail;
}
