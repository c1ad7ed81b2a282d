import * as z from 'zod/mini';
import { ValidationError, zodMessage } from '../domain/errors';
import type { FieldIssue } from '../domain/errors';
import { GRAPH_V1_BASE_URL } from '../graph/client/options';

/**
 * The Teams app id (manifest `id`, catalog `externalId`) the emulator's demo tenant has in its
 * app catalog, so a local run can pin the side panel without any setting.
 */
export const DEFAULT_EMULATOR_TEAMS_APP_ID = '8d2f6b1e-4c9a-4a7e-b5d3-2e1f0c9a6b84';

/**
 * CX Cadence's configuration, fixed when the app is built: webpack's DefinePlugin replaces every
 * `process.env.CX_CADENCE_*` below with the value the build saw, so the bundle carries no secret and
 * reads no environment at run time. There is no client secret anywhere: the app is a single-page
 * application (public client) and signs users in with delegated permissions only.
 *
 * | Variable | Default | Meaning |
 * | --- | --- | --- |
 * | `CX_CADENCE_AUTH_MODE` | `emulator` | `emulator`: sign in as a persona of the local Graph emulator (no tenant needed). `entra`: sign in with Microsoft Entra ID (nested app authentication in Teams and Outlook, a popup in a browser) and call Microsoft Graph. |
 * | `CX_CADENCE_CLIENT_ID` | none; required when the mode is `entra` | The Application (client) ID of your Entra app registration (Microsoft Entra admin center → App registrations → your app → Overview), a GUID. |
 * | `CX_CADENCE_TENANT_ID` | `organizations` | Who may sign in: your Directory (tenant) ID (a GUID) or domain (`contoso.onmicrosoft.com`) for one organisation, `organizations` for any work or school account, `common` to also allow personal accounts. |
 * | `CX_CADENCE_GRAPH_BASE_URL` | `http://127.0.0.1:4000/v1.0` in `emulator` mode, `https://graph.microsoft.com/v1.0` in `entra` mode | Microsoft Graph's root including the version segment. Plain `http` only on this computer (127.0.0.1, localhost), so a token never crosses a network unencrypted. |
 * | `CX_CADENCE_EMULATOR_URL` | `http://127.0.0.1:4000` | Where the local Graph emulator answers (`npm start` runs it there); the persona sign-in asks it for tokens. |
 * | `CX_CADENCE_APP_URL` | the address the page is served from | The public HTTPS address the app is served at (the tab URLs of the Teams app package and the sign-in redirect page); plain `http` only on this computer. |
 * | `CX_CADENCE_TEAMS_APP_ID` | the app in the emulator's demo tenant in `emulator` mode; required in `entra` mode | The Teams app's id: the `id` in the app package's manifest (`APP_ID` of `npm run package`), a GUID. Scheduling a cadence pins this app's side panel in the meeting chat. |
 *
 * Blank values count as unset, so an environment file may list every variable with empty defaults.
 */
export const APP_CONFIG_VARIABLES: readonly AppConfigVariable[] = [
  {
    name: 'CX_CADENCE_AUTH_MODE',
    defaultValue: 'emulator',
    meaning:
      '`emulator`: sign in as a persona of the local Graph emulator (no tenant needed). `entra`: sign in with Microsoft Entra ID (nested app authentication in Teams and Outlook, a popup in a browser) and call Microsoft Graph.',
  },
  {
    name: 'CX_CADENCE_CLIENT_ID',
    defaultValue: undefined,
    meaning:
      'The Application (client) ID of your Entra app registration (Microsoft Entra admin center → App registrations → your app → Overview), a GUID. Required when the mode is `entra`.',
  },
  {
    name: 'CX_CADENCE_TENANT_ID',
    defaultValue: 'organizations',
    meaning:
      'Who may sign in: your Directory (tenant) ID (a GUID) or domain (`contoso.onmicrosoft.com`) for one organisation, `organizations` for any work or school account, `common` to also allow personal accounts.',
  },
  {
    name: 'CX_CADENCE_GRAPH_BASE_URL',
    defaultValue: 'http://127.0.0.1:4000/v1.0',
    meaning:
      "Microsoft Graph's root including the version segment. Defaults to the local emulator in `emulator` mode and to `https://graph.microsoft.com/v1.0` in `entra` mode. Plain `http` only on this computer (127.0.0.1, localhost).",
  },
  {
    name: 'CX_CADENCE_EMULATOR_URL',
    defaultValue: 'http://127.0.0.1:4000',
    meaning:
      'Where the local Graph emulator answers (`npm start` runs it there); the persona sign-in asks it for tokens.',
  },
  {
    name: 'CX_CADENCE_APP_URL',
    defaultValue: undefined,
    meaning:
      'The public HTTPS address the app is served at (tab URLs of the Teams app package, the sign-in redirect page). Unset: the address the page is served from. Plain `http` only on this computer.',
  },
  {
    name: 'CX_CADENCE_TEAMS_APP_ID',
    defaultValue: DEFAULT_EMULATOR_TEAMS_APP_ID,
    meaning:
      "The Teams app's id: the `id` in the app package's manifest (`APP_ID` of `npm run package`), a GUID. Scheduling a cadence pins this app's side panel in the meeting chat. Defaults to the app in the emulator's demo tenant in `emulator` mode; required in `entra` mode.",
  },
];

