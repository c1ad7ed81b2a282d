/**
 * `npm run package -- [--env local|dev|…]`: the Teams / Outlook app package of one deployment.
 *
 * Reads the deployment's values from `env/.env.<env>` (Microsoft 365 Agents Toolkit's format;
 * variables set in the process environment win), renders `manifest/manifest.template.json`,
 * validates it offline against the official unified-manifest schema that `@microsoft/app-manifest`
 * ships, renders the icons from the one vector source `manifest/icon.svg`, checks the package the
 * way Teams' upload does (files, icon sizes and colours, GUIDs, HTTPS on a valid domain) and writes
 * `appPackage/build/<name>-<env>.zip` (manifest.json, color.png, outline.png).
 *
 * It also writes what a host must serve next to the app's pages: the Outlook button icons
 * (`appPackage/build/web/cx-cadence-{16,32,80}.png`), and the rendered manifest on its own
 * (`appPackage/build/manifest.<env>.json`) for Agents Toolkit's `teamsApp/validateManifest`.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import Ajv from 'ajv';
import type { ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { GRAPH_SCOPES } from '../src/auth/scopes';

/** The repository root (this file lives in `scripts/`). */
export const REPO_ROOT = path.resolve(__dirname, '..');
export const MANIFEST_TEMPLATE_FILE = path.join(REPO_ROOT, 'manifest', 'manifest.template.json');
export const ICON_SOURCE_FILE = path.join(REPO_ROOT, 'manifest', 'icon.svg');
export const ENV_FOLDER = path.join(REPO_ROOT, 'env');
export const BUILD_FOLDER = path.join(REPO_ROOT, 'appPackage', 'build');

/** The unified manifest version we target: the newest `@microsoft/app-manifest` has a schema for. */
export const MANIFEST_VERSION = '1.30';
export const MANIFEST_SCHEMA_FOLDER = path.join(
  REPO_ROOT,
  'node_modules/@microsoft/app-manifest/build/json-schemas/teams',
  `v${MANIFEST_VERSION}`,
);
export const MANIFEST_SCHEMA_FILE = 'MicrosoftTeams.schema.json';

/** The environment `npm run package` builds when no `--env` is given: the shipped example. */
export const DEFAULT_ENV_NAME = 'local';
/** The package's file-name stem: `appPackage/build/cx-cadence-<env>.zip`. */
export const PACKAGE_NAME = 'cx-cadence';

/** Sizes Teams requires of the two package icons, in pixels (square). */
export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;
/** Sizes of the Outlook ribbon button icons (the manifest's schema requires 16, 32 and 80). */
export const RIBBON_ICON_SIZES = [16, 32, 80] as const;
export type RibbonIconSize = (typeof RIBBON_ICON_SIZES)[number];
/** The hosted file of one ribbon icon, served from `APP_URL`. */
export const ribbonIconFileName = (size: RibbonIconSize): string => `cx-cadence-${size}.png`;

/** The files of the package, and nothing else. */
export const PACKAGE_FILES = ['manifest.json', 'color.png', 'outline.png'] as const;

/**
 * The part of `icon.svg` that the outline icon shows, in the SVG's user units (x, y, width,
 * height): the mark with its stroke, centred, so it fills the 32-pixel outline icon.
 */
export const OUTLINE_FRAME = [24, 24, 152, 152] as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const ENV_NAME = /^[a-z0-9][a-z0-9_-]*$/i;
const PLACEHOLDER = /\$\{\{([A-Z0-9_]+)\}\}/g;

// ─── Deployment values ────────────────────────────────────────────────────────────────────────

/** One deployment's values, checked: what the manifest template's placeholders become. */
export interface DeploymentValues {
  /** `local`, `dev`, …: names the env file and the package. */
  readonly envName: string;
  /** `APP_ID`: the Teams app id (GUID), the same in every package of this deployment. */
  readonly appId: string;
  /** `CLIENT_ID`: the Entra app registration's Application (client) ID (GUID). */
  readonly clientId: string;
  /** `APP_URL` without a trailing slash, e.g. `https://cx.contoso.com`. */
  readonly appUrl: string;
  /** Derived from `APP_URL`: its host (with the port, if any), e.g. `cx.contoso.com`. */
  readonly appDomain: string;
  /** `APP_VERSION`, default package.json's version: Teams needs a higher one for each update. */
  readonly appVersion: string;
  readonly developerName: string;
  readonly developerUrl: string;
  readonly privacyUrl: string;
  readonly termsUrl: string;
}

