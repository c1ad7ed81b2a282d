import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { TARGET_GZIP_KB, initialScriptsOf, scriptFigures } from '../../../bench/sidePanelLoad';
import { buildApp } from '../../../scripts/serveApp';

/**
 * What the side panel's page makes the browser fetch before it can show the agenda, counted in a
 * production build (deterministic, unlike the load time bench/sidePanelLoad.ts prints): issue 7's
 * JavaScript budget, and the code that must stay out of the start-up scripts to keep it.
 */

jest.setTimeout(240_000);

let dir = '';
let startupScripts: { file: string; body: Buffer }[] = [];
let laterScripts: { file: string; body: Buffer }[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cx-cadence-budget-'));
  await buildApp({ mode: 'production', outDir: dir, config: { CX_CADENCE_AUTH_MODE: 'emulator' } });
  const startup = await initialScriptsOf(dir, 'sidePanel.html');
  const read = async (file: string) => ({ file, body: await readFile(path.join(dir, file)) });
  startupScripts = await Promise.all(startup.map(read));
  const others = (await readdir(dir)).filter(
    (file) => file.endsWith('.js') && !startup.includes(file),
  );
  laterScripts = await Promise.all(others.map(read));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const containing = (scripts: { file: string; body: Buffer }[], text: string) =>
  scripts.filter((script) => script.body.includes(text)).map((script) => script.file);

describe('the side panel page (production build)', () => {
  it(`starts with at most ${TARGET_GZIP_KB} KB of JavaScript, gzip`, async () => {
    expect(startupScripts.length).toBeGreaterThan(0);
    const { gzipBytes } = await scriptFigures(
      dir,
      startupScripts.map((script) => script.file),
    );
    expect(gzipBytes).toBeLessThanOrEqual(TARGET_GZIP_KB * 1024);
  });

  it('shows the agenda from its start-up scripts', () => {
    expect(containing(startupScripts, 'Agenda items')).not.toEqual([]);
    expect(containing(startupScripts, 'Our CX mission')).not.toEqual([]);
  });

  it('fetches the capture forms and the persona picker only when they are shown', () => {
    for (const text of ['What was decided?', 'Asking the emulator who can sign in']) {
      expect(containing(startupScripts, text)).toEqual([]);
      expect(containing(laterScripts, text)).not.toEqual([]);
    }
  });
});