/** One row of {@link APP_CONFIG_VARIABLES}: what the README's configuration table shows. */
export interface AppConfigVariable {
  readonly name: AppConfigVariableName;
  /** `undefined` when the variable has no default (required, or derived at run time). */
  readonly defaultValue: string | undefined;
  readonly meaning: string;
}

export type AppConfigVariableName =
  | 'CX_CADENCE_AUTH_MODE'
  | 'CX_CADENCE_CLIENT_ID'
  | 'CX_CADENCE_TENANT_ID'
  | 'CX_CADENCE_GRAPH_BASE_URL'
  | 'CX_CADENCE_EMULATOR_URL'
  | 'CX_CADENCE_APP_URL'
  | 'CX_CADENCE_TEAMS_APP_ID';

/** How users sign in: see `CX_CADENCE_AUTH_MODE` in {@link APP_CONFIG_VARIABLES}. */
export const AUTH_MODES = ['emulator', 'entra'] as const;
export type AuthMode = (typeof AUTH_MODES)[number];

export const DEFAULT_AUTH_MODE: AuthMode = 'emulator';
export const DEFAULT_TENANT_ID = 'organizations';
export const DEFAULT_EMULATOR_URL = 'http://127.0.0.1:4000';
export const DEFAULT_EMULATOR_GRAPH_BASE_URL = `${DEFAULT_EMULATOR_URL}/v1.0`;
/** Entra ID's sign-in host in the global cloud; the authority is this plus the tenant. */
export const ENTRA_LOGIN_HOST = 'https://login.microsoftonline.com';

interface AppConfigCommon {
  /** Without a trailing slash, e.g. `http://127.0.0.1:4000/v1.0`. */
  readonly graphBaseUrl: string;
  /** Without a trailing slash, e.g. `http://127.0.0.1:4000`. */
  readonly emulatorUrl: string;
  /** Without a trailing slash; `undefined` means "the origin the page is served from". */
  readonly appUrl: string | undefined;
  /** A tenant GUID, a tenant domain, `organizations` or `common`. */
  readonly tenantId: string;
  /** The Teams app's manifest id, whose side panel scheduling pins in the meeting chat. */
  readonly teamsAppId: string;
}

/** Sign-in against the local Graph emulator: no Entra app registration is needed. */
export interface EmulatorAppConfig extends AppConfigCommon {
  readonly authMode: 'emulator';
  /** Ignored in this mode, kept so one build setting can switch modes. */
  readonly clientId: string | undefined;
}

/** Sign-in with Microsoft Entra ID. */
export interface EntraAppConfig extends AppConfigCommon {
  readonly authMode: 'entra';
  readonly clientId: string;
  /** `https://login.microsoftonline.com/<tenantId>`: what MSAL signs in against. */
  readonly authority: string;
}

/** The app's checked configuration: {@link readAppConfig}'s result. */
export type AppConfig = EmulatorAppConfig | EntraAppConfig;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const TENANT_KEYWORDS = new Set(['organizations', 'common']);
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const GRAPH_VERSION_PATH = /\/(?:v1\.0|beta)$/;

const isGuid = (value: string): boolean => GUID.test(value);
const isTenant = (value: string): boolean =>
  TENANT_KEYWORDS.has(value.toLowerCase()) || isGuid(value) || DOMAIN.test(value);

/** The URL when `value` is an absolute http(s) URL, with plain http only on a loopback host. */
function secureUrlOf(value: string): URL | undefined {
  if (!URL.canParse(value)) return undefined;
  const url = new URL(value);
  if (url.protocol === 'https:') return url;
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname) ? url : undefined;
}

const isSecureUrl = (value: string): boolean => secureUrlOf(value) !== undefined;
const isGraphRoot = (value: string): boolean =>
  GRAPH_VERSION_PATH.test(secureUrlOf(value)?.pathname.replace(/\/+$/, '') ?? '');
