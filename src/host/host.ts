import * as configuration from './configuration';
import type { ConfigurationSaveHandler } from './configuration';
import { themeFromTeamsTheme, type HostContext, type HostTheme } from './hostContext';
import { checkHostTimeout, DEFAULT_HOST_TIMEOUT_MS, initializeHost } from './initializeHost';
import type { TeamsFacade, TeamsFailureReason } from './teamsFacade';

/** Where the app stands with its host: waiting for it, running (in a host or standalone), or broken. */
export type HostState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly context: HostContext }
  | { readonly status: 'failed'; readonly error: Error };

/** Why the app could not show its content, and what the host should tell the user. */
export interface HostFailure {
  /** `AuthFailed` when sign-in failed, `Timeout` when loading took too long; default `Other`. */
  readonly reason?: TeamsFailureReason;
  /** Shown to the user by the host: say what went wrong and what to do. */
  readonly message: string;
}

/** Options of {@link createHost}. */
export interface CreateHostOptions {
  /** How long to wait for a host (ms, 1 to 30000); default {@link DEFAULT_HOST_TIMEOUT_MS}. */
  readonly timeoutMs?: number;
  /** The TeamsJS calls to use: `createTeamsJsFacade()` (see `createTeamsHost`), or a test's. */
  readonly teams: TeamsFacade;
  /**
   * The theme while the host has not answered, and the standalone theme: usually
   * `themeFromUrl(location.href)`, which Teams fills through `?theme={theme}`. Default light.
   */
  readonly theme?: HostTheme;
  /** The standalone locale; default the browser's language. */
  readonly locale?: string;
}

/**
 * The app's one connection to its host (Teams, Outlook, Office, or none). It starts TeamsJS once,
 * holds the resulting {@link HostState} as a small observable store for React
 * (`subscribe`/`getState`), follows the host's theme changes, and guards every TeamsJS call so it
 * is made only inside a host, after initialisation, and only as often as TeamsJS allows.
 */
export interface Host {
  /** Starts TeamsJS on the first call; every call answers the same promise. */
  initialize(): Promise<HostContext>;
  /** The current state; a new object only when something changed. */
  getState(): HostState;
  /** Calls `listener` after every state change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** The current theme: the host's once it answered, the initial theme before. */
  getTheme(): HostTheme;
  /** Calls `handler` with each new theme (the host's first answer included); returns unsubscribe. */
  onThemeChange(handler: (theme: HostTheme) => void): () => void;
  /** Hides the host's loading indicator. Once per app; nothing happens standalone. */
  notifyAppLoaded(): Promise<void>;
  /** Tells the host the first content shows (after `notifyAppLoaded`). Once per app; standalone no-op. */
  notifySuccess(): Promise<void>;
  /** Tells the host the app cannot start; the host shows its error page with the message. */
  notifyFailure(failure: HostFailure): Promise<void>;
  /**
   * On the configuration page, wires the host's Save button to `handler` (see
   * `registerConfigurationSave` in `configuration.ts`); `false` where there is no such button.
   */
  registerConfigurationSave(handler: ConfigurationSaveHandler): Promise<boolean>;
  /** Enables or disables the host's Save button; `false` where there is no such button. */
  setConfigurationValid(valid: boolean): Promise<boolean>;
}

function isInHost(state: HostState): boolean {
  // A failed state means the host answered and then refused its context: it is there to tell.
  return state.status === 'failed' || (state.status === 'ready' && state.context.kind === 'teams');
}

function isReadyInHost(state: HostState): boolean {
  return state.status === 'ready' && state.context.kind === 'teams';
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Creates the app's host connection over the given TeamsJS calls: one per page, owned by
 * `HostProvider`. Nothing is called on TeamsJS until `initialize()`. Pages use `createTeamsHost`.
 */
export function createHost(options: CreateHostOptions): Host {
  const timeoutMs = checkHostTimeout(options.timeoutMs ?? DEFAULT_HOST_TIMEOUT_MS);
  const { teams } = options;
  const initialTheme = options.theme ?? 'light';
  const locale = options.locale ?? globalThis.navigator?.language;
  const listeners = new Set<() => void>();
  const sent = { appLoaded: false, success: false };
  let state: HostState = { status: 'loading' };
  let started: Promise<HostContext> | undefined;

  function setState(next: HostState): void {
    state = next;
    for (const listener of [...listeners]) listener();
  }

  function applyTheme(theme: HostTheme): void {
    if (state.status === 'ready' && state.context.theme !== theme) {
      setState({ status: 'ready', context: { ...state.context, theme } });
    }
  }

  function becomeReady(context: HostContext): HostContext {
    setState({ status: 'ready', context });
    if (context.kind === 'teams') {
      teams.registerOnThemeChangeHandler((name) => applyTheme(themeFromTeamsTheme(name)));
    }
    return context;
  }

  function becomeFailed(error: unknown): never {
    setState({ status: 'failed', error: asError(error) });
    throw error;
  }

  function initialize(): Promise<HostContext> {
    started ??= initializeHost({
      timeoutMs,
      teams,
      standalone: { theme: initialTheme, locale },
    }).then(becomeReady, becomeFailed);
    return started;
  }

  /** The state once initialisation settled, whichever way it went (the state records how). */
  function settled(): Promise<HostState> {
    return initialize().then(
      () => state,
      () => state,
    );
  }

  function getTheme(): HostTheme {
    return state.status === 'ready' ? state.context.theme : initialTheme;
  }

  function subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }

  function onThemeChange(handler: (theme: HostTheme) => void): () => void {
    let last = getTheme();
    return subscribe(() => {
      const theme = getTheme();
      if (theme !== last) {
        last = theme;
        handler(theme);
      }
    });
  }

  async function notifyAppLoaded(): Promise<void> {
    if (!isReadyInHost(await settled()) || sent.appLoaded) return;
    sent.appLoaded = true;
    teams.notifyAppLoaded();
  }

  async function notifySuccess(): Promise<void> {
    await notifyAppLoaded();
    if (!isReadyInHost(await settled()) || sent.success) return;
    sent.success = true;
    await teams.notifySuccess();
  }

  async function notifyFailure(failure: HostFailure): Promise<void> {
    if (!isInHost(await settled())) return;
    teams.notifyFailure({ reason: failure.reason ?? 'Other', message: failure.message });
  }

  async function registerConfigurationSave(handler: ConfigurationSaveHandler): Promise<boolean> {
    const context = await initialize();
    return configuration.registerConfigurationSave({ teams, context }, handler);
  }

  async function setConfigurationValid(valid: boolean): Promise<boolean> {
    const context = await initialize();
    return configuration.setConfigurationValid({ teams, context }, valid);
  }

  return {
    initialize,
    getState: () => state,
    subscribe,
    getTheme,
    onThemeChange,
    notifyAppLoaded,
    notifySuccess,
    notifyFailure,
    registerConfigurationSave,
    setConfigurationValid,
  };
}
