/**
 * MSAL stays out of a page's start-up code: an Entra session fetches it in the background, an
 * emulator build never does, and a failed download is reported and retried. In the browser build
 * the fetch is webpack's `msal` chunk; here it is the module registry, watched through a mock.
 */
import type { AccountInfo } from '@azure/msal-browser';
import type * as ChooseSignIn from '../../src/auth/chooseSignIn';
import { readAppConfig } from '../../src/auth/config';
import {
  lazyBrowserSignIn,
  lazyNestedAppSignIn,
  type MsalSignInLoader,
  type MsalSignInModule,
} from '../../src/auth/lazyMsalSignIn';
import * as msalSignIn from '../../src/auth/msalSignIn';
import type { MsalApp } from '../../src/auth/msalSignIn';
import { memoryStorage, SignInError } from '../../src/auth/signInSession';

const CLIENT_ID = '11111111-2222-4333-8444-555555555555';
const AUTHORITY = 'https://login.microsoftonline.com/organizations';
const REDIRECT_URI = 'https://cadence.contoso.example/auth-redirect.html';
const DANA: AccountInfo = {
  homeAccountId: 'dana-oid.tenant-id',
  environment: 'login.microsoftonline.com',
  tenantId: 'tenant-id',
  username: 'dana.kim@contoso.example',
  localAccountId: 'dana-oid',
  name: 'Dana Kim',
};

/** An MSAL app in which Dana is already signed in, handing out one token. */
function danaSignedIn(): MsalApp {
  let active: AccountInfo | null = null;
  const answer = () => Promise.resolve({ accessToken: 'token-for-dana', account: DANA });
  return {
    getActiveAccount: () => active,
    setActiveAccount: (account) => void (active = account),
    getAllAccounts: () => [DANA],
    getAccount: () => DANA,
    ssoSilent: answer,
    loginPopup: answer,
    acquireTokenSilent: answer,
    acquireTokenPopup: answer,
    clearCache: () => Promise.resolve(),
  };
}

/** A loader that counts its calls and fails the first `failures` of them as a lost network would. */
function countingLoader(failures = 0): MsalSignInLoader & { calls: number } {
  const loader = Object.assign(
    (): Promise<MsalSignInModule> => {
      loader.calls += 1;
      return loader.calls <= failures
        ? Promise.reject(new Error('Loading chunk msal failed.'))
        : Promise.resolve(msalSignIn);
    },
    { calls: 0 },
  );
  return loader;
}

/** `chooseSignIn` from a fresh module registry, with a count of how often MSAL's strategies load. */
function chooseSignInWatchingMsal(): {
  chooseSignIn: typeof ChooseSignIn.chooseSignIn;
  loads: () => number;
} {
  let loads = 0;
  let chooseSignIn: typeof ChooseSignIn.chooseSignIn | undefined;
  jest.isolateModules(() => {
    jest.doMock('../../src/auth/msalSignIn', () => {
      loads += 1;
      return jest.requireActual('../../src/auth/msalSignIn');
    });
    ({ chooseSignIn } = jest.requireActual<typeof ChooseSignIn>('../../src/auth/chooseSignIn'));
  });
  if (!chooseSignIn) throw new Error('chooseSignIn did not load');
  return { chooseSignIn, loads: () => loads };
}

/** Lets the background download and every promise it started settle. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

afterEach(() => jest.dontMock('../../src/auth/msalSignIn'));

describe('lazyMsalSignIn', () => {
  it('never loads MSAL for a build that signs in against the emulator', async () => {
    const { chooseSignIn, loads } = chooseSignInWatchingMsal();
    const session = chooseSignIn({
      config: readAppConfig({}),
      hostKind: 'teams',
      storage: memoryStorage(),
    });
    await settle();

    expect(session.strategy).toBe('emulatorPersona');
    expect(loads()).toBe(0);
  });

  it('starts loading MSAL as soon as an Entra sign-in is chosen, before anyone selects Sign in', async () => {
    const { chooseSignIn, loads } = chooseSignInWatchingMsal();
    const session = chooseSignIn({
      config: readAppConfig({
        CX_CADENCE_AUTH_MODE: 'entra',
        CX_CADENCE_CLIENT_ID: CLIENT_ID,
        CX_CADENCE_TEAMS_APP_ID: '99999999-8888-4777-8666-555555555555',
      }),
      hostKind: 'teams',
      createMsalApp: () => Promise.resolve(danaSignedIn()),
    });
    await settle();

    expect(session.strategy).toBe('nestedApp');
    expect(loads()).toBe(1);
  });

  it('signs in, hands out tokens and signs out through MSAL, downloading it once', async () => {
    const load = countingLoader();
    const session = lazyNestedAppSignIn(
      {
        clientId: CLIENT_ID,
        authority: AUTHORITY,
        loginHint: DANA.username,
        createApp: () => Promise.resolve(danaSignedIn()),
      },
      load,
    );
    expect(session.account()).toBeUndefined();

    await expect(session.signIn({ interactive: false })).resolves.toMatchObject({
      userPrincipalName: 'dana.kim@contoso.example',
      displayName: 'Dana Kim',
    });
    expect(session.account()?.userPrincipalName).toBe('dana.kim@contoso.example');
    await expect(session.tokenProvider.getAccessToken(['User.Read'])).resolves.toBe(
      'token-for-dana',
    );
    await session.signOut();

    expect(session.account()).toBeUndefined();
    expect(load.calls).toBe(1);
  });

  it('says the sign-in could not be downloaded when the network fails, and tries again on the next Sign in', async () => {
    const load = countingLoader(2);
    const session = lazyBrowserSignIn(
      {
        clientId: CLIENT_ID,
        authority: AUTHORITY,
        redirectUri: REDIRECT_URI,
        createApp: () => Promise.resolve(danaSignedIn()),
      },
      load,
    );
    await settle();

    const failure = session.signIn();
    await expect(failure).rejects.toBeInstanceOf(SignInError);
    await expect(failure).rejects.toMatchObject({
      code: 'networkError',
      message: expect.stringMatching(/could not be downloaded.*select Sign in to try again/),
    });

    await expect(session.signIn()).resolves.toMatchObject({ displayName: 'Dana Kim' });
    expect(session.strategy).toBe('browserPopup');
    expect(load.calls).toBe(3);
  });
});
