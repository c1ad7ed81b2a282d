import { createHost, type CreateHostOptions, type Host } from './host';
import { createTeamsJsFacade } from './teamsJsFacade';

/** Options of {@link createTeamsHost}: those of `createHost` except the TeamsJS calls. */
export type TeamsHostOptions = Omit<CreateHostOptions, 'teams'>;

/**
 * The page's host connection over the real TeamsJS. Create it once per page, before rendering,
 * and hand it to `HostProvider`:
 *
 * ```tsx
 * const host = createTeamsHost({ theme: themeFromUrl(window.location.href) });
 * createRoot(container).render(<HostProvider host={host}>…</HostProvider>);
 * ```
 *
 * Importing this module loads TeamsJS, which at once fetches its list of valid host origins from
 * `res.cdn.office.net` (and falls back to a built-in list when that fails).
 */
export function createTeamsHost(options: TeamsHostOptions = {}): Host {
  return createHost({ ...options, teams: createTeamsJsFacade() });
}
