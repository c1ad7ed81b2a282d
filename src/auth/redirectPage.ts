import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

/**
 * What the popup's redirect page (`AUTH_REDIRECT_PATH` in chooseSignIn.ts) runs, and nothing else: it hands
 * Entra's answer to the window that opened the popup, which then closes it. The page must not load
 * the app itself, or the app would start a second time inside the popup.
 */
export function completeSignInPopup(): Promise<void> {
  return broadcastResponseToMainFrame();
}
