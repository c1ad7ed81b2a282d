import { GRAPH_SCOPES } from '../../src/auth/scopes';
import {
  MANIFEST_VERSION,
  PackageCheckError,
  createManifestSchemaCheck,
  renderManifest,
} from '../../scripts/package';
import type { ManifestSchemaCheck } from '../../scripts/package';
import { at, contosoManifest } from './support';

let checkSchema: ManifestSchemaCheck;
beforeAll(async () => {
  checkSchema = await createManifestSchemaCheck();
});

const APP_URL = 'https://cx.contoso.com';

describe('the rendered manifest and the official schema', () => {
  it(`validates against the official v${MANIFEST_VERSION} schema of @microsoft/app-manifest`, () => {
    const manifest = contosoManifest();
    expect(manifest.manifestVersion).toBe(MANIFEST_VERSION);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    );
    expect(checkSchema(manifest)).toEqual([]);
  });

  it.each([
    {
      broken: 'an unknown property on the personal tab',
      breakIt: (manifest: Record<string, unknown>) => {
        (at(manifest, 'staticTabs', 0) as Record<string, unknown>).contentUri = APP_URL;
      },
      expected: '/staticTabs/0: unknown property "contentUri"; remove it or check its spelling.',
    },
    {
      broken: 'a context name Teams does not know',
      breakIt: (manifest: Record<string, unknown>) => {
        (at(manifest, 'configurableTabs', 0, 'context') as string[])[2] = 'meetingChat';
      },
      expected:
        '/configurableTabs/0/context/2: "meetingChat" is not allowed; use one of personalTab,',
    },
    {
      broken: 'a ribbon context Outlook does not know',
      breakIt: (manifest: Record<string, unknown>) => {
        (at(manifest, 'extensions', 0, 'ribbons', 0, 'contexts') as string[])[0] =
          'appointmentCompose';
      },
      expected:
        '/extensions/0/ribbons/0/contexts/0: "appointmentCompose" is not allowed; use one of',
    },
    {
      broken: 'an older manifest version',
      breakIt: (manifest: Record<string, unknown>) => {
        manifest.manifestVersion = '1.17';
      },
      expected: '/manifestVersion: must be "1.30".',
    },
  ])('rejects $broken with an error that says where and what', ({ breakIt, expected }) => {
    const manifest = contosoManifest();
    breakIt(manifest);
    const problems = checkSchema(manifest);
    expect(problems.some((problem) => problem.startsWith(expected))).toBe(true);
  });
});

describe('what the manifest offers', () => {
  const manifest = contosoManifest();

  it('has one configurable tab for channels and group chats, in meeting chat, details and side panel', () => {
    expect(manifest.configurableTabs).toEqual([
      expect.objectContaining({
        configurationUrl: `${APP_URL}/configure.html`,
        canUpdateConfiguration: true,
        scopes: ['team', 'groupChat'],
        context: [
          'channelTab',
          'privateChatTab',
          'meetingChatTab',
          'meetingDetailsTab',
          'meetingSidePanel',
        ],
      }),
    ]);
  });

  it('pins the hub as a personal tab, the kind Outlook and the Microsoft 365 app also show', () => {
    expect(manifest.staticTabs).toEqual([
      expect.objectContaining({
        entityId: 'hub',
        contentUrl: `${APP_URL}/hub.html`,
        scopes: ['personal'],
        context: ['personalTab'],
      }),
    ]);
  });

  it('tells Teams to keep its loading indicator until the app calls notifySuccess', () => {
    expect(manifest.showLoadingIndicator).toBe(true);
  });

  it('lets the pages load from the app domain only', () => {
    expect(manifest.validDomains).toEqual(['cx.contoso.com']);
  });

  it('describes the Entra registration and prefetches the nested app authentication token', () => {
    const clientId = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
    expect(manifest.webApplicationInfo).toEqual({
      id: clientId,
      resource: `api://cx.contoso.com/${clientId}`,
      nestedAppAuthInfo: [
        { redirectUri: 'brk-multihub://cx.contoso.com', scopes: [...GRAPH_SCOPES] },
      ],
    });
  });

  it('asks only for delegated resource-specific permissions: the app has no identity of its own', () => {
    const permissions = at(manifest, 'authorization', 'permissions', 'resourceSpecific') as {
      name: string;
      type: string;
    }[];
    expect(permissions).toContainEqual({ name: 'MailboxItem.ReadWrite.User', type: 'Delegated' });
    expect(permissions.filter((permission) => permission.type !== 'Delegated')).toEqual([]);
  });

  it('adds "Insert CX agenda" to the organizer’s meeting window in Outlook, running insertCxAgenda', () => {
    const extension = at(manifest, 'extensions', 0);
    expect(at(extension, 'requirements')).toEqual({
      scopes: ['mail'],
      capabilities: [{ name: 'Mailbox', minVersion: '1.3' }],
    });
    expect(at(extension, 'runtimes', 0, 'code', 'page')).toBe(`${APP_URL}/outlookCommands.html`);
    expect(at(extension, 'runtimes', 0, 'actions')).toEqual([
      expect.objectContaining({ id: 'insertCxAgenda', type: 'executeFunction' }),
    ]);
    const ribbon = at(extension, 'ribbons', 0);
    expect(at(ribbon, 'contexts')).toEqual(['meetingDetailsOrganizer']);
    const button = at(ribbon, 'tabs', 0, 'groups', 0, 'controls', 0);
    expect(button).toEqual(
      expect.objectContaining({
        type: 'button',
        label: 'Insert CX agenda',
        actionId: 'insertCxAgenda',
        supertip: expect.objectContaining({ title: 'Insert CX agenda' }),
      }),
    );
    expect((at(button, 'icons') as { size: number }[]).map((icon) => icon.size)).toEqual([
      16, 32, 80,
    ]);
  });
});

describe('renderManifest', () => {
  it('names a placeholder it has no value for', () => {
    expect(() => renderManifest('{"id": "${{APP_IDD}}"}', { APP_ID: 'x' })).toThrow(
      PackageCheckError,
    );
    expect(() => renderManifest('{"id": "${{APP_IDD}}"}', { APP_ID: 'x' })).toThrow(
      'The template uses ${{APP_IDD}}, which is no known value.',
    );
  });

  it('expands a list placeholder into the items of an array, in order', () => {
    expect(renderManifest('{"scopes": ["a", "${{LIST}}", "z"]}', { LIST: ['b', 'c'] })).toEqual({
      scopes: ['a', 'b', 'c', 'z'],
    });
  });

  it('refuses a list placeholder inside a longer string', () => {
    expect(() => renderManifest('{"s": "x ${{LIST}}"}', { LIST: ['b'] })).toThrow(
      '${{LIST}} is a list: use it alone as an array item.',
    );
  });
});
