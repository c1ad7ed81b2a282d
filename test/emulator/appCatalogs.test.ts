import type { RunningEmulator } from '../../emulator/server';
import { buildTeamsTenant, catalogApps, clientFor, startTeamsEmulator } from './support/teams';
import type { GraphCall } from './support/teams';
import { testUsers } from './support/tenant';

type Json = Record<string, unknown>;

let emulator: RunningEmulator;
let casey: GraphCall;

beforeAll(async () => {
  emulator = await startTeamsEmulator(buildTeamsTenant().state);
  casey = await clientFor(emulator, testUsers.casey.upn);
});

afterAll(async () => {
  await emulator.close();
});

const list = (query: string) => casey('GET', `/appCatalogs/teamsApps?${query}`);
const filter = (expression: string) => `$filter=${encodeURIComponent(expression)}`;

describe('GET /appCatalogs/teamsApps', () => {
  it('finds the app by its manifest id (externalId)', async () => {
    const reply = await list(filter(`externalId eq '${catalogApps.cadence.externalId}'`));
    expect(reply.status).toBe(200);
    expect(String(reply.body['@odata.context'])).toMatch(/\$metadata#appCatalogs\/teamsApps$/);
    expect(reply.body.value).toEqual([{ ...catalogApps.cadence }]);
  });

  it('filters by id and by distributionMethod', async () => {
    const byId = await list(filter(`id eq '${catalogApps.polls.id}'`));
    expect((byId.body.value as Json[]).map((app) => app.displayName)).toEqual(['Polls']);
    const organisation = await list(filter("distributionMethod eq 'organization'"));
    expect((organisation.body.value as Json[]).map((app) => app.id)).toEqual([
      catalogApps.cadence.id,
    ]);
  });

  it('gives an empty collection for an unknown externalId', async () => {
    expect((await list(filter("externalId eq 'nope'"))).body.value).toEqual([]);
  });

  it('expands appDefinitions', async () => {
    const reply = await list(
      `${filter(`id eq '${catalogApps.cadence.id}'`)}&$expand=appDefinitions`,
    );
    const [app] = reply.body.value as Json[];
    expect(app?.appDefinitions).toEqual([
      expect.objectContaining({
        teamsAppId: catalogApps.cadence.id,
        displayName: 'CX Cadence',
        publishingState: 'published',
      }),
    ]);
  });

  it('answers 400 for an $expand the type does not have', async () => {
    expect((await list('$expand=owners')).status).toBe(400);
  });

  it('needs a token (401)', async () => {
    const reply = await fetch(`${emulator.graphUrl}/appCatalogs/teamsApps`);
    expect(reply.status).toBe(401);
  });
});