/** The variables a deployment sets, what each means and what happens when it is left out. */
export const DEPLOYMENT_VARIABLES = {
  APP_ID:
    'the Teams app id, a GUID that stays the same across updates. Agents Toolkit writes it on provision; otherwise make one with: node -e "console.log(crypto.randomUUID())"',
  CLIENT_ID:
    'the Application (client) ID of the Entra app registration, a GUID shown on the registration’s Overview page. It is the same value as the build’s CX_CADENCE_CLIENT_ID',
  APP_URL:
    'the https:// address the app’s pages are served from, e.g. https://cx.contoso.com. It is the same value as the build’s CX_CADENCE_APP_URL',
  APP_VERSION: 'the app version, three numbers such as 1.4.0; default: package.json’s version',
  DEVELOPER_NAME: 'who publishes the app, as users see it; default: CX Cadence',
  DEVELOPER_URL: 'the https:// page where users get support; default: APP_URL',
  PRIVACY_URL: 'the https:// page of your privacy statement; default: APP_URL',
  TERMS_URL: 'the https:// page of your terms of use; default: APP_URL',
} as const;
export type DeploymentVariable = keyof typeof DEPLOYMENT_VARIABLES;

/** One wrong or missing deployment value. */
export interface DeploymentIssue {
  readonly variable: DeploymentVariable | 'env';
  readonly message: string;
}

/** The deployment's values are missing or wrong: every issue at once, each naming its variable. */
export class PackageConfigError extends Error {
  readonly code = 'PACKAGE_CONFIG';
  constructor(readonly issues: readonly DeploymentIssue[]) {
    super(
      `The app package cannot be built:\n${issues.map((issue) => `  - ${issue.message}`).join('\n')}`,
    );
  }
}

