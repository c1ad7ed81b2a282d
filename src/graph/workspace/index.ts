/** One CX team's records and people, opened once per surface. */
export { listTeamMembers, openCxWorkspace, workspaceAt } from './cxWorkspace';
export type { CxWorkspace, OpenCxWorkspaceOptions, TeamMember } from './cxWorkspace';
