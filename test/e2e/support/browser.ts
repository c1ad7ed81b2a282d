/**
 * The browser end-to-end harness: Debian's Chromium driven through playwright-core, the Graph
 * emulator in-process with the demo tenant, and the app built once per test file into a temp
 * folder and served by the real app server, all on free 127.0.0.1 ports.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startEmulator, type RunningEmulator } from '../../../emulator/server';
import { buildApp, startAppServer, type RunningAppServer } from '../../../scripts/serveApp';

/** Where Debian's chromium package puts the browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Exactly these switches (plus a fresh profile and Playwright's pipe): nothing else changes it. */
export const CHROMIUM_SWITCHES = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
] as const;

/** Teams' meeting side panel width, the narrowest any surface must fit. */
export const NARROWEST_WIDTH_PX = 280;

/** Teams' themes by the name its `{theme}` URL placeholder uses. */
export const TEAMS_THEMES = ['default', 'dark', 'contrast'] as const;
export type TeamsThemeName = (typeof TEAMS_THEMES)[number];

/** Screenshots land here (ignored by git, like the rest of .data/). */
export const SCREENSHOT_DIR = path.resolve(__dirname, '../../../.data/screenshots');

/** Generous limits for hooks that build the app or start the browser (2 shared cores). */
export const SETUP_TIMEOUT_MS = 180_000;
export const STEP_TIMEOUT_MS = 30_000;

export interface LaunchedChromium {
  readonly browser: Browser;
  close(): Promise<void>;
}

/**
 * Starts headless Chromium with a fresh profile. Fails, saying how to install it, when the machine
 * has none: a browser test that silently skips proves nothing.
 */
export async function launchChromium(): Promise<LaunchedChromium> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}, so the browser tests cannot run. ` +
        "Install Debian's package: sudo apt-get update && sudo apt-get install -y chromium " +
        '(.ci/run does this on CI).',
    );
  }
  const profile = await mkdtemp(path.join(os.tmpdir(), 'cx-cadence-chromium-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    // Playwright's own defaults would add dozens of switches; pass ours and the two it needs.
    ignoreDefaultArgs: true,
    args: [...CHROMIUM_SWITCHES, `--user-data-dir=${profile}`, '--remote-debugging-pipe'],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export interface AppUnderTest {
  readonly emulator: RunningEmulator;
  readonly app: RunningAppServer;
  readonly browser: Browser;
  /** A new page (own context: no shared storage) of `width` CSS px, opened at `pathAndQuery`. */
  open(pathAndQuery: string, options?: OpenOptions): Promise<Page>;
  /** Stops the browser and both servers and removes the build. */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Viewport width in CSS px. Default {@link NARROWEST_WIDTH_PX}. */
  readonly width?: number;
  /** Viewport height in CSS px. Default 640. */
  readonly height?: number;
}

/**
 * Starts the emulator (in memory, demo tenant), serves a development build of the app configured
 * for it, and launches Chromium. Call in `beforeAll` with {@link SETUP_TIMEOUT_MS}; `close` in
 * `afterAll`.
 */
export async function startAppUnderTest(): Promise<AppUnderTest> {
  const opened: { close(): Promise<void> }[] = [];
  const closeAll = async () => {
    for (const resource of opened.reverse()) await resource.close();
  };
  try {
    const emulator = await startEmulator({ port: 0, inMemory: true });
    opened.push(emulator);
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'cx-cadence-build-'));
    opened.push({ close: () => rm(outDir, { recursive: true, force: true }) });
    const app = await startAppServer({ root: outDir, port: 0 });
    opened.push(app);
    await buildApp({
      mode: 'development',
      outDir,
      config: {
        CX_CADENCE_AUTH_MODE: 'emulator',
        CX_CADENCE_EMULATOR_URL: emulator.url,
        CX_CADENCE_GRAPH_BASE_URL: emulator.graphUrl,
        CX_CADENCE_APP_URL: app.url,
      },
    });
    const chromiumRun = await launchChromium();
    opened.push(chromiumRun);
    return {
      emulator,
      app,
      browser: chromiumRun.browser,
      open: async (pathAndQuery, options = {}) => {
        const context = await chromiumRun.browser.newContext({
          viewport: { width: options.width ?? NARROWEST_WIDTH_PX, height: options.height ?? 640 },
        });
        const page = await context.newPage();
        page.setDefaultTimeout(STEP_TIMEOUT_MS);
        await page.goto(`${app.url}${pathAndQuery}`);
        return page;
      },
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/** Whether the page scrolls sideways (the side panel must never). */
export function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
}

/**
 * The innermost elements that stick out past the page's right edge (at most 10): what to fix when
 * it scrolls sideways. `[]` when nothing does.
 */
export function elementsPastRightEdge(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const edge = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > edge + 0.5)
      .filter(
        (element) =>
          ![...element.children].some((child) => child.getBoundingClientRect().right > edge + 0.5),
      )
      .slice(0, 10)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${String(element.className).split(' ')[0]} ${Math.round(element.getBoundingClientRect().right)}px`,
      );
  });
}

/** Saves a full-page PNG as `.data/screenshots/<name>.png` and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