/** The rendered manifest or the package breaks a rule Teams enforces: every problem at once. */
export class PackageCheckError extends Error {
  readonly code = 'PACKAGE_CHECK';
  constructor(
    readonly what: string,
    readonly problems: readonly string[],
  ) {
    super(`${what}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/**
 * An Agents Toolkit env file (`env/.env.<env>`) as variables: `NAME=value` lines, `#` comments,
 * values optionally in single or double quotes. Blank values count as unset, as in the Toolkit's
 * templates where provision fills them in later.
 */
export function parseEnvFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trimStart().startsWith('#')) continue;
    const [, name = '', raw = ''] = match;
    const quoted = /^(['"])(.*)\1$/.exec(raw);
    const value = quoted ? (quoted[2] ?? '') : raw.replace(/\s+#.*$/, '');
    if (value !== '') values[name] = value;
  }
  return values;
}

/** What {@link resolveDeploymentValues} reads. */
export interface ResolveDeploymentOptions {
  readonly envName: string;
  /** The env file's variables ({@link parseEnvFile}); `undefined` when the file does not exist. */
  readonly fileValues: Readonly<Record<string, string>> | undefined;
  /** Overrides the file, variable by variable (usually `process.env`). */
  readonly processEnv: Readonly<Record<string, string | undefined>>;
  /** The default of `APP_VERSION` (package.json's version). */
  readonly defaultVersion: string;
}

/**
 * The deployment's values, checked, from the env file with the process environment on top. Reports
 * every missing or invalid variable in one {@link PackageConfigError}.
 *
 * @example APP_URL=https://cx.contoso.com/ → appUrl `https://cx.contoso.com`, appDomain `cx.contoso.com`
 */
export function resolveDeploymentValues(options: ResolveDeploymentOptions): DeploymentValues {
  const { envName, fileValues } = options;
  const envFile = `env/.env.${envName}`;
  const issues: DeploymentIssue[] = [];
  if (!ENV_NAME.test(envName)) {
    issues.push({
      variable: 'env',
      message: `--env "${envName}" is not an environment name: use letters, digits, - or _ (e.g. local, dev, prod).`,
    });
  }
  const read = (name: DeploymentVariable): string | undefined => {
    const value = options.processEnv[name]?.trim() || fileValues?.[name]?.trim();
    return value === '' ? undefined : value;
  };
  const where =
    fileValues === undefined
      ? `${envFile} does not exist: copy env/.env.local to it, or set the variable in the environment`
      : `set it in ${envFile} or in the environment`;
  const missing = (name: DeploymentVariable): DeploymentIssue => ({
    variable: name,
    message: `${name} is not set: ${where}. ${name} is ${DEPLOYMENT_VARIABLES[name]}.`,
  });
  const required = (name: DeploymentVariable, check: (value: string) => string | undefined) => {
    const value = read(name);
    if (value === undefined) {
      issues.push(missing(name));
      return '';
    }
    const problem = check(value);
    if (problem !== undefined) issues.push({ variable: name, message: `${name} ${problem}.` });
    return value;
  };
  const guid = (value: string) =>
    GUID.test(value)
      ? undefined
      : `must be a GUID (8-4-4-4-12 hexadecimal digits, e.g. 00000000-0000-4000-8000-000000000000), got "${value}"`;

  const appId = required('APP_ID', guid).toLowerCase();
  const clientId = required('CLIENT_ID', guid).toLowerCase();
  const appUrlText = required('APP_URL', appUrlProblem);
  const appUrl = appUrlText.replace(/\/+$/, '');
  const appVersion = read('APP_VERSION') ?? options.defaultVersion;
  if (!SEMVER.test(appVersion)) {
    issues.push({
      variable: 'APP_VERSION',
      message: `APP_VERSION must be three numbers such as 1.4.0, got "${appVersion}".`,
    });
  }
  const optionalUrl = (name: DeploymentVariable): string => {
    const value = read(name);
    if (value === undefined) return appUrl;
    if (!isHttpsUrl(value)) {
      issues.push({
        variable: name,
        message: `${name} must be an https:// address, got "${value}".`,
      });
    }
    return value;
  };
  const values: DeploymentValues = {
    envName,
    appId,
    clientId,
    appUrl,
    appDomain: isHttpsUrl(appUrl) ? new URL(appUrl).host : '',
    appVersion,
    developerName: read('DEVELOPER_NAME') ?? 'CX Cadence',
    developerUrl: optionalUrl('DEVELOPER_URL'),
    privacyUrl: optionalUrl('PRIVACY_URL'),
    termsUrl: optionalUrl('TERMS_URL'),
  };
  if (issues.length > 0) throw new PackageConfigError(issues);
  return values;
}

function isHttpsUrl(value: string): boolean {
  return URL.canParse(value) && new URL(value).protocol === 'https:';
}

function appUrlProblem(value: string): string | undefined {
  if (!URL.canParse(value))
    return `must be an address such as https://cx.contoso.com, got "${value}"`;
  const url = new URL(value);
  if (url.protocol !== 'https:') {
    return `must start with https:// (Teams and Outlook load only HTTPS pages), got "${value}"`;
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '') {
    return `must be a plain address without query, fragment or user name, got "${value}"`;
  }
  return undefined;
}

// ─── The manifest ─────────────────────────────────────────────────────────────────────────────

/** A manifest as JSON: the schema, not this type, says what it may contain. */
export type AppManifest = Record<string, unknown>;

/** A placeholder's value: a list replaces a whole `"${{NAME}}"` item of an array. */
export type PlaceholderValue = string | readonly string[];

/**
 * The template's `${{NAME}}` placeholders for a deployment (Agents Toolkit's syntax, so the
 * Toolkit and this script fill the same template). `GRAPH_SCOPES` is the list the app's nested
 * app authentication asks for, in the same order (src/auth/scopes.ts), as NAA's prefetch requires.
 */
export function manifestPlaceholders(values: DeploymentValues): Record<string, PlaceholderValue> {
  return {
    APP_ID: values.appId,
    CLIENT_ID: values.clientId,
    APP_URL: values.appUrl,
    APP_DOMAIN: values.appDomain,
    APP_VERSION: values.appVersion,
    ENV_NAME: values.envName,
    DEVELOPER_NAME: values.developerName,
    DEVELOPER_URL: values.developerUrl,
    PRIVACY_URL: values.privacyUrl,
    TERMS_URL: values.termsUrl,
    GRAPH_SCOPES,
  };
}

/**
 * The manifest template with its placeholders filled in. Strings get string values; an array item
 * that is exactly `"${{NAME}}"` of a list value becomes the list's items. An unknown placeholder,
 * or a list used inside a longer string, is an error naming it.
 */
export function renderManifest(
  templateText: string,
  placeholders: Readonly<Record<string, PlaceholderValue>>,
): AppManifest {
  const problems = new Set<string>();
  const renderString = (text: string): string =>
    text.replace(PLACEHOLDER, (whole, name: string) => {
      const value = placeholders[name];
      if (typeof value === 'string') return value;
      problems.add(
        value === undefined
          ? `The template uses \${{${name}}}, which is no known value.`
          : `\${{${name}}} is a list: use it alone as an array item.`,
      );
      return whole;
    });
  const render = (node: unknown): unknown => {
    if (typeof node === 'string') return renderString(node);
    if (Array.isArray(node)) {
      return node.flatMap((item: unknown): unknown[] => {
        const list = typeof item === 'string' ? listPlaceholder(item, placeholders) : undefined;
        return list === undefined ? [render(item)] : [...list];
      });
    }
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, render(value)]));
    }
    return node;
  };
  const manifest = render(JSON.parse(templateText)) as AppManifest;
  if (problems.size > 0) throw new PackageCheckError('The manifest template', [...problems]);
  return manifest;
}

