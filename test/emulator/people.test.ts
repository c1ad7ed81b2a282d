import type { RunningEmulator } from '../../emulator/server';
import { callGraph, startTestEmulator, tokenFor } from './support/http';
import { buildTestTenant, testGroupId, testUsers } from './support/tenant';

type Json = Record<string, unknown>;
type Collection = { '@odata.context'?: string; '@odata.nextLink'?: string; value: Json[] };
type GraphError = { error: { code: string; message: string } };

const { alex, blair, casey, outsider } = testUsers;

let emulator: RunningEmulator;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  emulator = await startTestEmulator();
  for (const person of [alex, blair, casey, outsider]) {
    tokens[person.id] = await tokenFor(emulator, person.upn);
  }
});

afterAll(async () => {
  await emulator.close();
});

/** A Graph GET (or other call) as `who`. */
function as<T = Json>(who: { id: string }, path: string, options = {}) {
  return callGraph<T>(emulator, tokens[who.id], path, options);
}

describe('GET /me and /users/{id | userPrincipalName}', () => {
  it('answers /me with the caller’s default profile properties and Graph’s @odata.context', async () => {
    const response = await as(alex, '/me');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      '@odata.context': `${emulator.graphUrl}/$metadata#users/$entity`,
      businessPhones: [],
      displayName: alex.displayName,
      givenName: 'Alex',
      jobTitle: 'Customer Experience lead',
      mail: alex.upn,
      mobilePhone: null,
      officeLocation: null,
      preferredLanguage: 'en-US',
      surname: 'Rivera',
      userPrincipalName: alex.upn,
      id: alex.id,
    });
  });

  it('returns properties outside the default set (department) only when selected', async () => {
    const plain = await as(blair, `/users/${blair.id}`);
    expect(plain.body).not.toHaveProperty('department');
    const selected = await as(blair, `/users/${blair.id}?$select=displayName,department,aboutMe`);
    expect(selected.body).toMatchObject({
      '@odata.context': `${emulator.graphUrl}/$metadata#users(displayName,department,aboutMe)/$entity`,
      displayName: blair.displayName,
      department: blair.department,
      aboutMe: null,
    });
    expect(selected.body).not.toHaveProperty('mail');
  });

  it('lets any signed-in user read another user’s basic profile, by id or UPN (any case)', async () => {
    const byId = await as(alex, `/users/${blair.id}`);
    const byUpn = await as(outsider, `/users/${blair.upn.toUpperCase()}`);
    expect(byId.status).toBe(200);
    expect(byUpn.status).toBe(200);
    expect(byUpn.body.id).toBe(blair.id);
    expect(byUpn.body.displayName).toBe(blair.displayName);
  });

  it('answers an unknown user with 404 Request_ResourceNotFound', async () => {
    const response = await as<GraphError>(alex, '/users/nobody@contoso.test');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('Request_ResourceNotFound');
  });

  it('answers a request without a token with 401', async () => {
    const response = await callGraph<GraphError>(emulator, undefined, '/me');
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('InvalidAuthenticationToken');
  });
});

describe('GET /users', () => {
  it('lists the directory with the collection @odata.context', async () => {
    const response = await as<Collection>(alex, '/users');
    expect(response.status).toBe(200);
    expect(response.body['@odata.context']).toBe(`${emulator.graphUrl}/$metadata#users`);
    expect(response.body.value.map((user) => user.id)).toEqual([
      alex.id,
      blair.id,
      casey.id,
      outsider.id,
    ]);
    expect(response.body['@odata.nextLink']).toBeUndefined();
  });

  it('filters with startswith and eq, including on properties it does not return by default', async () => {
    const byName = await as<Collection>(alex, "/users?$filter=startswith(displayName,'b')");
    expect(byName.body.value.map((user) => user.id)).toEqual([blair.id]);
    const byDepartment = await as<Collection>(
      alex,
      `/users?$filter=${encodeURIComponent("department eq 'Sales'")}&$select=id,department`,
    );
    expect(byDepartment.body.value).toEqual([{ id: casey.id, department: 'Sales' }]);
    expect(byDepartment.body['@odata.context']).toBe(
      `${emulator.graphUrl}/$metadata#users(id,department)`,
    );
  });

  it('refuses ne and endswith unless sent as an advanced query (ConsistencyLevel + $count)', async () => {
    const filter = encodeURIComponent("endswith(mail,'@contoso.test')");
    const plain = await as<GraphError>(alex, `/users?$filter=${filter}`);
    expect(plain.status).toBe(400);
    expect(plain.body.error.code).toBe('Request_UnsupportedQuery');
    const advanced = await as<Collection & { '@odata.count': number }>(
      alex,
      `/users?$filter=${filter}&$count=true`,
      { headers: { ConsistencyLevel: 'eventual' } },
    );
    expect(advanced.status).toBe(200);
    expect(advanced.body['@odata.count']).toBe(4);
  });

  it('pages with $top and @odata.nextLink that carries the query on', async () => {
    const first = await as<Collection>(alex, '/users?$top=3&$select=displayName');
    expect(first.body.value).toHaveLength(3);
    const nextLink = first.body['@odata.nextLink'];
    expect(nextLink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0\/users\?/);
    const second = await callGraph<Collection>(
      emulator,
      tokens[alex.id],
      String(nextLink).slice(emulator.graphUrl.length),
    );
    expect(second.body.value.map((user) => user.displayName)).toEqual([outsider.displayName]);
    expect(second.body['@odata.nextLink']).toBeUndefined();
  });

  it('returns 100 users a page by default, like Graph', async () => {
    const state = buildTestTenant();
    for (let index = 0; index < 120; index++) {
      const id = `u-extra-${String(index).padStart(3, '0')}`;
      state.users[id] = {
        user: { id, displayName: `Extra ${index}`, userPrincipalName: `${id}@contoso.test` },
        mailboxSettings: {},
      };
    }
    const big = await startTestEmulator({ initialState: state });
    try {
      const token = await tokenFor(big, alex.upn);
      const first = await callGraph<Collection>(big, token, '/users');
      expect(first.body.value).toHaveLength(100);
      const rest = await callGraph<Collection>(
        big,
        token,
        String(first.body['@odata.nextLink']).slice(big.graphUrl.length),
      );
      expect(rest.body.value).toHaveLength(24);
    } finally {
      await big.close();
    }
  });
});

