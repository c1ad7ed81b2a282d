import type {
  TeamsContextSnapshot,
  TeamsFacade,
  TeamsFailure,
  TeamsInstanceConfig,
} from '../../src/host/teamsFacade';

/** How the fake host answers `app.initialize()`. */
export type FakeInitialize = 'answers' | 'neverAnswers' | 'rejects';

export interface FakeTeamsOptions {
  readonly initialize?: FakeInitialize;
  readonly context?: TeamsContextSnapshot;
  readonly contextError?: Error;
  readonly configSupported?: boolean;
  readonly setConfigError?: Error;
}

/** What the host heard back from one press of Save. */
export type SaveOutcome =
  { readonly outcome: 'success' } | { readonly outcome: 'failure'; readonly reason?: string };

/**
 * A stand-in for TeamsJS that records every call in order (`calls`) and lets a test play the
 * host: change the theme, press Save on the configuration page.
 */
export interface FakeTeams extends TeamsFacade {
  readonly calls: string[];
  readonly failures: TeamsFailure[];
  readonly savedConfigs: TeamsInstanceConfig[];
  readonly validity: boolean[];
  /** The host switches its theme (`default`, `dark`, `contrast`). */
  changeTheme(teamsTheme: string): void;
  /** The user presses Save; resolves with the app's answer to the save event. */
  pressSave(): Promise<SaveOutcome>;
}

/** A Teams context as a channel tab's content page would receive it. */
export function teamsContext(overrides: Partial<TeamsContextSnapshot> = {}): TeamsContextSnapshot {
  return {
    app: { locale: 'en-GB', theme: 'default', host: { name: 'Teams' } },
    page: { id: 'cx-hub', frameContext: 'content' },
    user: {
      id: '00000000-0000-0000-0000-0000000000a1',
      loginHint: 'avery@contoso.example',
      tenant: { id: 'tenant-1' },
    },
    ...overrides,
  };
}

export function fakeTeams(options: FakeTeamsOptions = {}): FakeTeams {
  const calls: string[] = [];
  const failures: TeamsFailure[] = [];
  const savedConfigs: TeamsInstanceConfig[] = [];
  const validity: boolean[] = [];
  const handlers: {
    theme?: (theme: string) => void;
    save?: Parameters<TeamsFacade['config']['registerOnSaveHandler']>[0];
  } = {};

  const initializeOutcome = options.initialize ?? 'answers';
  return {
    calls,
    failures,
    savedConfigs,
    validity,
    initialize() {
      calls.push('initialize');
      if (initializeOutcome === 'answers') return Promise.resolve();
      if (initializeOutcome === 'rejects') return Promise.reject(new Error('Not in a host'));
      return new Promise<void>(() => undefined);
    },
    getContext() {
      calls.push('getContext');
      return options.contextError
        ? Promise.reject(options.contextError)
        : Promise.resolve(options.context ?? teamsContext());
    },
    registerOnThemeChangeHandler(handler) {
      calls.push('registerOnThemeChangeHandler');
      handlers.theme = handler;
    },
    notifyAppLoaded() {
      calls.push('notifyAppLoaded');
    },
    notifySuccess() {
      calls.push('notifySuccess');
      return Promise.resolve();
    },
    notifyFailure(failure) {
      calls.push('notifyFailure');
      failures.push(failure);
    },
    config: {
      isSupported: () => options.configSupported ?? true,
      registerOnSaveHandler(handler) {
        calls.push('registerOnSaveHandler');
        handlers.save = handler;
      },
      setConfig(config) {
        calls.push('setConfig');
        if (options.setConfigError) return Promise.reject(options.setConfigError);
        savedConfigs.push(config);
        return Promise.resolve();
      },
      setValidityState(valid) {
        calls.push('setValidityState');
        validity.push(valid);
      },
    },
    changeTheme(teamsTheme) {
      if (!handlers.theme) throw new Error('The app registered no theme handler.');
      handlers.theme(teamsTheme);
    },
    pressSave() {
      const save = handlers.save;
      if (!save) throw new Error('The app registered no save handler.');
      return new Promise<SaveOutcome>((resolve) => {
        save({
          notifySuccess: () => {
            calls.push('saveEvent.notifySuccess');
            resolve({ outcome: 'success' });
          },
          notifyFailure: (reason) => {
            calls.push('saveEvent.notifyFailure');
            resolve({ outcome: 'failure', reason });
          },
        });
      });
    },
  };
}
