/**
 * Where Graph access tokens come from. The Graph client asks for a token before every request and
 * never caches one itself: MSAL (browser), nested app authentication (Teams/Outlook hosts) and the
 * emulator's persona sign-in each implement this and keep their own cache and refresh rules.
 */
export interface AccessTokenProvider {
  /**
   * A bearer token for Microsoft Graph carrying at least `scopes` (delegated permissions such as
   * `Calendars.ReadWrite`, or `https://graph.microsoft.com/.default`). Rejects when the user must
   * sign in again; the Graph client reports that as a sign-in problem, not as a Graph error.
   */
  getAccessToken(scopes: readonly string[]): Promise<string>;
}

/**
 * A provider that always answers the same token: for tests, benchmarks and command-line tools that
 * obtained a token elsewhere (e.g. from the emulator's `POST /emulator/token`). It ignores scopes.
 */
export function staticTokenProvider(token: string): AccessTokenProvider {
  if (token.trim() === '') {
    throw new RangeError('The access token is empty: pass the token text itself.');
  }
  return { getAccessToken: () => Promise.resolve(token) };
}
