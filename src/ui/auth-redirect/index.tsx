/**
 * `auth-redirect.html` (AUTH_REDIRECT_PATH): the page Microsoft Entra ID sends the sign-in popup
 * back to. It only hands the answer to the window that opened the popup and loads nothing of the
 * app, or the app would start a second time inside the popup. The folder is named after the URL
 * an admin registers as the SPA redirect URI.
 */
import { completeSignInPopup } from '../../auth/redirectPage';

void completeSignInPopup().catch((error: unknown) => {
  document.body.textContent = `Sign-in could not finish: ${(error as Error).message}. Close this window and try again.`;
});
