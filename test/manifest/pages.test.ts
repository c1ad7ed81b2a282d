import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TabContent } from '../../src/ui/configure/tabConfiguration';

const ROOT = path.resolve(__dirname, '../..');
const isBuiltSurface = (page: string) => existsSync(path.join(ROOT, 'src/ui', page, 'index.tsx'));

describe('the pages the app package and the tab setup point at', () => {
  it('are all built surfaces (one webpack page per src/ui/<surface>/index.tsx)', () => {
    const manifest = readFileSync(path.join(ROOT, 'manifest/manifest.template.json'), 'utf8');
    const pages = [...new Set([...manifest.matchAll(/\/([A-Za-z]+)\.html/g)].map((m) => m[1]))];
    expect(pages.sort()).toEqual(['configure', 'hub', 'outlookCommands']);
    for (const page of pages) expect([page, isBuiltSurface(page ?? '')]).toEqual([page, true]);
  });

  it('include every page a saved tab can load: the hub, and the side panel in a meeting', () => {
    const contents: readonly TabContent[] = ['hub', 'sidePanel'];
    for (const content of contents)
      expect([content, isBuiltSurface(content)]).toEqual([content, true]);
    // The side panel links each meeting's summary page.
    expect(isBuiltSurface('summary')).toBe(true);
  });
});