describe('GET /me/joinedTeams', () => {
  it('lists the teams of the groups the caller belongs to (id, displayName, description)', async () => {
    const response = await as<Collection>(blair, '/me/joinedTeams');
    expect(response.status).toBe(200);
    expect(response.body['@odata.context']).toBe(`${emulator.graphUrl}/$metadata#teams`);
    expect(response.body.value).toEqual([
      expect.objectContaining({
        id: testGroupId,
        displayName: 'CX Council',
        description: 'Cross-functional CX governing team',
      }),
    ]);
  });

  it('is empty for someone in no team, and refused for another user', async () => {
    const none = await as<Collection>(outsider, '/me/joinedTeams');
    expect(none.body.value).toEqual([]);
    const other = await as<GraphError>(alex, `/users/${blair.upn}/joinedTeams`);
    expect(other.status).toBe(403);
  });
});

describe('GET /groups/{id}', () => {
  it('returns the group to a member with its @odata.context', async () => {
    const response = await as(casey, `/groups/${testGroupId}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      '@odata.context': `${emulator.graphUrl}/$metadata#groups/$entity`,
      id: testGroupId,
      displayName: 'CX Council',
      groupTypes: ['Unified'],
    });
  });

  it('refuses an outsider with 403 and answers an unknown group with 404', async () => {
    const denied = await as<GraphError>(outsider, `/groups/${testGroupId}`);
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('accessDenied');
    const unknown = await as<GraphError>(alex, '/groups/g-nope');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('Request_ResourceNotFound');
  });
});

describe('GET /groups/{id}/members', () => {
  it('lists the members as #microsoft.graph.user directory objects', async () => {
    const response = await as<Collection>(alex, `/groups/${testGroupId}/members`);
    expect(response.status).toBe(200);
    expect(response.body['@odata.context']).toBe(`${emulator.graphUrl}/$metadata#directoryObjects`);
    expect(response.body.value).toHaveLength(3);
    expect(response.body.value[0]).toMatchObject({
      '@odata.type': '#microsoft.graph.user',
      id: alex.id,
      displayName: alex.displayName,
      userPrincipalName: alex.upn,
    });
  });

  it('supports $select and $top paging, and refuses an outsider', async () => {
    const page = await as<Collection>(
      alex,
      `/groups/${testGroupId}/members?$select=displayName,department&$top=2`,
    );
    expect(page.body.value[1]).toEqual({
      '@odata.type': '#microsoft.graph.user',
      id: blair.id,
      displayName: blair.displayName,
      department: blair.department,
    });
    expect(page.body['@odata.nextLink']).toContain('$skiptoken=');
    const denied = await as<GraphError>(outsider, `/groups/${testGroupId}/members`);
    expect(denied.status).toBe(403);
  });
});

describe('GET /groups/{id}/team', () => {
  it('returns the group’s team to a member', async () => {
    const response = await as(alex, `/groups/${testGroupId}/team`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      '@odata.context': `${emulator.graphUrl}/$metadata#teams/$entity`,
      id: testGroupId,
      displayName: 'CX Council',
    });
    expect((await as(outsider, `/groups/${testGroupId}/team`)).status).toBe(403);
  });
});