const withoutTrailingSlash = (value: string): string => value.replace(/\/+$/, '');

/** Trimmed text, or `undefined` for a missing or blank value. */
const setting = z.pipe(
  z.transform<unknown, unknown>((value) =>
    typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined,
  ),
  z.optional(z.string()),
);

const MESSAGES = {
  authMode: (value: unknown) =>
    `Set CX_CADENCE_AUTH_MODE to "emulator" (sign in as a persona of the local Graph emulator) or "entra" (sign in with Microsoft Entra ID and use Microsoft Graph); "${String(value)}" is neither.`,
  clientIdMissing:
    'Set CX_CADENCE_CLIENT_ID to the Application (client) ID of your Entra app registration (Microsoft Entra admin center → App registrations → your app → Overview): sign-in with Entra needs it.',
  clientIdShape: (value: string) =>
    `CX_CADENCE_CLIENT_ID must be the Application (client) ID of your Entra app registration, a GUID such as 00000000-0000-0000-0000-000000000000; "${value}" is not one.`,
  tenant: (value: string) =>
    `Set CX_CADENCE_TENANT_ID to your Directory (tenant) ID (a GUID), your tenant's domain (contoso.onmicrosoft.com), "organizations" (any work or school account) or "common"; "${value}" is none of these.`,
  graphBaseUrl: (value: string) =>
    `Set CX_CADENCE_GRAPH_BASE_URL to Microsoft Graph's root with its version, such as https://graph.microsoft.com/v1.0 or the local emulator's http://127.0.0.1:4000/v1.0 (plain http only on 127.0.0.1 or localhost); "${value}" is not one.`,
  emulatorUrl: (value: string) =>
    `Set CX_CADENCE_EMULATOR_URL to the address the local Graph emulator answers at, such as http://127.0.0.1:4000 (plain http only on 127.0.0.1 or localhost); "${value}" is not one.`,
  teamsAppIdMissing:
    "Set CX_CADENCE_TEAMS_APP_ID to the Teams app's id (the `id` in the app package's manifest, APP_ID of `npm run package`): scheduling pins this app's side panel in the meeting chat.",
  teamsAppIdShape: (value: string) =>
    `CX_CADENCE_TEAMS_APP_ID must be the Teams app's id from its manifest, a GUID such as 00000000-0000-0000-0000-000000000000; "${value}" is not one.`,
  appUrl: (value: string) =>
    `Set CX_CADENCE_APP_URL to the HTTPS address the app is served at, such as https://cadence.contoso.com (plain http only on 127.0.0.1 or localhost), or leave it unset; "${value}" is not one.`,
} as const;

const environmentSchema = z.object({
  CX_CADENCE_AUTH_MODE: setting,
  CX_CADENCE_CLIENT_ID: setting,
  CX_CADENCE_TENANT_ID: setting,
  CX_CADENCE_GRAPH_BASE_URL: setting,
  CX_CADENCE_EMULATOR_URL: setting,
  CX_CADENCE_APP_URL: setting,
  CX_CADENCE_TEAMS_APP_ID: setting,
});
type Settings = z.output<typeof environmentSchema>;

const isAuthMode = (value: string): value is AuthMode =>
  (AUTH_MODES as readonly string[]).includes(value);

/**
 * Checks the `CX_CADENCE_*` variables and fills in the defaults. Throws a `ValidationError` whose
 * issues name every wrong variable (`field` is the variable's name) with a message an admin can act
 * on, e.g. "Set CX_CADENCE_CLIENT_ID to the Application (client) ID of your Entra app registration…".
 *
 * @example readAppConfig({}) // emulator mode, Graph at http://127.0.0.1:4000/v1.0
 * @example readAppConfig({ CX_CADENCE_AUTH_MODE: 'entra', CX_CADENCE_CLIENT_ID: '<guid>' })
 *   // authority https://login.microsoftonline.com/organizations, Graph at graph.microsoft.com
 */
export function readAppConfig(env: Readonly<Record<string, string | undefined>>): AppConfig {
  const settings = environmentSchema.parse(env, { error: zodMessage });
  const issues = settingIssues(settings);
  if (issues.length > 0) throw new ValidationError(issues);
  return configFrom(settings);
}

