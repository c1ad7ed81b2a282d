/**
 * Accessibility checks for the browser tests: axe-core run in the page as it is now, keeping the
 * violations a person would be blocked by (serious and critical).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { hasHorizontalScroll, saveScreenshot } from './browser';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[]; readonly html: string }[];
}

/**
 * Fluent's focus manager (tabster) puts focusable `aria-hidden` sentinels around focus groups on
 * purpose: a documented false positive of `aria-hidden-focus` (microsoft/tabster#288).
 */
const isTabsterSentinel = (violation: AxeViolation, html: string): boolean =>
  violation.id === 'aria-hidden-focus' && html.includes('data-tabster-dummy');

/** axe-core's serious and critical violations on the page, one line each (`[]` when none). */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // The app's CSP forbids inline scripts, so addScriptTag cannot inject axe; DevTools' evaluate can.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return (violations as AxeViolation[])
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      ...violation,
      nodes: violation.nodes.filter((node) => !isTabsterSentinel(violation, node.html)),
    }))
    .filter((violation) => violation.nodes.length > 0)
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
    );
}

/**
 * What a person would notice first on any screen: saves the screenshot `screenshot` (see
 * {@link saveScreenshot}), then expects no horizontal scroll and no serious axe violation.
 */
export async function expectUsable(page: Page, screenshot: string): Promise<void> {
  await saveScreenshot(page, screenshot);
  expect(await hasHorizontalScroll(page)).toBe(false);
  expect(await seriousAxeViolations(page)).toEqual([]);
}
