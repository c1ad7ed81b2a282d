import { APP_CONFIG_VARIABLES, readAppConfig } from '../../src/auth/config';
import { ValidationError } from '../../src/domain/errors';
import { DEMO_CX_CADENCE_APP_EXTERNAL_ID } from '../../emulator/seed/constants';

const CLIENT_ID = '11111111-2222-4333-8444-555555555555';
const TEAMS_APP_ID = '99999999-8888-4777-8666-555555555555';

function issuesOf(env: Record<string, string | undefined>): Record<string, string> {
  try {
    readAppConfig(env);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return Object.fromEntries(error.issues.map((issue) => [issue.field, issue.message]));
  }
  return {};
}

describe('readAppConfig', () => {
  it('runs against the local emulator when nothing is set', () => {
    expect(readAppConfig({})).toEqual({
      authMode: 'emulator',
      clientId: undefined,
      tenantId: 'organizations',
      graphBaseUrl: 'http://127.0.0.1:4000/v1.0',
      emulatorUrl: 'http://127.0.0.1:4000',
      appUrl: undefined,
      teamsAppId: DEMO_CX_CADENCE_APP_EXTERNAL_ID,
    });
  });

  it('signs in with Entra against Microsoft Graph once a client id is set', () => {
    expect(
      readAppConfig({
        CX_CADENCE_AUTH_MODE: 'entra',
        CX_CADENCE_CLIENT_ID: CLIENT_ID,
        CX_CADENCE_TEAMS_APP_ID: TEAMS_APP_ID,
      }),
    ).toMatchObject({
      authMode: 'entra',
      clientId: CLIENT_ID,
      authority: 'https://login.microsoftonline.com/organizations',
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
      teamsAppId: TEAMS_APP_ID,
    });
  });

  it('treats blank values as unset and drops trailing slashes', () => {
    expect(
      readAppConfig({
        CX_CADENCE_AUTH_MODE: ' ',
        CX_CADENCE_TENANT_ID: '',
        CX_CADENCE_EMULATOR_URL: 'http://localhost:4100/',
        CX_CADENCE_APP_URL: 'https://cadence.contoso.example/',
      }),
    ).toMatchObject({
      authMode: 'emulator',
      tenantId: 'organizations',
      emulatorUrl: 'http://localhost:4100',
      appUrl: 'https://cadence.contoso.example',
    });
  });

  it.each([
    ['a tenant GUID', '6f1d3c2a-8b4e-4c7a-9e21-5d0b7a3f9c48'],
    ['a tenant domain', 'contoso.onmicrosoft.com'],
    ['any work or school account', 'organizations'],
    ['any account', 'common'],
  ])('accepts %s as the tenant', (_what, tenant) => {
    const config = readAppConfig({
      CX_CADENCE_AUTH_MODE: 'entra',
      CX_CADENCE_CLIENT_ID: CLIENT_ID,
      CX_CADENCE_TENANT_ID: tenant,
      CX_CADENCE_TEAMS_APP_ID: TEAMS_APP_ID,
    });
    expect(config).toMatchObject({ authority: `https://login.microsoftonline.com/${tenant}` });
  });

  it.each([
    [
      'an unknown mode',
      { CX_CADENCE_AUTH_MODE: 'azure' },
      'CX_CADENCE_AUTH_MODE',
      'Set CX_CADENCE_AUTH_MODE to "emulator"',
    ],
    [
      'Entra without a client id',
      { CX_CADENCE_AUTH_MODE: 'entra' },
      'CX_CADENCE_CLIENT_ID',
      'Set CX_CADENCE_CLIENT_ID to the Application (client) ID of your Entra app registration',
    ],
    [
      'a client id that is not a GUID',
      { CX_CADENCE_CLIENT_ID: 'cx-cadence' },
      'CX_CADENCE_CLIENT_ID',
      '"cx-cadence" is not one',
    ],
    [
      'Entra without the Teams app id',
      { CX_CADENCE_AUTH_MODE: 'entra', CX_CADENCE_CLIENT_ID: CLIENT_ID },
      'CX_CADENCE_TEAMS_APP_ID',
      "Set CX_CADENCE_TEAMS_APP_ID to the Teams app's id",
    ],
    [
      'a Teams app id that is not a GUID',
      { CX_CADENCE_TEAMS_APP_ID: 'cx-cadence' },
      'CX_CADENCE_TEAMS_APP_ID',
      '"cx-cadence" is not one',
    ],
    [
      'a tenant with spaces',
      { CX_CADENCE_TENANT_ID: 'Contoso Ltd' },
      'CX_CADENCE_TENANT_ID',
      'Directory (tenant) ID',
    ],
    [
      'Graph over plain http on a network host',
      { CX_CADENCE_GRAPH_BASE_URL: 'http://graph.contoso.example/v1.0' },
      'CX_CADENCE_GRAPH_BASE_URL',
      'plain http only on 127.0.0.1 or localhost',
    ],
    [
      'Graph without its version',
      { CX_CADENCE_GRAPH_BASE_URL: 'https://graph.microsoft.com' },
      'CX_CADENCE_GRAPH_BASE_URL',
      'with its version',
    ],
    [
      'an emulator address that is not a URL',
      { CX_CADENCE_EMULATOR_URL: '127.0.0.1:4000' },
      'CX_CADENCE_EMULATOR_URL',
      'Set CX_CADENCE_EMULATOR_URL',
    ],
    [
      'an app address over plain http on a network host',
      { CX_CADENCE_APP_URL: 'http://cadence.contoso.example' },
      'CX_CADENCE_APP_URL',
      'HTTPS address',
    ],
  ])('rejects %s, naming the variable and what to set', (_what, env, field, message) => {
    expect(issuesOf(env)[field]).toContain(message);
  });

  it('reports every wrong variable at once', () => {
    const issues = issuesOf({
      CX_CADENCE_AUTH_MODE: 'entra',
      CX_CADENCE_TENANT_ID: 'not a tenant',
      CX_CADENCE_APP_URL: 'ftp://cadence',
    });
    expect(Object.keys(issues).sort()).toEqual([
      'CX_CADENCE_APP_URL',
      'CX_CADENCE_CLIENT_ID',
      'CX_CADENCE_TEAMS_APP_ID',
      'CX_CADENCE_TENANT_ID',
    ]);
  });
});

describe('APP_CONFIG_VARIABLES', () => {
  it('documents each variable once, with a default that readAppConfig really applies', () => {
    const names = APP_CONFIG_VARIABLES.map((variable) => variable.name);
    expect(new Set(names).size).toBe(names.length);
    const defaults = readAppConfig({});
    const byName = Object.fromEntries(APP_CONFIG_VARIABLES.map((v) => [v.name, v.defaultValue]));
    expect(byName).toEqual({
      CX_CADENCE_AUTH_MODE: defaults.authMode,
      CX_CADENCE_CLIENT_ID: undefined,
      CX_CADENCE_TENANT_ID: defaults.tenantId,
      CX_CADENCE_GRAPH_BASE_URL: defaults.graphBaseUrl,
      CX_CADENCE_EMULATOR_URL: defaults.emulatorUrl,
      CX_CADENCE_APP_URL: undefined,
      CX_CADENCE_TEAMS_APP_ID: defaults.teamsAppId,
    });
  });

  it("defaults the Teams app id to the app in the emulator's demo tenant catalog", () => {
    expect(readAppConfig({}).teamsAppId).toBe(DEMO_CX_CADENCE_APP_EXTERNAL_ID);
  });
});