function listPlaceholder(
  item: string,
  placeholders: Readonly<Record<string, PlaceholderValue>>,
): readonly string[] | undefined {
  const name = /^\$\{\{([A-Z0-9_]+)\}\}$/.exec(item)?.[1];
  const value = name === undefined ? undefined : placeholders[name];
  return Array.isArray(value) ? value : undefined;
}

/** Checks a manifest against the schema; `[]` when it is valid, else one message per problem. */
export type ManifestSchemaCheck = (manifest: unknown) => string[];

/**
 * A validator for the official unified-manifest schema of {@link MANIFEST_VERSION}, read from
 * `@microsoft/app-manifest` (no network). The schema is draft-04; Ajv's default draft reads its
 * keywords the same way (the schema uses no draft-04-only form such as a boolean
 * `exclusiveMaximum`), so only the `$schema` marker is dropped. The sibling schemas of the same
 * version are registered under their file names, so a `$ref` between them resolves offline.
 */
export async function createManifestSchemaCheck(
  schemaFolder: string = MANIFEST_SCHEMA_FOLDER,
): Promise<ManifestSchemaCheck> {
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
  addFormats(ajv);
  const fileNames = (await readdir(schemaFolder)).filter((name) => name.endsWith('.json'));
  const schemas = await Promise.all(
    fileNames.map(async (name) => {
      const schema = JSON.parse(await readFile(path.join(schemaFolder, name), 'utf8')) as {
        $schema?: string;
      };
      return { name, schema };
    }),
  );
  for (const { name, schema } of schemas) {
    // Ajv's default build has no 2020-12 vocabulary; the Teams manifest never references those.
    if (name === MANIFEST_SCHEMA_FILE || schema.$schema?.includes('2020-12')) continue;
    ajv.addSchema(withoutMetaSchema(schema), name);
  }
  const main = schemas.find(({ name }) => name === MANIFEST_SCHEMA_FILE);
  if (main === undefined) {
    throw new Error(
      `No ${MANIFEST_SCHEMA_FILE} in ${schemaFolder}: is @microsoft/app-manifest installed?`,
    );
  }
  const validate = ajv.compile(withoutMetaSchema(main.schema));
  return (manifest) => (validate(manifest) ? [] : describeSchemaErrors(validate.errors ?? []));
}

function withoutMetaSchema(schema: { $schema?: string }): object {
  const { $schema: _draft, ...rest } = schema;
  return rest;
}