describe('GET /me/mailboxSettings', () => {
  it('returns the caller’s settings with @odata.context', async () => {
    const response = await as(alex, '/me/mailboxSettings');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      '@odata.context': `${emulator.graphUrl}/$metadata#users('${alex.id}')/mailboxSettings`,
      timeZone: 'Pacific Standard Time',
      workingHours: { startTime: '09:00:00.0000000', endTime: '17:00:00.0000000' },
      automaticRepliesSetting: { status: 'disabled' },
    });
  });

  it('refuses another user’s settings with 403 ErrorAccessDenied', async () => {
    const response = await as<GraphError>(alex, `/users/${blair.upn}/mailboxSettings`);
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('ErrorAccessDenied');
  });

  it('answers a single setting: a primitive as { value }, a complex one as the object', async () => {
    const zone = await as(casey, '/me/mailboxSettings/timeZone');
    expect(zone.body).toEqual({
      '@odata.context': `${emulator.graphUrl}/$metadata#users('${casey.id}')/mailboxSettings/timeZone`,
      value: 'W. Europe Standard Time',
    });
    const hours = await as(casey, `/users/${casey.upn}/mailboxSettings/workingHours`);
    expect(hours.body).toMatchObject({
      startTime: '09:00:00.0000000',
      daysOfWeek: expect.any(Array),
    });
  });
});

describe('PATCH /me/mailboxSettings', () => {
  let patcher: RunningEmulator;
  let token: string;

  beforeEach(async () => {
    patcher = await startTestEmulator();
    token = await tokenFor(patcher, alex.upn);
  });

  afterEach(async () => {
    await patcher.close();
  });

  const patch = (body: unknown, path = '/me/mailboxSettings') =>
    callGraph<Json & GraphError>(patcher, token, path, { method: 'PATCH', body });

  it('merges only the sent properties of a nested setting and returns 200 with the updated ones', async () => {
    const response = await patch({
      automaticRepliesSetting: {
        status: 'Scheduled',
        scheduledStartDateTime: { dateTime: '2026-03-09T00:00:00.0000000', timeZone: 'UTC' },
        scheduledEndDateTime: { dateTime: '2026-03-14T00:00:00.0000000', timeZone: 'UTC' },
      },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      '@odata.context': `${patcher.graphUrl}/$metadata#users('${alex.id}')/mailboxSettings`,
      automaticRepliesSetting: {
        status: 'scheduled',
        externalAudience: 'none',
        scheduledStartDateTime: { dateTime: '2026-03-09T00:00:00.0000000', timeZone: 'UTC' },
      },
    });
    expect(response.body).not.toHaveProperty('timeZone');
    const after = await callGraph(patcher, token, '/me/mailboxSettings');
    expect(after.body).toMatchObject({
      timeZone: 'Pacific Standard Time',
      automaticRepliesSetting: { status: 'scheduled', internalReplyMessage: '' },
      workingHours: { startTime: '09:00:00.0000000' },
    });
  });

  it('updates working hours and the time zone, keeping what was not sent', async () => {
    const response = await patch({
      timeZone: 'Europe/Berlin',
      workingHours: { endTime: '18:30:00', daysOfWeek: ['Monday', 'Tuesday'] },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      timeZone: 'Europe/Berlin',
      workingHours: {
        startTime: '09:00:00.0000000',
        endTime: '18:30:00.0000000',
        daysOfWeek: ['monday', 'tuesday'],
        timeZone: { name: 'Pacific Standard Time' },
      },
    });
  });

  it('refuses a property mailboxSettings does not have with 400 RequestBodyRead', async () => {
    const response = await patch({ timeZone: 'UTC', favouriteColour: 'teal' });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('RequestBodyRead');
    expect(response.body.error.message).toContain("The property 'favouriteColour' does not exist");
    const after = await callGraph(patcher, token, '/me/mailboxSettings');
    expect(after.body.timeZone).toBe('Pacific Standard Time');
  });

  it('refuses an unknown time zone and working hours that end before they start', async () => {
    const zone = await patch({ timeZone: 'Atlantis/Lost City' });
    expect(zone.status).toBe(400);
    expect(zone.body.error.code).toBe('InvalidTimeZone');
    const hours = await patch({ workingHours: { startTime: '18:00:00', endTime: '08:00:00' } });
    expect(hours.status).toBe(400);
    expect(hours.body.error.code).toBe('ErrorInvalidTimeSettings');
  });

  it('refuses to change another user’s settings with 403 ErrorAccessDenied', async () => {
    const response = await patch({ timeZone: 'UTC' }, `/users/${blair.id}/mailboxSettings`);
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('ErrorAccessDenied');
  });
});
