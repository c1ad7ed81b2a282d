/** @jest-environment jsdom */
import { OFFICE_JS_URL, loadOfficeJs } from '../../../src/ui/outlookCommands/loadOfficeJs';

const officeScripts = () => document.head.querySelectorAll(`script[src="${OFFICE_JS_URL}"]`);

describe('loadOfficeJs', () => {
  afterEach(() => {
    document.head.innerHTML = '';
    delete (window as Window & { Office?: unknown }).Office;
  });

  it("adds Microsoft's Office.js script to the head once and resolves when it has loaded", async () => {
    const loading = loadOfficeJs(document);
    const again = loadOfficeJs(document);
    expect(officeScripts()).toHaveLength(1);
    officeScripts()[0]?.dispatchEvent(new Event('load'));
    await expect(Promise.all([loading, again])).resolves.toEqual([undefined, undefined]);
    await expect(loadOfficeJs(document)).resolves.toBeUndefined();
    expect(officeScripts()).toHaveLength(1);
  });

  it('adds nothing when the page already has Office.js', async () => {
    (window as Window & { Office?: unknown }).Office = {};
    await expect(loadOfficeJs(document)).resolves.toBeUndefined();
    expect(officeScripts()).toHaveLength(0);
  });

  it('says where Office.js could not be loaded from', async () => {
    const loading = loadOfficeJs(document);
    officeScripts()[0]?.dispatchEvent(new Event('error'));
    await expect(loading).rejects.toThrow(`Office.js could not be loaded from ${OFFICE_JS_URL}`);
  });
});
