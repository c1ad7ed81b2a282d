import type { Theme } from '@fluentui/react-components';
import { useContext, useEffect, useSyncExternalStore } from 'react';
import { fluentThemeFor } from './fluentTheme';
import type { Host, HostState } from './host';
import { HostReactContext } from './hostReactContext';

/** The page's {@link Host}. Throws when used outside `HostProvider`, a wiring mistake. */
export function useHost(): Host {
  const host = useContext(HostReactContext);
  if (host === undefined) {
    throw new Error('useHost needs a HostProvider above it: wrap the surface in <HostProvider>.');
  }
  return host;
}

/**
 * Where the app runs: `loading` until the host answered (or the timeout made it standalone), then
 * `ready` with the {@link HostContext} (its theme kept current), or `failed`.
 */
export function useHostContext(): HostState {
  const host = useHost();
  return useSyncExternalStore(host.subscribe, host.getState);
}

/** The Fluent UI Teams theme matching the host's theme; re-renders when the user switches it. */
export function useFluentTheme(): Theme {
  const host = useHost();
  return fluentThemeFor(useSyncExternalStore(host.subscribe, host.getTheme));
}

/**
 * Tells the host the app loaded and succeeded once `isContentShown` first turns true (the
 * surface's first real content, not a spinner). Once per page; nothing happens standalone.
 */
export function useNotifySuccess(isContentShown: boolean): void {
  const host = useHost();
  useEffect(() => {
    if (isContentShown) {
      void host.notifySuccess();
    }
  }, [host, isContentShown]);
}
