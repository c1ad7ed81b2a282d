import { planPath, startRecordsHarness } from './support/records';
import type { Collection, GraphError, Json, Persona, RecordsHarness } from './support/records';
import { testGroupId, testPlanId, testUsers } from './support/tenant';

const { alex, blair, casey, outsider } = testUsers;
const WEAK_ETAG = /^W\/"[A-Za-z0-9+/=]+"$/;
const ASSIGNMENT = '#microsoft.graph.plannerAssignment';

let harness: RecordsHarness;

beforeAll(async () => {
  harness = await startRecordsHarness();
});

afterAll(async () => {
  await harness.close();
});

async function createTask(body: Json, who: Persona = alex): Promise<Json> {
  const response = await harness.as(who, '/planner/tasks', {
    body: { planId: testPlanId, ...body },
  });
  expect(response.status).toBe(201);
  return response.body;
}

async function createBucket(name: string): Promise<Json> {
  const response = await harness.as(alex, '/planner/buckets', {
    body: { name, planId: testPlanId, orderHint: ' !' },
  });
  expect(response.status).toBe(201);
  return response.body;
}

function assignTo(...people: Persona[]): Json {
  return Object.fromEntries(
    people.map((person) => [person.id, { '@odata.type': ASSIGNMENT, orderHint: ' !' }]),
  );
}

describe('GET /groups/{id}/planner/plans', () => {
  it("lists the group's plans to a member", async () => {
    const response = await harness.as<Collection>(blair, `/groups/${testGroupId}/planner/plans`);
    expect(response.status).toBe(200);
    expect(response.body['@odata.context']).toBe(
      `${harness.emulator.graphUrl}/$metadata#groups('${testGroupId}')/planner/plans`,
    );
    expect(response.body.value.map((plan) => plan.id)).toEqual([testPlanId]);
  });

  it('refuses an outsider with 403 accessDenied', async () => {
    const response = await harness.as<GraphError>(outsider, `/groups/${testGroupId}/planner/plans`);
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('accessDenied');
  });
});

describe('GET /planner/plans/{id}', () => {
  it('answers the plan to a member, 403 to an outsider and 404 for an unknown plan', async () => {
    const plan = await harness.as(casey, planPath);
    expect(plan.status).toBe(200);
    expect(plan.body).toMatchObject({ id: testPlanId, title: 'CX Council' });
    expect((await harness.as(outsider, planPath)).status).toBe(403);
    expect((await harness.as(alex, '/planner/plans/no-such-plan')).status).toBe(404);
  });
});

