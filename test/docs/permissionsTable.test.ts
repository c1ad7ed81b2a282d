import { readFileSync } from 'node:fs';
import path from 'node:path';
import { APP_CONFIG_VARIABLES } from '../../src/auth/config';
import { GRAPH_DELEGATED_SCOPES } from '../../src/auth/scopes';

const doc = readFileSync(path.join(__dirname, '../../docs/entra-app-registration.md'), 'utf8');

/** The rows of the table under the "Delegated Microsoft Graph permissions" heading. */
function permissionRows(markdown: string): { permission: string; adminConsent: string }[] {
  const afterHeading = markdown.split('### Delegated Microsoft Graph permissions')[1] ?? '';
  const section = afterHeading.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => /^\| `/.test(line))
    .map((line) => {
      const cells = line.split('|').map((cell) => cell.trim());
      return { permission: (cells[1] ?? '').replace(/`/g, ''), adminConsent: cells[2] ?? '' };
    });
}

/** Permissions Microsoft's Graph permissions reference marks "Admin consent required: Yes" (delegated). */
const ADMIN_CONSENT_REQUIRED = new Set([
  'GroupMember.Read.All',
  'TeamsAppInstallation.ReadWriteSelfForChat',
  'TeamsTab.Create',
]);

describe('docs/entra-app-registration.md', () => {
  const rows = permissionRows(doc);

  it('lists exactly the delegated Graph permissions the app requests', () => {
    expect(rows.map((row) => row.permission).sort()).toEqual(
      GRAPH_DELEGATED_SCOPES.map((scope) => scope.permission).sort(),
    );
  });

  it('says for every permission whether it needs admin consent', () => {
    for (const row of rows) {
      const expected = ADMIN_CONSENT_REQUIRED.has(row.permission) ? '**Yes**' : 'No';
      expect({ permission: row.permission, adminConsent: row.adminConsent }).toEqual({
        permission: row.permission,
        adminConsent: expected,
      });
    }
  });

  it('states the number of permissions the admin should see', () => {
    expect(doc).toContain(`lists the ${GRAPH_DELEGATED_SCOPES.length} delegated Microsoft Graph`);
  });

  it('names every build variable', () => {
    for (const variable of APP_CONFIG_VARIABLES) expect(doc).toContain(`\`${variable.name}\``);
  });

  it('gives both SPA redirect URIs, the one nested app authentication needs without a path', () => {
    expect(doc).toContain('`https://<your domain>/auth-redirect.html`');
    expect(doc).toContain('`brk-multihub://<your domain>`');
  });
});
