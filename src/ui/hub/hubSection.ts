import type { Charter } from '../../domain/charter';
import type { StoredRecord } from '../../graph/records';
import type { CxWorkspace, TeamMember } from '../../graph/workspace';

/**
 * What every section of the CX hub is given: the team's records, its charter as last saved
 * (`undefined` before the team saved one: unsaved edits are not here), the team's members and the
 * hub's one clock.
 */
export interface HubSectionProps {
  readonly workspace: CxWorkspace;
  readonly charter: StoredRecord<Charter> | undefined;
  readonly members: readonly TeamMember[];
  /** The hub reads the time only through this, so sections and their tests agree on "now". */
  readonly now: () => Date;
}