/**
 * Ajv's errors as sentences a person can act on, at the manifest's JSON path:
 * `/configurableTabs/0/context/2: "meetingChat" is not allowed; use one of personalTab, …`.
 * Errors of schema branches that were never meant (anyOf/oneOf bookkeeping) are left out.
 */
export function describeSchemaErrors(errors: readonly ErrorObject[]): string[] {
  const messages = errors
    .filter((error) => !['anyOf', 'oneOf', 'if'].includes(error.keyword))
    .map((error) => {
      const at = error.instancePath === '' ? '(the manifest)' : error.instancePath;
      const params = error.params as Record<string, unknown>;
      switch (error.keyword) {
        case 'additionalProperties':
          return `${at}: unknown property "${String(params.additionalProperty)}"; remove it or check its spelling.`;
        case 'enum':
          return `${at}: ${JSON.stringify(error.data)} is not allowed; use one of ${(params.allowedValues as unknown[]).join(', ')}.`;
        case 'const':
          return `${at}: must be ${JSON.stringify(params.allowedValue)}.`;
        case 'required':
          return `${at}: the required property "${String(params.missingProperty)}" is missing.`;
        default:
          return `${at}: ${error.message ?? 'is invalid'}.`;
      }
    });
  return [...new Set(messages)];
}

// ─── Icons ────────────────────────────────────────────────────────────────────────────────────

/** The PNGs rendered from `manifest/icon.svg`. */
export interface RenderedIcons {
  /** 192 × 192, full colour, opaque. */
  readonly color: Buffer;
  /** 32 × 32, transparent background, white mark only. */
  readonly outline: Buffer;
  /** The Outlook button's icons (the colour icon, smaller), served from `APP_URL`. */
  readonly ribbon: Readonly<Record<RibbonIconSize, Buffer>>;
}

/**
 * The outline icon's SVG, derived from the colour icon's source so the shapes have one source of
 * truth: the `#background` element is dropped and the view box is cropped to
 * {@link OUTLINE_FRAME}. The mark is already white strokes; the package check proves it.
 */
export function deriveOutlineSvg(iconSvg: string): string {
  const withoutBackground = iconSvg.replace(/<rect\b[^>]*\bid="background"[^>]*\/>\s*/, '');
  if (withoutBackground === iconSvg) {
    throw new Error(
      'manifest/icon.svg has no <rect id="background" …/>: the outline cannot drop it.',
    );
  }
  return withoutBackground.replace(/<svg\b[^>]*>/, (root) =>
    root
      .replace(/\swidth="[^"]*"/, '')
      .replace(/\sheight="[^"]*"/, '')
      .replace(/\sviewBox="[^"]*"/, ` viewBox="${OUTLINE_FRAME.join(' ')}"`),
  );
}

let resvgReady: Promise<void> | undefined; // resvg's WebAssembly may be instantiated once per process

function loadResvg(): Promise<void> {
  resvgReady ??= readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')).then((wasm) =>
    initWasm(wasm),
  );
  return resvgReady;
}

function renderPng(svg: string, size: number): Buffer {
  const rendered = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render();
  return Buffer.from(rendered.asPng());
}

/** Renders every icon of the package and of the Outlook button from the one source. */
export async function renderIcons(iconSvg: string): Promise<RenderedIcons> {
  await loadResvg();
  const ribbon = Object.fromEntries(
    RIBBON_ICON_SIZES.map((size) => [size, renderPng(iconSvg, size)]),
  ) as Record<RibbonIconSize, Buffer>;
  return {
    color: renderPng(iconSvg, COLOR_ICON_SIZE),
    outline: renderPng(deriveOutlineSvg(iconSvg), OUTLINE_ICON_SIZE),
    ribbon,
  };
}

