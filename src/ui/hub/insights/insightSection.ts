import type { Charter } from '../../../domain/charter';
import type { CxWorkspace, TeamMember } from '../../../graph/workspace';

/** What the hub hands each insight section (decision log, library, tracker, health). */
export interface InsightSectionProps {
  /** The CX team's records, opened by the hub. */
  readonly workspace: CxWorkspace;
  /** The team's charter (role and category names); `undefined` before the team saved one. */
  readonly charter: Charter | undefined;
  /** The team's members, for names. */
  readonly members: readonly TeamMember[];
  /** The clock, read once per load: "today" and "overdue" are relative to it. */
  readonly now: () => Date;
}
