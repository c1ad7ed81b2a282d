import {
  AuthError,
  BrowserAuthErrorCodes,
  BrowserConfigurationAuthError,
  ClientConfigurationError,
  InteractionRequiredAuthError,
  InteractionRequiredAuthErrorCodes,
} from '@azure/msal-browser';
import { SignInError } from './signInSession';
import type { SignInErrorCode } from './signInSession';

/**
 * Entra's AADSTS codes that mean "the user or an admin has not consented" (65001) or "an admin must
 * consent" (65004: the user declined; 90094: admin consent required).
 */
const CONSENT_AADSTS = ['AADSTS65001', 'AADSTS65004', 'AADSTS90094'];
/**
 * AADSTS codes an admin fixes in the app registration or CX_CADENCE_* settings: unknown client id
 * (700016), unregistered redirect URI (50011), unknown tenant (90002), user not assigned (50105).
 */
const CONFIGURATION_AADSTS = ['AADSTS700016', 'AADSTS50011', 'AADSTS90002', 'AADSTS50105'];

const BROWSER_ERROR_CODES: Readonly<Record<string, SignInErrorCode>> = {
  [BrowserAuthErrorCodes.popupWindowError]: 'popupBlocked',
  [BrowserAuthErrorCodes.emptyWindowError]: 'popupBlocked',
  [BrowserAuthErrorCodes.blockNestedPopups]: 'popupBlocked',
  [BrowserAuthErrorCodes.userCancelled]: 'userCancelled',
  [BrowserAuthErrorCodes.interactionInProgress]: 'signInInProgress',
  [BrowserAuthErrorCodes.noNetworkConnectivity]: 'networkError',
  [BrowserAuthErrorCodes.postRequestFailed]: 'networkError',
  [BrowserAuthErrorCodes.getRequestFailed]: 'networkError',
  [BrowserAuthErrorCodes.timedOut]: 'networkError',
  [BrowserAuthErrorCodes.noAccountError]: 'interactionRequired',
};

/** What the person reads for each code MSAL's errors map to. */
export const SIGN_IN_MESSAGES: Readonly<Record<SignInErrorCode, string>> = {
  emulatorUnreachable: 'The local Graph emulator does not answer: start it with npm start.',
  emulatorError: 'The local Graph emulator answered in a way CX Cadence does not understand.',
  unknownPersona: 'That persona is not in the local Graph emulator: choose one from the list.',
  personaRequired: 'Choose a persona of the local Graph emulator to sign in as.',
  notSignedIn: 'Nobody is signed in: select Sign in.',
  consentRequired:
    'CX Cadence needs permission to use Microsoft 365 on your behalf: select Sign in and accept, or ask your Microsoft 365 admin to grant consent to the app.',
  popupBlocked:
    'The sign-in window could not open: allow pop-ups for this site, then select Sign in again.',
  interactionRequired: 'Microsoft 365 needs you to sign in again: select Sign in.',
  userCancelled: 'Sign-in was closed before it finished: select Sign in to try again.',
  signInInProgress: 'A sign-in window is already open: finish signing in there.',
  networkError: 'Microsoft sign-in cannot be reached: check your connection, then try again.',
  configurationInvalid:
    "Sign-in is not set up correctly for CX Cadence: ask your admin to check the app registration and the app's CX_CADENCE_CLIENT_ID and CX_CADENCE_TENANT_ID.",
  signInFailed: 'Microsoft sign-in failed: select Sign in to try again.',
};

/**
 * The {@link SignInError} an MSAL failure stands for, with MSAL's error as `cause` (never dropped).
 * A `SignInError` passes through unchanged; errors that are not MSAL's become `signInFailed`.
 *
 * @example toSignInError(new BrowserAuthError('popup_window_error', '…')).code === 'popupBlocked'
 */
export function toSignInError(error: unknown): SignInError {
  if (error instanceof SignInError) return error;
  const code = signInCodeOf(error);
  const detail = code === 'signInFailed' ? ` (${describe(error)})` : '';
  return new SignInError(code, `${SIGN_IN_MESSAGES[code]}${detail}`, { cause: error });
}

function signInCodeOf(error: unknown): SignInErrorCode {
  if (!(error instanceof AuthError)) return 'signInFailed';
  if (isConsentError(error)) return 'consentRequired';
  if (mentions(error, CONFIGURATION_AADSTS) || isConfigurationError(error)) {
    return 'configurationInvalid';
  }
  if (error instanceof InteractionRequiredAuthError) return 'interactionRequired';
  return BROWSER_ERROR_CODES[error.errorCode] ?? 'signInFailed';
}

/** MSAL raises a missing consent as `consent_required`, or as a server error quoting AADSTS65001. */
function isConsentError(error: AuthError): boolean {
  return (
    error.errorCode === InteractionRequiredAuthErrorCodes.consentRequired ||
    mentions(error, CONSENT_AADSTS)
  );
}

function isConfigurationError(error: AuthError): boolean {
  return (
    error instanceof BrowserConfigurationAuthError || error instanceof ClientConfigurationError
  );
}

function mentions(error: AuthError, codes: readonly string[]): boolean {
  const text = `${error.errorMessage} ${error.subError} ${error.message}`;
  return codes.some((code) => text.includes(code));
}

function describe(error: unknown): string {
  if (error instanceof AuthError)
    return `${error.errorCode}: ${error.errorMessage || error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** Whether silent sign-in failed only because the user must see a sign-in window. */
export function needsInteraction(error: unknown): boolean {
  return error instanceof InteractionRequiredAuthError;
}
