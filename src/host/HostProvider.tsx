import { useEffect, type ReactNode } from 'react';
import type { Host } from './host';
import { HostReactContext } from './hostReactContext';

/** Props of {@link HostProvider}. */
export interface HostProviderProps {
  /**
   * The page's host connection, created once per page before rendering, e.g.
   * `createTeamsHost({ theme: themeFromUrl(location.href) })`.
   */
  readonly host: Host;
  readonly children?: ReactNode;
}

/**
 * Starts the host connection once and makes it available to the hooks below it
 * (`useHostContext`, `useFluentTheme`, `useHost`). Put it at the root of every surface.
 */
export function HostProvider({ host, children }: HostProviderProps) {
  useEffect(() => {
    // A failure is recorded in the host's state, where useHostContext shows it; the promise's
    // rejection carries nothing more.
    host.initialize().catch(() => undefined);
  }, [host]);
  return <HostReactContext.Provider value={host}>{children}</HostReactContext.Provider>;
}
