import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import {
  PACKAGE_NAME,
  PackageConfigError,
  REPO_ROOT,
  buildAppPackage,
  envNameFromArgs,
  packageProblems,
  parseEnvFile,
  resolveDeploymentValues,
} from '../../scripts/package';
import { CONTOSO, contosoManifest } from './support';

let workFolder: string;
beforeEach(() => {
  workFolder = mkdtempSync(path.join(tmpdir(), 'cx-cadence-package-'));
});
afterEach(() => {
  rmSync(workFolder, { recursive: true, force: true });
});

function writeEnvFile(envName: string, text: string): string {
  writeFileSync(path.join(workFolder, `.env.${envName}`), text);
  return workFolder;
}

describe('npm run package', () => {
  it('builds a zip of exactly manifest.json, color.png and outline.png whose ids match the deployment', async () => {
    const envFolder = writeEnvFile(
      'prod',
      `# Contoso production\nAPP_ID=${CONTOSO.APP_ID}\nCLIENT_ID="${CONTOSO.CLIENT_ID}"\nAPP_URL=${CONTOSO.APP_URL}\n`,
    );
    const built = await buildAppPackage({
      envName: 'prod',
      envFolder,
      outFolder: workFolder,
      processEnv: {},
    });

    expect(path.basename(built.zipPath)).toBe('cx-cadence-prod.zip');
    const zip = await JSZip.loadAsync(readFileSync(built.zipPath));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const fileOf = (name: string) => {
      const file = zip.file(name);
      if (file === null) throw new Error(`${name} is not in the zip`);
      return file;
    };
    const manifest = JSON.parse(await fileOf('manifest.json').async('string')) as {
      id: string;
      webApplicationInfo: { id: string };
    };
    expect(manifest.id).toBe(CONTOSO.APP_ID);
    expect(manifest.webApplicationInfo.id).toBe(CONTOSO.CLIENT_ID);
    const sizeOf = async (name: string) => {
      const image = PNG.sync.read(await fileOf(name).async('nodebuffer'));
      return [image.width, image.height];
    };
    expect(await sizeOf('color.png')).toEqual([192, 192]);
    expect(await sizeOf('outline.png')).toEqual([32, 32]);
  });

  it('writes the Outlook button icons the host must serve next to the pages', async () => {
    const envFolder = writeEnvFile(
      'prod',
      Object.entries(CONTOSO)
        .map((e) => e.join('='))
        .join('\n'),
    );
    const built = await buildAppPackage({
      envName: 'prod',
      envFolder,
      outFolder: workFolder,
      processEnv: {},
    });
    for (const size of [16, 32, 80]) {
      const image = PNG.sync.read(
        readFileSync(path.join(built.webFolder, `cx-cadence-${size}.png`)),
      );
      expect(image.width).toBe(size);
    }
  });

  it('works on a fresh clone with the shipped example env/.env.local', async () => {
    const built = await buildAppPackage({ outFolder: workFolder, processEnv: {} });
    expect(path.basename(built.zipPath)).toBe('cx-cadence-local.zip');
    expect(built.values.appUrl).toBe('https://localhost:3000');
    expect(built.manifest.validDomains).toEqual(['localhost:3000']);
  });

  it('lets the process environment override the env file', async () => {
    const envFolder = writeEnvFile(
      'prod',
      Object.entries(CONTOSO)
        .map((e) => e.join('='))
        .join('\n'),
    );
    const built = await buildAppPackage({
      envName: 'prod',
      envFolder,
      outFolder: workFolder,
      processEnv: { APP_URL: 'https://cx-staging.contoso.com' },
    });
    expect(built.manifest.validDomains).toEqual(['cx-staging.contoso.com']);
  });

  it('says which variables are missing and where to set them', async () => {
    const envFolder = writeEnvFile('dev', 'TEAMSFX_ENV=dev\nAPP_ID=\nCLIENT_ID=\nAPP_URL=\n');
    const build = buildAppPackage({
      envName: 'dev',
      envFolder,
      outFolder: workFolder,
      processEnv: {},
    });
    await expect(build).rejects.toThrow(PackageConfigError);
    await expect(build).rejects.toMatchObject({
      issues: [
        {
          variable: 'APP_ID',
          message: expect.stringMatching(/^APP_ID is not set: set it in env\/\.env\.dev/),
        },
        { variable: 'CLIENT_ID', message: expect.stringMatching(/^CLIENT_ID is not set/) },
        { variable: 'APP_URL', message: expect.stringMatching(/^APP_URL is not set/) },
      ],
    });
  });

  it('says when the env file does not exist', async () => {
    await expect(
      buildAppPackage({
        envName: 'staging',
        envFolder: workFolder,
        outFolder: workFolder,
        processEnv: {},
      }),
    ).rejects.toThrow('env/.env.staging does not exist: copy env/.env.local to it');
  });
});