/** What Teams demands of each package icon; `[]` when the PNG meets it. */
export function iconProblems(kind: 'color' | 'outline', png: Buffer): string[] {
  const image = PNG.sync.read(png);
  const size = kind === 'color' ? COLOR_ICON_SIZE : OUTLINE_ICON_SIZE;
  const problems: string[] = [];
  if (image.width !== size || image.height !== size) {
    problems.push(
      `${kind}.png is ${image.width}×${image.height} pixels; it must be ${size}×${size}.`,
    );
  }
  let translucent = 0;
  let notWhite = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const [red, green, blue, alpha] = [0, 1, 2, 3].map((offset) => image.data[i + offset] ?? 0);
    if (alpha !== 255) translucent += 1;
    if (alpha !== 0 && (red !== 255 || green !== 255 || blue !== 255)) notWhite += 1;
  }
  if (kind === 'color' && translucent > 0) {
    problems.push(
      `color.png has ${translucent} transparent pixels; its background must be opaque.`,
    );
  }
  if (kind === 'outline' && notWhite > 0) {
    problems.push(`outline.png has ${notWhite} visible pixels that are not white; use white only.`);
  }
  if (kind === 'outline' && translucent === 0) {
    problems.push('outline.png has no transparent pixel; its background must be transparent.');
  }
  return problems;
}

// ─── The package ──────────────────────────────────────────────────────────────────────────────

/**
 * The problems Teams would reject the package for, beyond the schema: files present, icon sizes
 * and colours, GUID ids, and every web address the app loads being HTTPS on one of `validDomains`
 * (developer links only need HTTPS: they open in a browser; `webApplicationInfo` holds scope and
 * resource identifiers, not addresses).
 */
export function packageProblems(
  manifest: AppManifest,
  files: Readonly<Record<string, Buffer>>,
): string[] {
  const problems: string[] = [];
  const icons = (manifest.icons ?? {}) as Record<string, unknown>;
  for (const kind of ['color', 'outline'] as const) {
    const file = icons[kind];
    const png = typeof file === 'string' ? files[file] : undefined;
    if (png === undefined)
      problems.push(`icons.${kind} names ${String(file)}, which is not in the package.`);
    else problems.push(...iconProblems(kind, png));
  }
  const webApplicationInfo = (manifest.webApplicationInfo ?? {}) as Record<string, unknown>;
  for (const [where, id] of [
    ['id', manifest.id],
    ['webApplicationInfo.id', webApplicationInfo.id],
  ] as const) {
    if (typeof id !== 'string' || !GUID.test(id))
      problems.push(`${where} must be a GUID, got ${JSON.stringify(id)}.`);
  }
  const validDomains = Array.isArray(manifest.validDomains)
    ? manifest.validDomains.map(String)
    : [];
  for (const { at, url } of webAddresses(manifest)) {
    if (!URL.canParse(url) || new URL(url).protocol !== 'https:') {
      problems.push(`${at} must be an https:// address, got "${url}".`);
    } else if (!at.startsWith('/developer/') && !isOnValidDomain(new URL(url).host, validDomains)) {
      problems.push(`${at} (${url}) is not on a domain listed in validDomains.`);
    }
  }
  return problems;
}

function webAddresses(node: unknown, at = ''): { at: string; url: string }[] {
  if (typeof node === 'string') return /^https?:/i.test(node) ? [{ at, url: node }] : [];
  if (Array.isArray(node))
    return node.flatMap((item, index) => webAddresses(item, `${at}/${index}`));
  if (node !== null && typeof node === 'object') {
    return Object.entries(node)
      .filter(([key]) => key !== '$schema' && key !== 'webApplicationInfo')
      .flatMap(([key, value]) => webAddresses(value, `${at}/${key}`));
  }
  return [];
}

/** `cx.contoso.com` is on `cx.contoso.com` and on `*.contoso.com`. */
function isOnValidDomain(host: string, validDomains: readonly string[]): boolean {
  return validDomains.some((domain) =>
    domain.startsWith('*.') ? host.endsWith(domain.slice(1)) : host === domain,
  );
}

/** What {@link buildAppPackage} builds. */
export interface BuildAppPackageOptions {
  /** Default {@link DEFAULT_ENV_NAME}. */
  readonly envName?: string;
  /** Overrides the env file (usually `process.env`). */
  readonly processEnv: Readonly<Record<string, string | undefined>>;
  /** Where the env files are; default {@link ENV_FOLDER}. */
  readonly envFolder?: string;
  /** Where the package goes; default {@link BUILD_FOLDER}. */
  readonly outFolder?: string;
}

