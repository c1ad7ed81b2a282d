/** Microsoft's CDN address of Office.js, version 1 (the latest release of the 1.x API). */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * Loads Office.js into `page` once, resolving when it has run. Microsoft asks for a `<script>` in
 * the page's `<head>`; the build writes one HTML template for every surface, so this adds the tag to
 * the head at start-up instead — the function-command page has no body for Office.js to wait for,
 * and `Office.onReady` (called after this resolves) is what guarantees Office.js is initialised.
 * A page whose head already loads Office.js (a template that adds the tag) is left as it is.
 */
export function loadOfficeJs(page: Document): Promise<void> {
  const existing = page.querySelector<HTMLScriptElement>(`script[src="${OFFICE_JS_URL}"]`);
  if (existing?.dataset.loaded === 'true' || hasOfficeGlobal(page)) return Promise.resolve();
  const script = existing ?? page.createElement('script');
  const loaded = new Promise<void>((resolve, reject) => {
    script.addEventListener('load', () => {
      script.dataset.loaded = 'true';
      resolve();
    });
    script.addEventListener('error', () =>
      reject(new Error(`Office.js could not be loaded from ${OFFICE_JS_URL}`)),
    );
  });
  if (!existing) {
    script.src = OFFICE_JS_URL;
    page.head.append(script);
  }
  return loaded;
}

function hasOfficeGlobal(page: Document): boolean {
  const view = page.defaultView as (Window & { Office?: unknown }) | null;
  return view?.Office !== undefined;
}
