import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY, FRAME_ANCESTORS, SECURITY_HEADERS } from '../../scripts/serveApp';
import { OFFICE_JS_URL } from '../../src/ui/outlookCommands/loadOfficeJs';

const docsRoot = path.join(__dirname, '../../docs');
const hostingDoc = readFileSync(path.join(docsRoot, 'hosting.md'), 'utf8');
const configText = readFileSync(path.join(docsRoot, 'examples/staticwebapp.config.json'), 'utf8');

interface StaticWebAppConfig {
  globalHeaders: Record<string, string>;
  routes: { route: string; headers?: Record<string, string> }[];
}

/** `"script-src 'self' https://x"` → `{ 'script-src': ["'self'", 'https://x'] }` */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name, values]),
  );
}

describe('docs/examples/staticwebapp.config.json', () => {
  const config = JSON.parse(configText) as StaticWebAppConfig;
  const globalPolicy = config.globalHeaders['Content-Security-Policy'] ?? '';
  const commandsRoute = config.routes.find((route) => route.route === '/outlookCommands.html');
  const commandsPolicy = commandsRoute?.headers?.['Content-Security-Policy'] ?? '';

  it('is valid JSON with the security headers the local app server sends', () => {
    for (const header of Object.keys(SECURITY_HEADERS)) {
      expect(config.globalHeaders[header]).toBeDefined();
    }
    expect(config.globalHeaders['X-Content-Type-Options']).toBe('nosniff');
    expect(Object.keys(config.globalHeaders)).not.toContain('X-Frame-Options');
  });

  it('lets Teams, Outlook and Microsoft 365 frame the app, at least where the local server does', () => {
    const framing = directives(globalPolicy)['frame-ancestors'] ?? [];
    expect(framing).toEqual(expect.arrayContaining([...FRAME_ANCESTORS]));
    expect(framing).toEqual(
      expect.arrayContaining(['https://*.microsoft365.com', 'https://outlook.office365.com']),
    );
  });

  it('allows scripts from the app only, and Office.js only on the Outlook command page', () => {
    const officeHost = new URL(OFFICE_JS_URL).origin;
    expect(directives(globalPolicy)['script-src']).toEqual(["'self'"]);
    expect(directives(commandsPolicy)['script-src']).toEqual(["'self'", officeHost]);
    expect(`${globalPolicy} ${commandsPolicy}`).not.toMatch(
      /unsafe-eval|script-src[^;]*unsafe-inline/,
    );
  });

  it('connects to Graph and Entra sign-in, and keeps the local emulator out of production', () => {
    const connect = directives(globalPolicy)['connect-src'] ?? [];
    expect(connect).toEqual(
      expect.arrayContaining(['https://graph.microsoft.com', 'https://login.microsoftonline.com']),
    );
    expect(connect.join(' ')).not.toMatch(/127\.0\.0\.1|localhost/);
    expect(directives(CONTENT_SECURITY_POLICY)['connect-src']).toEqual(
      expect.arrayContaining(connect),
    );
  });

  it('differs between the two pages only in the Office.js host', () => {
    const { 'script-src': _global, ...rest } = directives(globalPolicy);
    const { 'script-src': _commands, ...commandsRest } = directives(commandsPolicy);
    expect(commandsRest).toEqual(rest);
  });

  it('is what docs/hosting.md tells the admin to set', () => {
    expect(hostingDoc).toContain(globalPolicy);
    expect(hostingDoc).toContain(commandsPolicy);
    for (const [header, value] of Object.entries(config.globalHeaders)) {
      if (header === 'Content-Security-Policy') continue;
      const row = hostingDoc.split('\n').find((line) => line.startsWith(`| \`${header}\``));
      expect(row?.split('|')[2]?.trim()).toBe(`\`${value}\``);
    }
  });
});
