/**
 * The local app server: serves the built surfaces (`dist/`) on 127.0.0.1 with the headers a Teams
 * tab needs, and a local meeting page that shows the side panel at Teams' width beside a meeting
 * placeholder. Used by `npm start` and the browser end-to-end tests; production hosting only has to
 * send the same headers.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { OFFICE_JS_URL } from '../src/ui/outlookCommands/loadOfficeJs';

const LOOPBACK = '127.0.0.1';

/** `npm start`'s app port unless CX_CADENCE_APP_PORT says otherwise. */
export const DEFAULT_APP_PORT = 3000;

/** The width Teams gives a meeting side panel, in CSS pixels. */
export const SIDE_PANEL_WIDTH_PX = 280;

/** The surfaces issue 5 delivers, by the name of their page (`<surface>.html`). */
export const PLANNED_SURFACES = ['signIn', 'hub', 'planner', 'sidePanel', 'summary'] as const;

/** Where Teams, Outlook and the Microsoft 365 app may frame the app (and the meeting page here). */
export const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://*.microsoft365.com',
  'https://*.cloud.microsoft',
] as const;

/**
 * The Content-Security-Policy of every response. Scripts only from the app itself (the development
 * build has no eval); Fluent inserts its styles at run time, hence inline styles; the app talks to
 * Graph, Microsoft Entra sign-in, the local emulator on loopback and TeamsJS's list of valid host
 * origins.
 */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy(["'self'"]);

/** Office.js must load from Microsoft's CDN, and only the Outlook command page needs it. */
export const OUTLOOK_COMMANDS_PAGE = '/outlookCommands.html';
export const OUTLOOK_COMMANDS_CONTENT_SECURITY_POLICY = contentSecurityPolicy([
  "'self'",
  new URL(OFFICE_JS_URL).origin,
]);

function contentSecurityPolicy(scriptSources: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' http://127.0.0.1:* http://localhost:* https://graph.microsoft.com https://login.microsoftonline.com https://res.cdn.office.net",
    "frame-src 'self' https://login.microsoftonline.com",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`,
  ].join('; ');
}

/** Headers sent with every response. No X-Frame-Options: Teams frames the app (CSP says where). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
};

const HTML_CONTENT_TYPE = 'text/html; charset=utf-8';
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': HTML_CONTENT_TYPE,
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface AppServerOptions {
  /** The build output to serve (webpack's `dist/`). Read at request time, so it may be rebuilt. */
  readonly root: string;
  /** 0 picks a free port. Default {@link DEFAULT_APP_PORT}. */
  readonly port?: number;
}

export interface RunningAppServer {
  /** `http://127.0.0.1:N` */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Starts the app server on 127.0.0.1; resolves once it accepts requests. */
export async function startAppServer(options: AppServerOptions): Promise<RunningAppServer> {
  const root = path.resolve(options.root);
  const server = createServer((request, response) => {
    void respond(root, request, response).catch((error: unknown) => {
      send(response, 500, 'text/plain; charset=utf-8', `The app server failed: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_APP_PORT, LOOPBACK, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${LOOPBACK}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The surfaces a build holds: the names of its `<surface>.html` pages. */
export function builtSurfaces(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.slice(0, -'.html'.length))
    .sort();
}

/** The planned surfaces a build does not hold yet (issue 5 delivers them). */
export function missingSurfaces(root: string): string[] {
  const built = new Set(builtSurfaces(root));
  return PLANNED_SURFACES.filter((surface) => !built.has(surface));
}

export interface BuildAppOptions {
  readonly mode: 'development' | 'production';
  /** Where the build goes. Default `dist/`. */
  readonly outDir?: string;
  /** The CX_CADENCE_* configuration baked into the bundles (see src/auth/config.ts). */
  readonly config?: Readonly<Record<string, string>>;
}

/**
 * Runs webpack (in a child process, so its memory goes when it ends). Rejects with webpack's own
 * output when the build fails.
 */
export function buildApp(options: BuildAppOptions): Promise<void> {
  const projectRoot = path.resolve(__dirname, '..');
  const cli = path.join(projectRoot, 'node_modules/webpack-cli/bin/cli.js');
  const args = [cli, '--mode', options.mode, '--no-stats'];
  if (options.outDir) args.push('--env', `outDir=${path.resolve(options.outDir)}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: projectRoot,
      env: { ...process.env, ...options.config },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`The webpack build failed (exit ${code}):\n${output}`)),
    );
  });
}

async function respond(root: string, request: IncomingMessage, response: ServerResponse) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'text/plain; charset=utf-8', 'Only GET and HEAD are served here.');
    return;
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/' || url.pathname === '/index.html') {
    send(response, 200, HTML_CONTENT_TYPE, renderIndexPage(root));
    return;
  }
  if (url.pathname === '/meeting' || url.pathname === '/meeting.html') {
    send(response, 200, HTML_CONTENT_TYPE, renderMeetingPage({ root, query: url.searchParams }));
    return;
  }
  const file = fileFor(root, url.pathname);
  const info = file ? await stat(file).catch(() => undefined) : undefined;
  if (!file || !info?.isFile()) {
    send(
      response,
      404,
      'text/plain; charset=utf-8',
      `Nothing at ${url.pathname}. Try / for the surfaces.`,
    );
    return;
  }
  const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  const body = request.method === 'HEAD' ? '' : await readFile(file);
  send(response, 200, type, body, url.pathname);
}