describe('POST /planner/buckets and GET /planner/plans/{id}/buckets', () => {
  it('creates a bucket (201) with a Planner id, an ETag and a computed order hint', async () => {
    const response = await harness.as(alex, '/planner/buckets', {
      body: { name: 'Actions', planId: testPlanId, orderHint: ' !' },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      '@odata.context': `${harness.emulator.graphUrl}/$metadata#planner/buckets/$entity`,
      name: 'Actions',
      planId: testPlanId,
    });
    expect(response.body['@odata.etag']).toMatch(WEAK_ETAG);
    expect(String(response.body.id)).toHaveLength(28);
    expect(response.body.orderHint).toEqual(expect.any(String));
    expect(response.body.orderHint).not.toBe(' !');
    const buckets = await harness.as<Collection>(blair, `${planPath}/buckets`);
    expect(buckets.body.value.map((bucket) => bucket.id)).toContain(response.body.id);
  });

  it('orders a bucket placed at the top before the existing ones', async () => {
    const first = await createBucket('Later');
    const second = await createBucket('Sooner');
    expect(String(second.orderHint) < String(first.orderHint)).toBe(true);
  });

  it('refuses an unknown property, a missing name and an outsider', async () => {
    const unknown = await harness.as<GraphError>(alex, '/planner/buckets', {
      body: { name: 'x', planId: testPlanId, colour: 'red' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('RequestBodyRead');
    const nameless = await harness.as(alex, '/planner/buckets', { body: { planId: testPlanId } });
    expect(nameless.status).toBe(400);
    const denied = await harness.as(outsider, '/planner/buckets', {
      body: { name: 'x', planId: testPlanId },
    });
    expect(denied.status).toBe(403);
  });
});

describe('POST /planner/tasks', () => {
  it('creates a task (201) in Graph’s plannerTask shape with assignments filled in', async () => {
    const bucket = await createBucket('Follow-ups');
    const response = await harness.as(alex, '/planner/tasks', {
      body: {
        planId: testPlanId,
        bucketId: bucket.id,
        title: 'Send the summary',
        assignments: assignTo(blair),
        dueDateTime: '2026-03-09T17:00:00Z',
        startDateTime: '2026-03-03T09:00:00Z',
        priority: 3,
      },
    });
    expect(response.status).toBe(201);
    const task = response.body;
    expect(task['@odata.etag']).toMatch(WEAK_ETAG);
    expect(String(task.id)).toHaveLength(28);
    expect(task).toMatchObject({
      '@odata.context': `${harness.emulator.graphUrl}/$metadata#planner/tasks/$entity`,
      planId: testPlanId,
      bucketId: bucket.id,
      title: 'Send the summary',
      percentComplete: 0,
      priority: 3,
      createdDateTime: '2026-03-02T12:00:00.000Z',
      dueDateTime: '2026-03-09T17:00:00.000Z',
      startDateTime: '2026-03-03T09:00:00.000Z',
      completedDateTime: null,
      completedBy: null,
      createdBy: { user: { id: alex.id } },
      orderHint: expect.any(String),
      assigneePriority: expect.any(String),
    });
    expect((task.assignments as Json)[blair.id]).toEqual({
      '@odata.type': ASSIGNMENT,
      assignedBy: { user: { displayName: null, id: alex.id } },
      assignedDateTime: '2026-03-02T12:00:00.000Z',
      orderHint: expect.any(String),
    });
  });

  it('refuses an assignee who is not a member of the plan’s group', async () => {
    const response = await harness.as<GraphError>(alex, '/planner/tasks', {
      body: { planId: testPlanId, title: 'x', assignments: assignTo(outsider) },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/members of the plan's group/);
  });

  it('refuses an assignment without @odata.type, a task without planId, and an outsider', async () => {
    const untyped = await harness.as(alex, '/planner/tasks', {
      body: { planId: testPlanId, title: 'x', assignments: { [blair.id]: { orderHint: ' !' } } },
    });
    expect(untyped.status).toBe(400);
    const planless = await harness.as(alex, '/planner/tasks', { body: { title: 'x' } });
    expect(planless.status).toBe(400);
    const denied = await harness.as<GraphError>(outsider, '/planner/tasks', {
      body: { planId: testPlanId, title: 'x' },
    });
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('accessDenied');
  });

  it('refuses a property plannerTask does not have with 400 RequestBodyRead', async () => {
    const response = await harness.as<GraphError>(alex, '/planner/tasks', {
      body: { planId: testPlanId, title: 'x', owner: alex.id },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('RequestBodyRead');
  });
});

describe('GET /planner/tasks/{id}', () => {
  it('answers the task to a member, 403 to an outsider and 404 for an unknown id', async () => {
    const task = await createTask({ title: 'Read me' });
    const read = await harness.as(casey, `/planner/tasks/${String(task.id)}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      id: task.id,
      title: 'Read me',
      '@odata.etag': task['@odata.etag'],
    });
    expect((await harness.as(outsider, `/planner/tasks/${String(task.id)}`)).status).toBe(403);
    expect((await harness.as(alex, '/planner/tasks/unknown-task')).status).toBe(404);
  });
});

describe('PATCH /planner/tasks/{id}', () => {
  it('requires If-Match: 412 without it, 412 with a stale ETag', async () => {
    const task = await createTask({ title: 'Guarded' });
    const path = `/planner/tasks/${String(task.id)}`;
    const missing = await harness.as<GraphError>(alex, path, {
      method: 'PATCH',
      body: { title: 'x' },
    });
    expect(missing.status).toBe(412);
    expect(missing.body.error.message).toBe(
      'The If-Match header must be specified for this kind of request.',
    );
    const updated = await harness.as(alex, path, {
      method: 'PATCH',
      headers: { 'if-match': String(task['@odata.etag']) },
      body: { title: 'Guarded v2' },
    });
    expect(updated.status).toBe(204);
    const stale = await harness.as(alex, path, {
      method: 'PATCH',
      headers: { 'if-match': String(task['@odata.etag']) },
      body: { title: 'Guarded v3' },
    });
    expect(stale.status).toBe(412);
    const read = await harness.as(alex, path);
    expect(read.body.title).toBe('Guarded v2');
    expect(read.body['@odata.etag']).not.toBe(task['@odata.etag']);
  });

  it('answers 204 by default and 200 with the task for Prefer: return=representation', async () => {
    const task = await createTask({ title: 'Represented' });
    const response = await harness.as(blair, `/planner/tasks/${String(task.id)}`, {
      method: 'PATCH',
      headers: { 'if-match': String(task['@odata.etag']), prefer: 'return=representation' },
      body: { priority: 1, assignments: assignTo(casey) },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: task.id, priority: 1, title: 'Represented' });
    expect((response.body.assignments as Json)[casey.id]).toMatchObject({
      assignedBy: { user: { id: blair.id } },
    });
    expect(response.body['@odata.etag']).not.toBe(task['@odata.etag']);
  });

  it('completes a task at percentComplete 100 (completedDateTime, completedBy) and reopens it below', async () => {
    const task = await createTask({ title: 'Finish me', assignments: assignTo(casey) });
    const done = await harness.as(casey, `/planner/tasks/${String(task.id)}`, {
      method: 'PATCH',
      headers: { 'if-match': String(task['@odata.etag']), prefer: 'return=representation' },
      body: { percentComplete: 100 },
    });
    expect(done.body).toMatchObject({
      percentComplete: 100,
      completedDateTime: '2026-03-02T12:00:00.000Z',
      completedBy: { user: { id: casey.id } },
    });
    const reopened = await harness.as(casey, `/planner/tasks/${String(task.id)}`, {
      method: 'PATCH',
      headers: { 'if-match': String(done.body['@odata.etag']), prefer: 'return=representation' },
      body: { percentComplete: 50 },
    });
    expect(reopened.body).toMatchObject({
      percentComplete: 50,
      completedDateTime: null,
      completedBy: null,
    });
  });

  it('unassigns with a null assignment and refuses percentComplete outside 0–100', async () => {
    const task = await createTask({ title: 'Reassign', assignments: assignTo(blair, casey) });
    const response = await harness.as(alex, `/planner/tasks/${String(task.id)}`, {
      method: 'PATCH',
      headers: { 'if-match': String(task['@odata.etag']), prefer: 'return=representation' },
      body: { assignments: { [blair.id]: null } },
    });
    expect(Object.keys(response.body.assignments as Json)).toEqual([casey.id]);
    const invalid = await harness.as(alex, `/planner/tasks/${String(task.id)}`, {
      method: 'PATCH',
      headers: { 'if-match': String(response.body['@odata.etag']) },
      body: { percentComplete: 120 },
    });
    expect(invalid.status).toBe(400);
  });

  it('refuses an outsider with 403', async () => {
    const task = await createTask({ title: 'Members only' });
    const response = await harness.as(outsider, `/planner/tasks/${String(task.id)}`, {
      method: 'PATCH',
      headers: { 'if-match': String(task['@odata.etag']) },
      body: { title: 'x' },
    });
    expect(response.status).toBe(403);
  });
});

describe('DELETE /planner/tasks/{id}', () => {
  it('requires If-Match (412 without it) and answers 204, after which the task is gone', async () => {
    const task = await createTask({ title: 'Delete me' });
    const path = `/planner/tasks/${String(task.id)}`;
    expect((await harness.as(alex, path, { method: 'DELETE' })).status).toBe(412);
    const deleted = await harness.as(alex, path, {
      method: 'DELETE',
      headers: { 'if-match': String(task['@odata.etag']) },
    });
    expect(deleted.status).toBe(204);
    expect((await harness.as(alex, path)).status).toBe(404);
  });
});

describe('GET /planner/plans/{id}/tasks and /planner/buckets/{id}/tasks', () => {
  it('pages the plan’s tasks with $top and @odata.nextLink', async () => {
    for (const title of ['p1', 'p2', 'p3']) await createTask({ title });
    const all = await harness.as<Collection>(alex, `${planPath}/tasks?$top=999`);
    const total = all.body.value.length;
    expect(total).toBeGreaterThanOrEqual(3);
    const first = await harness.as<Collection>(alex, `${planPath}/tasks?$top=2`);
    expect(first.status).toBe(200);
    expect(first.body['@odata.context']).toBe(
      `${harness.emulator.graphUrl}/$metadata#planner/plans('${testPlanId}')/tasks`,
    );
    expect(first.body.value).toHaveLength(2);
    const seen = [...first.body.value];
    let next = first.body['@odata.nextLink'];
    while (next) {
      const page = await harness.follow(alex, next);
      seen.push(...page.body.value);
      next = page.body['@odata.nextLink'];
    }
    expect(new Set(seen.map((task) => task.id)).size).toBe(total);
  });

  it('lists only the bucket’s tasks, and refuses an outsider', async () => {
    const bucket = await createBucket('Bucketed');
    const inside = await createTask({ title: 'inside', bucketId: bucket.id });
    await createTask({ title: 'outside' });
    const response = await harness.as<Collection>(
      alex,
      `/planner/buckets/${String(bucket.id)}/tasks`,
    );
    expect(response.body.value.map((task) => task.id)).toEqual([inside.id]);
    expect((await harness.as(outsider, `${planPath}/tasks`)).status).toBe(403);
    expect((await harness.as(outsider, `/planner/buckets/${String(bucket.id)}/tasks`)).status).toBe(
      403,
    );
  });
});

describe('GET /me/planner/tasks and /users/{id}/planner/tasks', () => {
  it('lists the tasks assigned to the caller only', async () => {
    const mine = await createTask({ title: 'for casey', assignments: assignTo(casey) });
    const response = await harness.as<Collection>(casey, '/me/planner/tasks?$top=999');
    expect(response.status).toBe(200);
    const ids = response.body.value.map((task) => task.id);
    expect(ids).toContain(mine.id);
    expect(
      response.body.value.every((task) => Object.keys(task.assignments as Json).includes(casey.id)),
    ).toBe(true);
    const own = await harness.as<Collection>(casey, `/users/${casey.upn}/planner/tasks?$top=999`);
    expect(own.status).toBe(200);
  });

  it("refuses another user's tasks with 403", async () => {
    const response = await harness.as<GraphError>(alex, `/users/${casey.id}/planner/tasks`);
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('accessDenied');
  });
});
