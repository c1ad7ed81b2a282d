import type { Configuration } from '@azure/msal-browser';
import { AUTH_REDIRECT_PATH, chooseSignIn } from '../../src/auth/chooseSignIn';
import type { SignInHostKind } from '../../src/auth/chooseSignIn';
import { readAppConfig } from '../../src/auth/config';
import type { MsalApp } from '../../src/auth/msalSignIn';
import { memoryStorage } from '../../src/auth/signInSession';

const CLIENT_ID = '11111111-2222-4333-8444-555555555555';
const TEAMS_APP_ID = '99999999-8888-4777-8666-555555555555';
const emulatorConfig = readAppConfig({});
const entraConfig = readAppConfig({
  CX_CADENCE_AUTH_MODE: 'entra',
  CX_CADENCE_CLIENT_ID: CLIENT_ID,
  CX_CADENCE_TEAMS_APP_ID: TEAMS_APP_ID,
  CX_CADENCE_TENANT_ID: 'contoso.onmicrosoft.com',
  CX_CADENCE_APP_URL: 'https://cadence.contoso.example',
});

describe('chooseSignIn', () => {
  it.each<[string, string, typeof emulatorConfig, SignInHostKind]>([
    ['the emulator in Teams', 'emulatorPersona', emulatorConfig, 'teams'],
    ['the emulator in a browser', 'emulatorPersona', emulatorConfig, 'standalone'],
    ['Entra in Teams or Outlook', 'nestedApp', entraConfig, 'teams'],
    ['Entra in a browser', 'browserPopup', entraConfig, 'standalone'],
  ])('signs in with %s through the %s strategy', (_where, strategy, config, hostKind) => {
    const session = chooseSignIn({ config, hostKind, storage: memoryStorage() });
    expect(session.strategy).toBe(strategy);
    expect(session.account()).toBeUndefined();
  });

  it('hands MSAL the app registration, the tenant and the redirect page', async () => {
    const configurations: Configuration[] = [];
    const session = chooseSignIn({
      config: entraConfig,
      hostKind: 'standalone',
      createMsalApp: (configuration) => {
        configurations.push(configuration);
        return Promise.reject(new Error('no Entra here'));
      },
    });

    await expect(session.signIn()).rejects.toMatchObject({ code: 'signInFailed' });
    expect(configurations[0]?.auth).toEqual({
      clientId: CLIENT_ID,
      authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
      redirectUri: `https://cadence.contoso.example${AUTH_REDIRECT_PATH}`,
    });
  });

  it('passes the host’s user to nested app authentication', async () => {
    const hints: unknown[] = [];
    const app: Partial<MsalApp> = {
      getAccount: () => null,
      ssoSilent: (request) => {
        hints.push(request.loginHint);
        return Promise.reject(new Error('no Entra here'));
      },
    };
    const session = chooseSignIn({
      config: entraConfig,
      hostKind: 'teams',
      loginHint: 'dana.kim@contoso.example',
      createMsalApp: () => Promise.resolve(app as MsalApp),
    });

    await expect(session.signIn()).rejects.toMatchObject({ code: 'signInFailed' });
    expect(hints).toEqual(['dana.kim@contoso.example']);
  });

  it('needs the app’s address for popup sign-in', () => {
    const config = readAppConfig({
      CX_CADENCE_AUTH_MODE: 'entra',
      CX_CADENCE_CLIENT_ID: CLIENT_ID,
      CX_CADENCE_TEAMS_APP_ID: TEAMS_APP_ID,
    });
    expect(() => chooseSignIn({ config, hostKind: 'standalone' })).toThrow(/CX_CADENCE_APP_URL/);
    expect(
      chooseSignIn({ config, hostKind: 'standalone', pageOrigin: 'http://127.0.0.1:3000' })
        .strategy,
    ).toBe('browserPopup');
  });
});
