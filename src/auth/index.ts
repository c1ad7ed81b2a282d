/** Sign-in for CX Cadence: configuration, Graph scopes and the three sign-in strategies. */
export {
  APP_CONFIG_VARIABLES,
  AUTH_MODES,
  DEFAULT_AUTH_MODE,
  DEFAULT_EMULATOR_GRAPH_BASE_URL,
  DEFAULT_EMULATOR_URL,
  DEFAULT_TENANT_ID,
  ENTRA_LOGIN_HOST,
  buildTimeEnvironment,
  readAppConfig,
} from './config';
export type {
  AppConfig,
  AppConfigVariable,
  AppConfigVariableName,
  AuthMode,
  EmulatorAppConfig,
  EntraAppConfig,
} from './config';
export {
  GRAPH_DEFAULT_SCOPE,
  GRAPH_DELEGATED_SCOPES,
  GRAPH_RESOURCE,
  GRAPH_SCOPES,
  PERMISSIONS_GRANTED_BY,
  scopesToRequest,
} from './scopes';
export type { DelegatedGraphScope } from './scopes';
export { SignInError, defaultSessionStorage, memoryStorage } from './signInSession';
export type {
  KeyValueStorage,
  SignInErrorCode,
  SignInOptions,
  SignInSession,
  SignInStrategy,
  SignedInAccount,
} from './signInSession';
export {
  EMULATOR_PERSONA_STORAGE_KEY,
  TOKEN_REFRESH_MARGIN_MS,
  createEmulatorSignIn,
} from './emulatorSignIn';
export type {
  EmulatorFetch,
  EmulatorPersona,
  EmulatorSignInOptions,
  EmulatorSignInSession,
} from './emulatorSignIn';
export { SIGN_IN_MESSAGES, toSignInError } from './msalErrors';
export { accountOf, createBrowserSignIn, createNestedAppSignIn } from './msalSignIn';
export type {
  BrowserSignInOptions,
  MsalApp,
  MsalAppFactory,
  MsalTokenResult,
  NestedAppSignInOptions,
} from './msalSignIn';
export { AUTH_REDIRECT_PATH, chooseSignIn } from './chooseSignIn';
export type { ChooseSignInOptions, SignInHostKind } from './chooseSignIn';
export { staticTokenProvider } from './tokenProvider';
export type { AccessTokenProvider } from './tokenProvider';