/** What {@link buildAppPackage} wrote. */
export interface BuiltAppPackage {
  readonly zipPath: string;
  readonly manifestPath: string;
  /** The folder of the files to serve from `APP_URL` (the Outlook button icons). */
  readonly webFolder: string;
  readonly manifest: AppManifest;
  readonly values: DeploymentValues;
}

/** Renders, validates, checks and writes the app package of one environment. */
export async function buildAppPackage(options: BuildAppPackageOptions): Promise<BuiltAppPackage> {
  const envName = options.envName ?? DEFAULT_ENV_NAME;
  const outFolder = options.outFolder ?? BUILD_FOLDER;
  const envFile = path.join(options.envFolder ?? ENV_FOLDER, `.env.${envName}`);
  const packageJson = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  const values = resolveDeploymentValues({
    envName,
    fileValues: existsSync(envFile) ? parseEnvFile(await readFile(envFile, 'utf8')) : undefined,
    processEnv: options.processEnv,
    defaultVersion: packageJson.version,
  });
  const manifest = renderManifest(
    await readFile(MANIFEST_TEMPLATE_FILE, 'utf8'),
    manifestPlaceholders(values),
  );
  const schemaProblems = (await createManifestSchemaCheck())(manifest);
  if (schemaProblems.length > 0) {
    throw new PackageCheckError(
      `The manifest does not match the v${MANIFEST_VERSION} schema`,
      schemaProblems,
    );
  }
  const icons = await renderIcons(await readFile(ICON_SOURCE_FILE, 'utf8'));
  const manifestJson = `${JSON.stringify(manifest, null, 2)}\n`;
  const files: Record<(typeof PACKAGE_FILES)[number], Buffer> = {
    'manifest.json': Buffer.from(manifestJson),
    'color.png': icons.color,
    'outline.png': icons.outline,
  };
  const problems = packageProblems(manifest, files);
  if (problems.length > 0) throw new PackageCheckError('The app package is not valid', problems);

  const zip = new JSZip();
  // A fixed date keeps the zip byte-for-byte the same for the same inputs.
  const date = new Date(Date.UTC(2020, 0, 1));
  for (const name of PACKAGE_FILES) zip.file(name, files[name], { date });
  const zipPath = path.join(outFolder, `${PACKAGE_NAME}-${envName}.zip`);
  const manifestPath = path.join(outFolder, `manifest.${envName}.json`);
  const webFolder = path.join(outFolder, 'web');
  await mkdir(webFolder, { recursive: true });
  await writeFile(zipPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  await writeFile(manifestPath, manifestJson);
  await Promise.all(
    RIBBON_ICON_SIZES.map((size) =>
      writeFile(path.join(webFolder, ribbonIconFileName(size)), icons.ribbon[size]),
    ),
  );
  return { zipPath, manifestPath, webFolder, manifest, values };
}

// ─── Command line ─────────────────────────────────────────────────────────────────────────────

/** `--env dev` or `--env=dev`; default {@link DEFAULT_ENV_NAME}. */
export function envNameFromArgs(args: readonly string[]): string {
  const index = args.findIndex((arg) => arg === '--env' || arg.startsWith('--env='));
  if (index === -1) return DEFAULT_ENV_NAME;
  const arg = args[index] ?? '';
  return arg.includes('=') ? arg.slice('--env='.length) : (args[index + 1] ?? '');
}

async function main(args: readonly string[]): Promise<void> {
  const built = await buildAppPackage({ envName: envNameFromArgs(args), processEnv: process.env });
  const relative = (file: string) => path.relative(process.cwd(), file) || '.';
  console.log(`Wrote ${relative(built.zipPath)} (Teams app id ${built.values.appId}).
Manifest v${MANIFEST_VERSION} for ${built.values.appUrl}, valid against the official schema.
Serve the files of ${relative(built.webFolder)}/ from ${built.values.appUrl}/ with the app's pages (the Outlook button icons).
Upload the zip in Teams (Apps → Manage your apps → Upload an app) or the Teams admin center.`);
}

if (/scripts[\\/]package\.ts$/.test(process.argv[1] ?? '')) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
