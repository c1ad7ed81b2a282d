import { GraphClientSideError } from '../../../src/graph/client/graphError';
import { collectAll, iteratePages } from '../../../src/graph/client/paging';
import { startTestGraph } from './support';
import type { TestGraph } from './support';

describe('paging', () => {
  let graph: TestGraph;

  beforeEach(async () => {
    graph = await startTestGraph();
    const client = graph.client();
    for (let index = 0; index < 23; index++) {
      await client.request({ method: 'POST', url: '/me/notes', body: { text: `note ${index}` } });
    }
    await fetch(`${graph.emulator.url}/emulator/faults`, { method: 'DELETE' });
  });
  afterEach(() => graph.close());

  const pageRequests = async () =>
    (await graph.log()).filter((entry) => entry.method === 'GET').map((entry) => entry.path);

  it('collects every item of 3 pages once, following the absolute @odata.nextLink', async () => {
    const notes = await collectAll<{ id: string; text: string }>(
      graph.client(),
      '/me/notes?$top=10',
    );
    expect(notes).toHaveLength(23);
    expect(new Set(notes.map((note) => note.id)).size).toBe(23);
    expect(notes[22]?.text).toBe('note 22');
    const pages = await pageRequests();
    expect(pages).toHaveLength(3);
    expect(pages[0]).toBe('/v1.0/me/notes?$top=10');
    expect(pages[1]).toMatch(/^\/v1\.0\/me\/notes\?.*\$skiptoken=/);
  });

  it('yields the items page by page', async () => {
    const sizes: number[] = [];
    for await (const page of iteratePages(graph.client(), '/me/notes?$top=10'))
      sizes.push(page.length);
    expect(sizes).toEqual([10, 10, 3]);
  });

  it('sends the same headers with every page', async () => {
    const preferences: (string | null)[] = [];
    const client = graph.client({
      fetch: (input, init) => {
        preferences.push(new Headers(init?.headers).get('prefer'));
        return fetch(input, init);
      },
    });
    await collectAll(client, '/me/notes?$top=10', {
      headers: { Prefer: 'outlook.timezone="W. Europe Standard Time"' },
    });
    expect(preferences).toEqual(Array(3).fill('outlook.timezone="W. Europe Standard Time"'));
  });

  it('stops with a clear error at the page cap instead of reading forever', async () => {
    const failure = collectAll(graph.client(), '/me/notes?$top=10', { maxPages: 2 });
    await expect(failure).rejects.toBeInstanceOf(GraphClientSideError);
    await expect(failure).rejects.toMatchObject({ code: 'pagingLimitReached' });
    await expect(failure).rejects.toThrow(/more than 2 pages/);
    expect(await pageRequests()).toHaveLength(2);
  });

  it('stops when Graph hands back the same next link again', async () => {
    await expect(collectAll(graph.client(), '/me/looping')).rejects.toThrow(
      /the same next link twice/,
    );
    expect(await pageRequests()).toHaveLength(2);
  });

  it('never follows a next link to another host', async () => {
    await expect(collectAll(graph.client(), '/me/leaky')).rejects.toMatchObject({
      code: 'urlOutsideGraph',
    });
    expect(await pageRequests()).toEqual(['/v1.0/me/leaky']);
  });

  it.each([0, 1.5, 10_001])('refuses a page cap of %s', async (maxPages) => {
    await expect(collectAll(graph.client(), '/me/notes', { maxPages })).rejects.toThrow(RangeError);
  });
});
