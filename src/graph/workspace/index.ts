/** One CX team's records and people, opened once per surface. */
export { openCxWorkspace, workspaceAt } from './cxWorkspace';
export type { CxWorkspace, OpenCxWorkspaceOptions } from './cxWorkspace';
export { listTeamMembers } from './teamMembers';
export type { TeamMember } from './teamMembers';