describe('resolveDeploymentValues', () => {
  const resolve = (values: Record<string, string>, envName = 'prod') =>
    resolveDeploymentValues({
      envName,
      fileValues: { ...CONTOSO, ...values },
      processEnv: {},
      defaultVersion: '1.2.3',
    });
  const issuesOf = (values: Record<string, string>, envName?: string) => {
    try {
      resolve(values, envName);
    } catch (error) {
      if (error instanceof PackageConfigError) return error.issues.map((issue) => issue.message);
      throw error;
    }
    return [];
  };

  it('derives the app domain from APP_URL and drops its trailing slash', () => {
    expect(resolve({})).toMatchObject({
      appUrl: 'https://cx.contoso.com',
      appDomain: 'cx.contoso.com',
      appVersion: '1.2.3',
      privacyUrl: 'https://cx.contoso.com',
    });
  });

  it.each([
    [
      { APP_ID: 'cx-cadence' },
      'APP_ID must be a GUID (8-4-4-4-12 hexadecimal digits, e.g. 00000000-0000-4000-8000-000000000000), got "cx-cadence".',
    ],
    [
      { CLIENT_ID: '1234' },
      'CLIENT_ID must be a GUID (8-4-4-4-12 hexadecimal digits, e.g. 00000000-0000-4000-8000-000000000000), got "1234".',
    ],
    [
      { APP_URL: 'http://cx.contoso.com' },
      'APP_URL must start with https:// (Teams and Outlook load only HTTPS pages), got "http://cx.contoso.com".',
    ],
    [
      { APP_URL: 'cx.contoso.com' },
      'APP_URL must be an address such as https://cx.contoso.com, got "cx.contoso.com".',
    ],
    [
      { APP_URL: 'https://cx.contoso.com/?tab=1' },
      'APP_URL must be a plain address without query, fragment or user name, got "https://cx.contoso.com/?tab=1".',
    ],
    [{ APP_VERSION: '1.0' }, 'APP_VERSION must be three numbers such as 1.4.0, got "1.0".'],
    [
      { PRIVACY_URL: 'http://contoso.com/privacy' },
      'PRIVACY_URL must be an https:// address, got "http://contoso.com/privacy".',
    ],
  ])('rejects %j: %s', (values, message) => {
    expect(issuesOf(values)).toEqual([message]);
  });

  it('reports every wrong variable at once', () => {
    expect(issuesOf({ APP_ID: 'x', CLIENT_ID: 'y', APP_URL: 'http://z' })).toHaveLength(3);
  });

  it('rejects an environment name that could escape the env folder', () => {
    expect(issuesOf({}, '../secrets')).toEqual([
      '--env "../secrets" is not an environment name: use letters, digits, - or _ (e.g. local, dev, prod).',
    ]);
  });
});

describe('packageProblems', () => {
  it('flags an address that is not HTTPS or not on a valid domain', () => {
    const manifest = contosoManifest();
    const [tab] = manifest.staticTabs as Record<string, unknown>[];
    if (tab === undefined) throw new Error('the manifest has no static tab');
    tab.contentUrl = 'http://cx.contoso.com/hub.html';
    tab.websiteUrl = 'https://elsewhere.example.com/hub.html';
    const problems = packageProblems(manifest, {});
    expect(problems).toEqual(
      expect.arrayContaining([
        'icons.color names color.png, which is not in the package.',
        '/staticTabs/0/contentUrl must be an https:// address, got "http://cx.contoso.com/hub.html".',
        '/staticTabs/0/websiteUrl (https://elsewhere.example.com/hub.html) is not on a domain listed in validDomains.',
      ]),
    );
  });

  it('flags ids that are not GUIDs', () => {
    const manifest = { ...contosoManifest(), id: 'cx-cadence' };
    expect(packageProblems(manifest, {})).toContain('id must be a GUID, got "cx-cadence".');
  });
});

describe('the env file and the command line', () => {
  it('reads Agents Toolkit env files: comments, quotes, blank values unset', () => {
    expect(
      parseEnvFile(
        '# comment\nTEAMSFX_ENV=dev\nAPP_ID=\nAPP_URL="https://a.b" \nNAME=\'x # y\'\nX=1 # note\n',
      ),
    ).toEqual({ TEAMSFX_ENV: 'dev', APP_URL: 'https://a.b', NAME: 'x # y', X: '1' });
  });

  it.each([
    [[], 'local'],
    [['--env', 'dev'], 'dev'],
    [['--env=prod'], 'prod'],
  ])('takes the environment from %j', (args, envName) => {
    expect(envNameFromArgs(args)).toBe(envName);
  });
});

describe('m365agents.yml', () => {
  const projectFile = readFileSync(path.join(REPO_ROOT, 'm365agents.yml'), 'utf8');

  it('hands Agents Toolkit the package and manifest that npm run package writes', () => {
    const packagePaths = [...projectFile.matchAll(/appPackagePath: (\S+)/g)].map((m) => m[1]);
    expect(packagePaths.length).toBeGreaterThanOrEqual(3);
    expect(new Set(packagePaths)).toEqual(
      new Set([`./appPackage/build/${PACKAGE_NAME}-\${{TEAMSFX_ENV}}.zip`]),
    );
    expect(projectFile).toContain('args: run package -- --env ${{TEAMSFX_ENV}}');
    expect(projectFile).toContain(
      'manifestPath: ./appPackage/build/manifest.${{TEAMSFX_ENV}}.json',
    );
  });

  it('writes the Teams app id where npm run package reads it', () => {
    expect(projectFile).toMatch(/teamsAppId: APP_ID\n/);
  });
});
