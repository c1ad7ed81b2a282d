import {
  RECORD_LIST_SCHEMAS,
  RECORDS_SCHEMA_VERSION,
  RecordsAccessError,
  columnDefinitionOf,
  createDecisionRepository,
  listSchemaOf,
  provisionRecordLists,
} from '../../../src/graph/records';
import type { RecordListSchema } from '../../../src/graph/records';
import { DEMO_CX_SITE_ID, DEMO_OUTSIDER_UPNS } from '../../../emulator/seed/constants';
import { countRequests, startEmulatorSession } from '../support/emulatorSession';
import type { EmulatorSession } from '../support/emulatorSession';
import { DEMO_CX_GROUP_ID, DEMO_CX_LEAD_UPN, decision, writesIn } from './support';

interface ListWithColumns {
  id: string;
  displayName: string;
  description: string;
  columns: { name: string; indexed: boolean; enforceUniqueValues: boolean }[];
}

describe('provisionRecordLists', () => {
  let session: EmulatorSession;

  beforeAll(async () => {
    session = await startEmulatorSession();
  });
  beforeEach(() => session.reset('demo'));
  afterAll(() => session.close());

  const lead = () => session.clientFor(DEMO_CX_LEAD_UPN);
  const listsInSite = async (): Promise<ListWithColumns[]> =>
    (
      await (
        await lead()
      ).request<{ value: ListWithColumns[] }>({
        method: 'GET',
        url: `/sites/${DEMO_CX_SITE_ID}/lists?$expand=columns`,
      })
    ).value;

  it('creates every list with its columns, the filtered ones indexed and the keys unique', async () => {
    const report = await provisionRecordLists({ client: await lead(), groupId: DEMO_CX_GROUP_ID });

    expect(report.siteId).toBe(DEMO_CX_SITE_ID);
    expect(report.createdLists).toEqual(RECORD_LIST_SCHEMAS.map((schema) => schema.key));
    const lists = await listsInSite();
    for (const schema of RECORD_LIST_SCHEMAS) {
      const list = lists.find((candidate) => candidate.displayName === schema.displayName);
      expect(list?.id).toBe(report.listIds[schema.key]);
      expect(list?.description).toContain(`Schema version ${RECORDS_SCHEMA_VERSION}`);
      for (const column of schema.columns) {
        const found = list?.columns.find((candidate) => candidate.name === column.name);
        expect({ list: schema.key, column: column.name, indexed: found?.indexed }).toEqual({
          list: schema.key,
          column: column.name,
          indexed: column.indexed,
        });
      }
      const key = list?.columns.find((candidate) => candidate.name === schema.keyColumn);
      expect(key).toMatchObject({ indexed: true, enforceUniqueValues: true });
    }
    const filtered = ['CadenceId', 'OccurrenceId', 'MeetingId', 'Category', 'Status', 'Presenter'];
    for (const name of filtered) {
      const holders = lists.flatMap((list) =>
        list.columns.filter((column) => column.name === name),
      );
      expect(holders.length).toBeGreaterThan(0);
      expect(holders.every((column) => column.indexed)).toBe(true);
    }
  });

  it('costs the site GET, the lists GET and one $batch holding every create', async () => {
    await provisionRecordLists({ client: await lead(), groupId: DEMO_CX_GROUP_ID });
    const log = await session.requests();
    expect(countRequests(log)).toEqual({ http: 3, inner: RECORD_LIST_SCHEMAS.length });
  });

  it('changes nothing when run again: two GETs and zero writes', async () => {
    const first = await provisionRecordLists({ client: await lead(), groupId: DEMO_CX_GROUP_ID });
    const before = (await session.requests()).length;

    const second = await provisionRecordLists({ client: await lead(), groupId: DEMO_CX_GROUP_ID });

    const log = (await session.requests()).slice(before);
    expect(writesIn(log)).toEqual([]);
    expect(log.map((entry) => entry.method)).toEqual(['GET', 'GET']);
    expect(second).toMatchObject({
      createdLists: [],
      addedColumns: [],
      indexedColumns: [],
      listIds: first.listIds,
    });
  });

  it('skips the site lookup when the site id is known', async () => {
    await provisionRecordLists({ client: await lead(), groupId: DEMO_CX_GROUP_ID });
    const before = (await session.requests()).length;
    await provisionRecordLists({
      client: await lead(),
      groupId: DEMO_CX_GROUP_ID,
      siteId: DEMO_CX_SITE_ID,
    });
    expect((await session.requests()).slice(before)).toHaveLength(1);
  });

  it('adds the column an older schema lacks and keeps the items already there', async () => {
    const client = await lead();
    const schema = listSchemaOf('decisions');
    // What an older CX Cadence made: the decisions list without the Category column.
    const older = schema.columns.filter((column) => column.name !== 'Category');
    const created = await client.request<{ id: string }>({
      method: 'POST',
      url: `/sites/${DEMO_CX_SITE_ID}/lists`,
      body: {
        displayName: schema.displayName,
        description: 'CX Cadence records: decisions. Schema version 0.',
        columns: older.map(columnDefinitionOf),
        list: { template: 'genericList' },
      },
    });
    const kept = decision('d-old', 'Kept from the old schema');
    await client.request({
      method: 'POST',
      url: `/sites/${DEMO_CX_SITE_ID}/lists/${created.id}/items`,
      body: {
        fields: {
          Title: kept.statement,
          DecisionId: kept.id,
          MeetingId: kept.meetingId,
          OccurrenceId: kept.occurrenceId,
          Status: kept.status,
          RecordJson: JSON.stringify(kept),
        },
      },
    });
    const before = (await session.requests()).length;

    const report = await provisionRecordLists({ client, groupId: DEMO_CX_GROUP_ID });

    expect(report.listIds.decisions).toBe(created.id);
    expect(report.addedColumns).toEqual([{ list: 'decisions', column: 'Category' }]);
    const writes = writesIn((await session.requests()).slice(before));
    expect(writes).toHaveLength(1); // one $batch: the six other lists and the column
    const list = (await listsInSite()).find((candidate) => candidate.id === created.id);
    expect(list?.columns.find((column) => column.name === 'Category')?.indexed).toBe(true);
    // The old item is still there and still reads as the same decision.
    const repository = createDecisionRepository({ client, ...report });
    expect((await repository.read(kept.id))?.value).toEqual(kept);
    expect((await repository.forMeeting(kept.meetingId)).records).toHaveLength(1);
  });

  it('indexes a column an older schema left unindexed', async () => {
    const client = await lead();
    const schema = listSchemaOf('missionMoments');
    const created = await client.request<{ id: string }>({
      method: 'POST',
      url: `/sites/${DEMO_CX_SITE_ID}/lists`,
      body: {
        displayName: schema.displayName,
        columns: schema.columns.map((column) =>
          columnDefinitionOf(column.name === 'Presenter' ? { ...column, indexed: false } : column),
        ),
      },
    });
    const report = await provisionRecordLists({ client, groupId: DEMO_CX_GROUP_ID });
    expect(report.listIds.missionMoments).toBe(created.id);
    expect(report.indexedColumns).toEqual([{ list: 'missionMoments', column: 'Presenter' }]);
  });

  it('adds a later schema version’s column to every list in place', async () => {
    const client = await lead();
    await provisionRecordLists({ client, groupId: DEMO_CX_GROUP_ID });
    const nextVersion = RECORDS_SCHEMA_VERSION + 1;
    const later: RecordListSchema[] = RECORD_LIST_SCHEMAS.map((schema) =>
      schema.key === 'meetings'
        ? {
            ...schema,
            columns: [
              ...schema.columns,
              {
                name: 'RecordingUrl',
                displayName: 'Recording',
                kind: 'text',
                indexed: false,
                since: nextVersion,
                description: 'Link to the recording.',
              },
            ],
          }
        : schema,
    );
    const report = await provisionRecordLists({
      client,
      groupId: DEMO_CX_GROUP_ID,
      schemas: later,
      schemaVersion: nextVersion,
    });
    expect(report.addedColumns).toEqual([{ list: 'meetings', column: 'RecordingUrl' }]);
    expect(report.schemaVersions.meetings).toBe(nextVersion);
    // The app at the current version ignores the extra column and changes nothing.
    const before = (await session.requests()).length;
    await provisionRecordLists({ client, groupId: DEMO_CX_GROUP_ID });
    expect(writesIn((await session.requests()).slice(before))).toEqual([]);
  });

  it('refuses a list whose column has another type, naming the column', async () => {
    const client = await lead();
    const schema = listSchemaOf('cadences');
    await client.request({
      method: 'POST',
      url: `/sites/${DEMO_CX_SITE_ID}/lists`,
      body: {
        displayName: schema.displayName,
        columns: [{ name: 'SeriesId', number: {} }],
      },
    });
    await expect(provisionRecordLists({ client, groupId: DEMO_CX_GROUP_ID })).rejects.toMatchObject(
      {
        code: 'recordsSchemaMismatch',
        message: expect.stringContaining('SeriesId: the column is of type number'),
      },
    );
  });

  it('tells someone outside the CX group that they are not a member', async () => {
    const outsider = await session.clientFor(DEMO_OUTSIDER_UPNS[0] as string);
    const failure = provisionRecordLists({ client: outsider, groupId: DEMO_CX_GROUP_ID });
    await expect(failure).rejects.toBeInstanceOf(RecordsAccessError);
    await expect(failure).rejects.toThrow(/Only members of the CX team's Microsoft 365 group/);
    expect(writesIn(await session.requests())).toEqual([]);
  });
});
