import { recordsListBody, sitePath, startRecordsHarness } from './support/records';
import type { Collection, GraphError, Json, Persona, RecordsHarness } from './support/records';
import { testGroupId, testSiteId, testUsers } from './support/tenant';

const { alex, blair, outsider } = testUsers;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ITEM_ETAG = /^"([0-9a-f-]{36}),(\d+)"$/;
const HONOR = { prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };

let harness: RecordsHarness;

beforeAll(async () => {
  harness = await startRecordsHarness();
});

afterAll(async () => {
  await harness.close();
});

/** Provisions a records list as `who` and returns its id. */
async function provisionList(displayName: string, who: Persona = alex): Promise<string> {
  const created = await harness.as(who, `${sitePath}/lists`, {
    body: recordsListBody(displayName),
  });
  expect(created.status).toBe(201);
  return String(created.body.id);
}

async function addItem(listId: string, fields: Json, who: Persona = alex): Promise<Json> {
  const created = await harness.as(who, `${sitePath}/lists/${listId}/items`, { body: { fields } });
  expect(created.status).toBe(201);
  return created.body;
}

function versionOf(etag: unknown): number {
  return Number(ITEM_ETAG.exec(String(etag))?.[2]);
}

describe('GET /groups/{id}/sites/root', () => {
  it("answers the group's root site to a member", async () => {
    const response = await harness.as(alex, `/groups/${testGroupId}/sites/root`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      '@odata.context': `${harness.emulator.graphUrl}/$metadata#sites/$entity`,
      id: testSiteId,
      displayName: 'CX Council',
      webUrl: 'https://contoso.sharepoint.com/sites/cxcouncil',
    });
  });

  it('refuses someone outside the group with 403 accessDenied', async () => {
    const response = await harness.as<GraphError>(outsider, `/groups/${testGroupId}/sites/root`);
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('accessDenied');
  });
});

describe('GET /sites/{id}', () => {
  it('finds the site by its composite id (host,site,web)', async () => {
    const response = await harness.as(blair, `/sites/${encodeURIComponent(testSiteId)}`);
    expect(response.status).toBe(200);
    expect(response.body.id).toBe(testSiteId);
  });

  it('answers 404 itemNotFound for an unknown site and 403 to an outsider', async () => {
    const unknown = await harness.as<GraphError>(alex, '/sites/contoso.sharepoint.com,nope,nope');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('itemNotFound');
    const denied = await harness.as<GraphError>(outsider, sitePath);
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('accessDenied');
  });
});

