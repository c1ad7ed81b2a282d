import { createEmulatorSignIn } from '../../../src/auth/emulatorSignIn';
import { memoryStorage } from '../../../src/auth/signInSession';
import { createGraphClient } from '../../../src/graph/client';
import { listJoinedTeams } from '../../../src/ui/configure/joinedTeams';
import { startEmulator, type RunningEmulator } from '../../../emulator/server';
import {
  DEMO_CX_GROUP_ID,
  DEMO_CX_GROUP_NAME,
  DEMO_CX_LEAD_UPN,
  DEMO_OUTSIDER_UPNS,
} from '../../../emulator/seed/constants';

describe('listJoinedTeams against the real emulator', () => {
  let emulator: RunningEmulator;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, inMemory: true });
  });

  afterAll(async () => {
    await emulator?.close();
  });

  async function teamsOf(userPrincipalName: string) {
    const session = createEmulatorSignIn({ emulatorUrl: emulator.url, storage: memoryStorage() });
    await session.signIn({ userPrincipalName });
    const graph = createGraphClient({
      baseUrl: emulator.graphUrl,
      tokenProvider: session.tokenProvider,
    });
    const teams = await listJoinedTeams(graph);
    return { teams, requests: graph.metrics.snapshot().httpRequests };
  }

  it('lists the CX Council among the CX lead’s teams, in one request', async () => {
    const { teams, requests } = await teamsOf(DEMO_CX_LEAD_UPN);
    expect(teams).toContainEqual({ groupId: DEMO_CX_GROUP_ID, displayName: DEMO_CX_GROUP_NAME });
    expect(requests).toBe(1);
  });

  it('lists no CX Council for someone outside the CX team', async () => {
    const outsider = DEMO_OUTSIDER_UPNS[0] ?? '';
    const { teams } = await teamsOf(outsider);
    expect(teams.map((team) => team.groupId)).not.toContain(DEMO_CX_GROUP_ID);
  });
});