function settingIssues(settings: Settings): FieldIssue[] {
  const mode = settings.CX_CADENCE_AUTH_MODE?.toLowerCase() ?? DEFAULT_AUTH_MODE;
  const issues: FieldIssue[] = [];
  const check = (field: AppConfigVariableName, isValid: boolean, message: string) => {
    if (!isValid) issues.push({ field, message });
  };
  check('CX_CADENCE_AUTH_MODE', isAuthMode(mode), MESSAGES.authMode(settings.CX_CADENCE_AUTH_MODE));
  const entraGuid = (
    field: AppConfigVariableName,
    value: string | undefined,
    missing: string,
    shape: (text: string) => string,
  ) => {
    if (value === undefined) check(field, mode !== 'entra', missing);
    else check(field, isGuid(value), shape(value));
  };
  entraGuid(
    'CX_CADENCE_CLIENT_ID',
    settings.CX_CADENCE_CLIENT_ID,
    MESSAGES.clientIdMissing,
    MESSAGES.clientIdShape,
  );
  const optional = (
    field: AppConfigVariableName,
    value: string | undefined,
    isValid: (text: string) => boolean,
    message: (text: string) => string,
  ) => {
    if (value !== undefined) check(field, isValid(value), message(value));
  };
  optional('CX_CADENCE_TENANT_ID', settings.CX_CADENCE_TENANT_ID, isTenant, MESSAGES.tenant);
  optional(
    'CX_CADENCE_GRAPH_BASE_URL',
    settings.CX_CADENCE_GRAPH_BASE_URL,
    isGraphRoot,
    MESSAGES.graphBaseUrl,
  );
  optional(
    'CX_CADENCE_EMULATOR_URL',
    settings.CX_CADENCE_EMULATOR_URL,
    isSecureUrl,
    MESSAGES.emulatorUrl,
  );
  optional('CX_CADENCE_APP_URL', settings.CX_CADENCE_APP_URL, isSecureUrl, MESSAGES.appUrl);
  entraGuid(
    'CX_CADENCE_TEAMS_APP_ID',
    settings.CX_CADENCE_TEAMS_APP_ID,
    MESSAGES.teamsAppIdMissing,
    MESSAGES.teamsAppIdShape,
  );
  return issues;
}

function configFrom(settings: Settings): AppConfig {
  const mode = (settings.CX_CADENCE_AUTH_MODE?.toLowerCase() ?? DEFAULT_AUTH_MODE) as AuthMode;
  const tenantId = settings.CX_CADENCE_TENANT_ID ?? DEFAULT_TENANT_ID;
  const defaultGraph = mode === 'entra' ? GRAPH_V1_BASE_URL : DEFAULT_EMULATOR_GRAPH_BASE_URL;
  const common: AppConfigCommon = {
    graphBaseUrl: withoutTrailingSlash(settings.CX_CADENCE_GRAPH_BASE_URL ?? defaultGraph),
    emulatorUrl: withoutTrailingSlash(settings.CX_CADENCE_EMULATOR_URL ?? DEFAULT_EMULATOR_URL),
    appUrl: settings.CX_CADENCE_APP_URL && withoutTrailingSlash(settings.CX_CADENCE_APP_URL),
    tenantId,
    teamsAppId: (settings.CX_CADENCE_TEAMS_APP_ID ?? DEFAULT_EMULATOR_TEAMS_APP_ID).toLowerCase(),
  };
  const clientId = settings.CX_CADENCE_CLIENT_ID;
  if (mode === 'emulator') return { ...common, authMode: 'emulator', clientId };
  return {
    ...common,
    authMode: 'entra',
    clientId: clientId ?? '',
    authority: `${ENTRA_LOGIN_HOST}/${tenantId}`,
  };
}

/**
 * The `CX_CADENCE_*` values baked into the bundle. Each variable is named in full because webpack's
 * DefinePlugin replaces the literal expression `process.env.CX_CADENCE_…` only: the build must define
 * every name of {@link APP_CONFIG_VARIABLES} (as `undefined` when unset), or this throws a
 * ReferenceError in the browser, where there is no `process`.
 */
export function buildTimeEnvironment(): Record<AppConfigVariableName, string | undefined> {
  return {
    CX_CADENCE_AUTH_MODE: process.env.CX_CADENCE_AUTH_MODE,
    CX_CADENCE_CLIENT_ID: process.env.CX_CADENCE_CLIENT_ID,
    CX_CADENCE_TENANT_ID: process.env.CX_CADENCE_TENANT_ID,
    CX_CADENCE_GRAPH_BASE_URL: process.env.CX_CADENCE_GRAPH_BASE_URL,
    CX_CADENCE_EMULATOR_URL: process.env.CX_CADENCE_EMULATOR_URL,
    CX_CADENCE_APP_URL: process.env.CX_CADENCE_APP_URL,
    CX_CADENCE_TEAMS_APP_ID: process.env.CX_CADENCE_TEAMS_APP_ID,
  };
}