describe('POST /sites/{id}/lists', () => {
  it('creates a generic list with a GUID id, the list facet, Title and the sent columns', async () => {
    const response = await harness.as(alex, `${sitePath}/lists`, {
      body: recordsListBody('Decisions'),
    });
    expect(response.status).toBe(201);
    const list = response.body;
    expect(list.id).toMatch(GUID);
    expect(list).toMatchObject({
      '@odata.context': `${harness.emulator.graphUrl}/$metadata#sites('${testSiteId}')/lists/$entity`,
      name: 'Decisions',
      displayName: 'Decisions',
      createdDateTime: '2026-03-02T12:00:00Z',
      lastModifiedDateTime: '2026-03-02T12:00:00Z',
      webUrl: 'https://contoso.sharepoint.com/sites/cxcouncil/Lists/Decisions',
      list: { template: 'genericList', hidden: false, contentTypesEnabled: false },
    });
    const columns = list.columns as Json[];
    const byName = (name: string) => columns.find((column) => column.name === name);
    expect(byName('Title')).toMatchObject({ required: true, text: expect.any(Object) });
    expect(byName('Status')).toMatchObject({
      choice: { choices: ['open', 'done', 'dropped'] },
      indexed: false,
    });
    expect(byName('MeetingKey')).toMatchObject({ indexed: true, text: expect.any(Object) });
    expect(byName('Owner')).toMatchObject({ personOrGroup: expect.any(Object) });
    expect(byName('Weight')).toMatchObject({ number: expect.any(Object) });
    expect(byName('Status')?.id).toMatch(GUID);
  });

  it('refuses a second list with the same title with 409 nameAlreadyExists', async () => {
    await provisionList('Mission moments');
    const again = await harness.as<GraphError>(blair, `${sitePath}/lists`, {
      body: recordsListBody('mission MOMENTS'),
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('nameAlreadyExists');
    expect(again.body.error.message).toMatch(/specified title already exists/);
  });

  it("refuses a client-chosen 'name' and properties a list does not have", async () => {
    const named = await harness.as<GraphError>(alex, `${sitePath}/lists`, {
      body: { name: 'Books', displayName: 'Books' },
    });
    expect(named.status).toBe(400);
    expect(named.body.error).toMatchObject({ code: 'invalidRequest' });
    expect(named.body.error.message).toMatch(/Cannot define a 'name' for a list/);
    const unknown = await harness.as<GraphError>(alex, `${sitePath}/lists`, {
      body: { displayName: 'Books', colour: 'red' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('RequestBodyRead');
  });

  it('refuses an outsider with 403 accessDenied and creates nothing', async () => {
    const denied = await harness.as<GraphError>(outsider, `${sitePath}/lists`, {
      body: recordsListBody('Outsider list'),
    });
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('accessDenied');
    const lists = await harness.as<Collection>(
      alex,
      `${sitePath}/lists?$filter=displayName eq 'Outsider list'`,
    );
    expect(lists.body.value).toHaveLength(0);
  });
});

describe('GET /sites/{id}/lists and /lists/{id}', () => {
  let listId: string;

  beforeAll(async () => {
    listId = await provisionList('Action items');
  });

  it("finds a list with $filter=displayName eq '…', without columns unless expanded", async () => {
    const response = await harness.as<Collection>(
      blair,
      `${sitePath}/lists?$filter=displayName eq 'Action items'`,
    );
    expect(response.status).toBe(200);
    expect(response.body['@odata.context']).toBe(
      `${harness.emulator.graphUrl}/$metadata#sites('${testSiteId}')/lists`,
    );
    expect(response.body.value).toHaveLength(1);
    expect(response.body.value[0]?.id).toBe(listId);
    expect(response.body.value[0]).not.toHaveProperty('columns');
  });

  it('applies $select and $expand=columns together', async () => {
    const response = await harness.as<Collection>(
      alex,
      `${sitePath}/lists?$filter=displayName eq 'Action items'&$select=id,displayName&$expand=columns`,
    );
    const [list] = response.body.value;
    expect(Object.keys(list ?? {}).sort()).toEqual(['@odata.etag', 'columns', 'displayName', 'id']);
    expect((list?.columns as Json[]).map((column) => column.name)).toContain('Status');
  });

  it('gets a list by id or by its title, as Graph allows', async () => {
    const byId = await harness.as(alex, `${sitePath}/lists/${listId}`);
    expect(byId.status).toBe(200);
    expect(byId.body.displayName).toBe('Action items');
    const byTitle = await harness.as(
      alex,
      `${sitePath}/lists/${encodeURIComponent('Action items')}`,
    );
    expect(byTitle.status).toBe(200);
    expect(byTitle.body.id).toBe(listId);
    const missing = await harness.as<GraphError>(alex, `${sitePath}/lists/nothing-here`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('itemNotFound');
  });

  it('refuses an outsider with 403', async () => {
    const denied = await harness.as(outsider, `${sitePath}/lists/${listId}`);
    expect(denied.status).toBe(403);
  });
});

describe('GET, POST and PATCH /sites/{id}/lists/{id}/columns', () => {
  let listId: string;

  beforeAll(async () => {
    listId = await provisionList('Schema versions');
  });

  it('lists the columns, SharePoint defaults included', async () => {
    const response = await harness.as<Collection>(alex, `${sitePath}/lists/${listId}/columns`);
    expect(response.status).toBe(200);
    const names = response.body.value.map((column) => column.name);
    expect(names).toEqual(expect.arrayContaining(['Title', 'ID', 'Created', 'Modified', 'Status']));
  });

  it('adds a column later (201) that items can then use, and refuses a duplicate name', async () => {
    const added = await harness.as(alex, `${sitePath}/lists/${listId}/columns`, {
      body: { name: 'SchemaVersion', number: {} },
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      name: 'SchemaVersion',
      indexed: false,
      number: expect.any(Object),
    });
    const item = await addItem(listId, { Title: 'v2 row', SchemaVersion: 2 });
    expect((item.fields as Json).SchemaVersion).toBe(2);
    const duplicate = await harness.as<GraphError>(alex, `${sitePath}/lists/${listId}/columns`, {
      body: { name: 'SchemaVersion', text: {} },
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe('nameAlreadyExists');
  });

  it('indexes a column with PATCH, after which filters on it need no Prefer header', async () => {
    await addItem(listId, { Title: 'open one', Status: 'open' });
    const before = await harness.as(
      alex,
      `${sitePath}/lists/${listId}/items?$filter=fields/Status eq 'open'`,
    );
    expect(before.status).toBe(400);
    const columns = await harness.as<Collection>(alex, `${sitePath}/lists/${listId}/columns`);
    const status = columns.body.value.find((column) => column.name === 'Status');
    const patched = await harness.as(
      alex,
      `${sitePath}/lists/${listId}/columns/${String(status?.id)}`,
      {
        method: 'PATCH',
        body: { indexed: true },
      },
    );
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: 'Status', indexed: true });
    const after = await harness.as<Collection>(
      alex,
      `${sitePath}/lists/${listId}/items?$filter=fields/Status eq 'open'&$expand=fields`,
    );
    expect(after.status).toBe(200);
    expect(after.body.value.map((item) => (item.fields as Json).Title)).toEqual(['open one']);
  });
});

describe('POST /sites/{id}/lists/{id}/items', () => {
  let listId: string;

  beforeAll(async () => {
    listId = await provisionList('Created items');
  });

  it('creates items with increasing integer ids, SharePoint ETags and the fields', async () => {
    const response = await harness.as(alex, `${sitePath}/lists/${listId}/items`, {
      body: {
        fields: {
          Title: 'Publish the summary',
          Status: 'open',
          OwnerLookupId: 8,
          DueDate: '2026-03-09T17:00:00.000Z',
          Weight: 3,
          Carried: false,
        },
      },
    });
    expect(response.status).toBe(201);
    const item = response.body;
    expect(item.id).toBe('1');
    expect(item['@odata.etag']).toMatch(ITEM_ETAG);
    expect(item.eTag).toBe(item['@odata.etag']);
    expect(versionOf(item.eTag)).toBe(1);
    expect(item).toMatchObject({
      createdDateTime: '2026-03-02T12:00:00Z',
      lastModifiedDateTime: '2026-03-02T12:00:00Z',
      createdBy: { user: { id: alex.id, displayName: alex.displayName, email: alex.upn } },
      lastModifiedBy: { user: { id: alex.id } },
      contentType: { name: 'Item' },
      webUrl: expect.stringContaining('/Lists/Created%20items/1_.000'),
    });
    expect(item.fields).toMatchObject({
      '@odata.etag': item.eTag,
      id: '1',
      Title: 'Publish the summary',
      Status: 'open',
      OwnerLookupId: '8',
      DueDate: '2026-03-09T17:00:00Z',
      Weight: 3,
      Carried: false,
      Created: '2026-03-02T12:00:00Z',
      Modified: '2026-03-02T12:00:00Z',
      AuthorLookupId: expect.any(String),
      EditorLookupId: expect.any(String),
      _UIVersionString: '1.0',
    });
    const second = await addItem(listId, { Title: 'Second' }, blair);
    expect(second.id).toBe('2');
    expect(second.createdBy).toMatchObject({ user: { id: blair.id } });
  });

  it('refuses a field the list does not have with 400 invalidRequest "Field \'X\' is not recognized"', async () => {
    const response = await harness.as<GraphError>(alex, `${sitePath}/lists/${listId}/items`, {
      body: { fields: { Title: 'x', Colour: 'red' } },
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: 'invalidRequest',
      message: "Field 'Colour' is not recognized",
    });
  });

  it('refuses a duplicate value in a column that enforces unique values, on create and update', async () => {
    const created = await harness.as(alex, `${sitePath}/lists`, {
      body: {
        displayName: 'Unique keys',
        columns: [{ name: 'RecordKey', text: {}, indexed: true, enforceUniqueValues: true }],
        list: { template: 'genericList' },
      },
    });
    const uniqueList = String(created.body.id);
    const first = await addItem(uniqueList, { Title: 'a', RecordKey: 'decision-1' });
    const duplicate = await harness.as<GraphError>(alex, `${sitePath}/lists/${uniqueList}/items`, {
      body: { fields: { Title: 'b', RecordKey: 'DECISION-1' } },
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.message).toMatch(/duplicate values were found.*RecordKey/);
    const other = await addItem(uniqueList, { Title: 'c', RecordKey: 'decision-2' });
    const clash = await harness.as<GraphError>(
      alex,
      `${sitePath}/lists/${uniqueList}/items/${String(other.id)}/fields`,
      { method: 'PATCH', body: { RecordKey: 'decision-1' } },
    );
    expect(clash.status).toBe(409);
    const same = await harness.as(
      alex,
      `${sitePath}/lists/${uniqueList}/items/${String(first.id)}/fields`,
      { method: 'PATCH', body: { RecordKey: 'decision-1', Title: 'a again' } },
    );
    expect(same.status).toBe(200);
  });

  it('refuses a value of the wrong type for a number column', async () => {
    const response = await harness.as<GraphError>(alex, `${sitePath}/lists/${listId}/items`, {
      body: { fields: { Title: 'x', Weight: 'heavy' } },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalidRequest');
  });

  it('refuses an outsider with 403 accessDenied', async () => {
    const response = await harness.as<GraphError>(outsider, `${sitePath}/lists/${listId}/items`, {
      body: { fields: { Title: 'x' } },
    });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('accessDenied');
  });
});

describe('GET /sites/{id}/lists/{id}/items', () => {
  let listId: string;

  beforeAll(async () => {
    listId = await provisionList('Queried items');
    const rows: Json[] = [
      { Title: 'a', Status: 'open', Weight: 5, MeetingKey: 'm1' },
      { Title: 'b', Status: 'done', Weight: 1, MeetingKey: 'm1' },
      { Title: 'c', Status: 'open', Weight: 9, MeetingKey: 'm2' },
      { Title: 'd', Status: 'open', Weight: 2, MeetingKey: 'm2' },
      { Title: 'e', Status: 'dropped', Weight: 7, MeetingKey: 'm3' },
    ];
    for (const fields of rows) await addItem(listId, fields);
  });

  const itemsPath = () => `${sitePath}/lists/${listId}/items`;

  it('returns items without fields unless $expand=fields', async () => {
    const plain = await harness.as<Collection>(alex, itemsPath());
    expect(plain.status).toBe(200);
    expect(plain.body['@odata.context']).toBe(
      `${harness.emulator.graphUrl}/$metadata#sites('${testSiteId}')/lists('${listId}')/items`,
    );
    expect(plain.body.value.map((item) => item.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(plain.body.value[0]).not.toHaveProperty('fields');
    const expanded = await harness.as<Collection>(alex, `${itemsPath()}?$expand=fields`);
    expect(expanded.body.value[0]?.fields).toMatchObject({ Title: 'a', Status: 'open', Weight: 5 });
  });

  it('returns only the selected fields with $expand=fields($select=A,B)', async () => {
    const response = await harness.as<Collection>(
      alex,
      `${itemsPath()}?$expand=fields($select=Title,Weight)`,
    );
    const fields = response.body.value[0]?.fields as Json;
    expect(Object.keys(fields).sort()).toEqual(['@odata.etag', 'Title', 'Weight']);
  });

  it('refuses a filter on a column that is not indexed with Graph’s 400', async () => {
    const response = await harness.as<GraphError>(
      alex,
      `${itemsPath()}?$filter=fields/Status eq 'open'&$expand=fields`,
    );
    expect(response.status).toBe(400);
    expect(response.body.error).toEqual(
      expect.objectContaining({
        code: 'invalidRequest',
        message:
          "Field 'Status' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.",
      }),
    );
  });

  it('refuses $orderby on a column that is not indexed too', async () => {
    const response = await harness.as<GraphError>(
      alex,
      `${itemsPath()}?$orderby=fields/Weight desc`,
    );
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/Field 'Weight' cannot be referenced/);
  });

  it('filters and sorts on a non-indexed column when the Prefer header accepts the risk', async () => {
    const response = await harness.as<Collection>(
      alex,
      `${itemsPath()}?$filter=fields/Status eq 'open'&$orderby=fields/Weight desc&$expand=fields`,
      { headers: HONOR },
    );
    expect(response.status).toBe(200);
    expect(response.body.value.map((item) => (item.fields as Json).Title)).toEqual(['c', 'a', 'd']);
  });

  it('filters on an indexed column without the header', async () => {
    const response = await harness.as<Collection>(
      alex,
      `${itemsPath()}?$filter=fields/MeetingKey eq 'm2'&$expand=fields`,
    );
    expect(response.status).toBe(200);
    expect(response.body.value.map((item) => item.id)).toEqual(['3', '4']);
  });

  it('pages with $top and @odata.nextLink, keeping the expansion', async () => {
    const first = await harness.as<Collection>(alex, `${itemsPath()}?$top=2&$expand=fields`);
    expect(first.body.value.map((item) => item.id)).toEqual(['1', '2']);
    expect(first.body['@odata.nextLink']).toEqual(expect.stringContaining('$skiptoken='));
    const seen = [...first.body.value];
    let next = first.body['@odata.nextLink'];
    while (next) {
      const page = await harness.follow(alex, next);
      expect(page.status).toBe(200);
      seen.push(...page.body.value);
      next = page.body['@odata.nextLink'];
    }
    expect(seen.map((item) => item.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(seen.every((item) => item.fields !== undefined)).toBe(true);
  });

  it('refuses an outsider with 403', async () => {
    const response = await harness.as(outsider, itemsPath());
    expect(response.status).toBe(403);
  });
});

describe('GET /sites/{id}/lists/{id}/items/{id}', () => {
  let listId: string;

  beforeAll(async () => {
    listId = await provisionList('Single items');
    await addItem(listId, { Title: 'only', Notes: 'n' });
  });

  it('returns the item, with fields when expanded, and 404 for an unknown id', async () => {
    const plain = await harness.as(alex, `${sitePath}/lists/${listId}/items/1`);
    expect(plain.status).toBe(200);
    expect(plain.body.id).toBe('1');
    expect(plain.body).not.toHaveProperty('fields');
    const expanded = await harness.as(alex, `${sitePath}/lists/${listId}/items/1?$expand=fields`);
    expect(expanded.body.fields).toMatchObject({ Title: 'only', Notes: 'n' });
    const missing = await harness.as<GraphError>(alex, `${sitePath}/lists/${listId}/items/99`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('itemNotFound');
  });
});

describe('PATCH /sites/{id}/lists/{id}/items/{id}/fields and /items/{id}', () => {
  let listId: string;

  beforeAll(async () => {
    listId = await provisionList('Updated items');
  });

  it('answers the fieldValueSet and a new ETag version, keeping unsent fields', async () => {
    const item = await addItem(listId, { Title: 't', Status: 'open', Notes: 'keep' });
    const response = await harness.as(
      blair,
      `${sitePath}/lists/${listId}/items/${String(item.id)}/fields`,
      {
        method: 'PATCH',
        headers: { 'if-match': String(item['@odata.etag']) },
        body: { Status: 'done' },
      },
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      Status: 'done',
      Notes: 'keep',
      Title: 't',
      _UIVersionString: '2.0',
    });
    expect(versionOf(response.body['@odata.etag'])).toBe(2);
    const reread = await harness.as(alex, `${sitePath}/lists/${listId}/items/${String(item.id)}`);
    expect(versionOf(reread.body.eTag)).toBe(2);
    expect(reread.body.lastModifiedBy).toMatchObject({ user: { id: blair.id } });
  });

  it('answers 412 when If-Match holds an older ETag, and changes nothing', async () => {
    const item = await addItem(listId, { Title: 'contended', Status: 'open' });
    const stale = String(item['@odata.etag']);
    await harness.as(alex, `${sitePath}/lists/${listId}/items/${String(item.id)}/fields`, {
      method: 'PATCH',
      headers: { 'if-match': stale },
      body: { Status: 'done' },
    });
    const conflict = await harness.as<GraphError>(
      alex,
      `${sitePath}/lists/${listId}/items/${String(item.id)}/fields`,
      {
        method: 'PATCH',
        headers: { 'if-match': stale },
        body: { Status: 'dropped' },
      },
    );
    expect(conflict.status).toBe(412);
    const reread = await harness.as(
      alex,
      `${sitePath}/lists/${listId}/items/${String(item.id)}?$expand=fields`,
    );
    expect((reread.body.fields as Json).Status).toBe('done');
  });

  it('updates through PATCH /items/{id} with { fields } and answers the item', async () => {
    const item = await addItem(listId, { Title: 'via item' });
    const response = await harness.as(
      alex,
      `${sitePath}/lists/${listId}/items/${String(item.id)}`,
      {
        method: 'PATCH',
        body: { fields: { Weight: 4 } },
      },
    );
    expect(response.status).toBe(200);
    expect(response.body.fields).toMatchObject({ Title: 'via item', Weight: 4 });
    expect(versionOf(response.body.eTag)).toBe(2);
  });

  it('refuses an unknown field on update', async () => {
    const item = await addItem(listId, { Title: 'u' });
    const response = await harness.as<GraphError>(
      alex,
      `${sitePath}/lists/${listId}/items/${String(item.id)}/fields`,
      {
        method: 'PATCH',
        body: { Nope: 1 },
      },
    );
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe("Field 'Nope' is not recognized");
  });
});

describe('DELETE /sites/{id}/lists/{id}/items/{id}', () => {
  it('enforces If-Match (412 when stale) and answers 204, after which the item is gone', async () => {
    const listId = await provisionList('Deleted items');
    const item = await addItem(listId, { Title: 'bye' });
    const path = `${sitePath}/lists/${listId}/items/${String(item.id)}`;
    const stale = await harness.as(alex, path, {
      method: 'DELETE',
      headers: { 'if-match': String(item['@odata.etag']).replace(',1"', ',7"') },
    });
    expect(stale.status).toBe(412);
    const deleted = await harness.as(alex, path, {
      method: 'DELETE',
      headers: { 'if-match': String(item['@odata.etag']) },
    });
    expect(deleted.status).toBe(204);
    expect((await harness.as(alex, path)).status).toBe(404);
    const outsiderDelete = await harness.as(outsider, path, { method: 'DELETE' });
    expect(outsiderDelete.status).toBe(403);
  });
});