/** The file a URL path names inside `root`, or `undefined` if it would leave `root`. */
function fileFor(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  return file.startsWith(root + path.sep) ? file : undefined;
}

function send(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  pathname = '',
): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    ...(pathname === OUTLOOK_COMMANDS_PAGE
      ? { 'Content-Security-Policy': OUTLOOK_COMMANDS_CONTENT_SECURITY_POLICY }
      : {}),
    'Content-Type': contentType,
    // A local run rebuilds in place: always revalidate.
    'Cache-Control': 'no-cache',
  });
  response.end(body);
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const PAGE_STYLE = `
  body { margin: 0; font-family: 'Segoe UI', system-ui, sans-serif; background: #1f1f1f; color: #fff; }
  a { color: #a6b3ff; }
`;

function renderIndexPage(root: string): string {
  const built = builtSurfaces(root);
  const missing = missingSurfaces(root);
  const links = built.map(
    (surface) => `<li><a href="/${surface}.html">${escapeHtml(surface)}</a></li>`,
  );
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>CX Cadence · local run</title><style>${PAGE_STYLE} body { padding: 16px; }</style></head>
<body>
  <h1>CX Cadence, local run</h1>
  <ul>${links.join('')}<li><a href="/meeting.html">Local meeting page (side panel at ${SIDE_PANEL_WIDTH_PX} px)</a></li></ul>
  ${missing.length > 0 ? `<p>Not built yet: ${missing.map(escapeHtml).join(', ')}.</p>` : ''}
</body>
</html>
`;
}

export interface MeetingPageOptions {
  /** The build, to know whether the side panel exists yet. */
  readonly root: string;
  /**
   * The meeting page's query: `groupId`, `cadenceId`, `occurrence` (the occurrence's UTC start) and
   * `theme` are handed to the side panel.
   */
  readonly query: URLSearchParams;
}

/** What the meeting page passes on to the side panel frame, in this order. */
export const SIDE_PANEL_QUERY_PARAMETERS = ['groupId', 'cadenceId', 'occurrence', 'theme'] as const;

/**
 * A stand-in for a Teams meeting: the meeting stage as a placeholder and the side panel in an
 * iframe exactly {@link SIDE_PANEL_WIDTH_PX} wide, as Teams shows it, for any occurrence of a
 * scheduled cadence: `/meeting.html?groupId=<g>&cadenceId=<c>&occurrence=<UTC start>`. Without a
 * side panel in the build the frame shows the sign-in surface.
 */
export function renderMeetingPage({ root, query }: MeetingPageOptions): string {
  const hasSidePanel = builtSurfaces(root).includes('sidePanel');
  const panelQuery = new URLSearchParams();
  for (const name of SIDE_PANEL_QUERY_PARAMETERS) {
    const value = query.get(name);
    if (value) panelQuery.set(name, value);
  }
  const search = panelQuery.size > 0 ? `?${panelQuery.toString()}` : '';
  const panelSource = `/${hasSidePanel ? 'sidePanel' : 'signIn'}.html${search}`;
  const note =
    hasSidePanel && !(query.get('groupId') && query.get('cadenceId'))
      ? '<p class="note">Add <code>?groupId=…&amp;cadenceId=…&amp;occurrence=…</code> to show a meeting of a scheduled cadence.</p>'
      : '';
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>CX Cadence · local meeting</title>
  <style>${PAGE_STYLE}
    .meeting { display: flex; height: 100vh; }
    .stage { flex: 1; display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 8px; min-width: 0; }
    .tile { width: min(480px, 80%); aspect-ratio: 16 / 9; border-radius: 8px; background: #3d3d3d; display: flex; align-items: center; justify-content: center; }
    .note { max-width: 480px; text-align: center; color: #d6d6d6; }
    .panel { width: ${SIDE_PANEL_WIDTH_PX}px; flex: none; display: flex; flex-direction: column; background: #292929; border-left: 1px solid #444; }
    .panel h2 { margin: 0; padding: 8px 12px; font-size: 14px; font-weight: 600; }
    .panel iframe { flex: 1; width: ${SIDE_PANEL_WIDTH_PX}px; border: 0; background: #fff; }
  </style>
</head>
<body>
  <div class="meeting">
    <main class="stage" aria-label="Meeting">
      <div class="tile">Meeting in progress</div>
      <p>CX cadence meeting${query.get('occurrence') ? ` · occurrence ${escapeHtml(query.get('occurrence') ?? '')}` : ''}</p>
      ${note}
    </main>
    <aside class="panel" aria-label="CX Cadence side panel">
      <h2>CX Cadence</h2>
      <iframe title="CX Cadence side panel" src="${escapeHtml(panelSource)}"></iframe>
    </aside>
  </div>
</body>
</html>
`;
}
