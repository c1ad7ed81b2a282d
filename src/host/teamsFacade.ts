/**
 * The few TeamsJS calls CX Cadence makes, as one thin interface. The real implementation
 * (`createTeamsJsFacade` in `teamsJsFacade.ts`) forwards each call to `@microsoft/teams-js`; tests
 * stand in for it with a plain object, so no test waits on TeamsJS' own handshake with a host.
 *
 * The shapes below are structural subsets of TeamsJS' types (`app.Context`,
 * `pages.config.SaveEvent`, `pages.InstanceConfig`) with strings where TeamsJS has string enums:
 * a real `app.Context` is assignable to {@link TeamsContextSnapshot} as is.
 */
export interface TeamsFacade {
  /** `app.initialize()`: resolves once the host answers; outside a host it may never settle. */
  initialize(): Promise<void>;
  /** `app.getContext()`: only after `initialize()` resolved. */
  getContext(): Promise<TeamsContextSnapshot>;
  /**
   * `app.registerOnThemeChangeHandler`: TeamsJS keeps ONE handler (a later registration replaces
   * the earlier), so the host object registers once and fans out to its own subscribers.
   */
  registerOnThemeChangeHandler(handler: (teamsTheme: string) => void): void;
  /** `app.notifyAppLoaded()`: hides the host's loading indicator. */
  notifyAppLoaded(): void;
  /** `app.notifySuccess()`: tells the host the app rendered; a host error page follows without it. */
  notifySuccess(): Promise<void>;
  /** `app.notifyFailure(…)`: the host shows its error page with `message`. */
  notifyFailure(failure: TeamsFailure): void;
  /** `pages.config`: the configurable tab's configuration page. */
  readonly config: TeamsPagesConfig;
}

/** Why the app failed to start, in TeamsJS' `app.FailedReason` vocabulary. */
export type TeamsFailureReason = 'AuthFailed' | 'Timeout' | 'Other';

/** What `notifyFailure` reports to the host. */
export interface TeamsFailure {
  readonly reason: TeamsFailureReason;
  readonly message: string;
}

/** The part of `pages.config` the configuration page uses. */
export interface TeamsPagesConfig {
  /** `pages.config.isSupported()`: throws when TeamsJS is not initialised. */
  isSupported(): boolean;
  /** `pages.config.registerOnSaveHandler`: one handler; only in the `settings` frame context. */
  registerOnSaveHandler(handler: (event: TeamsSaveEvent) => void): void;
  /** `pages.config.setConfig`: what the saved tab shows (its content URL and entity id). */
  setConfig(config: TeamsInstanceConfig): Promise<void>;
  /** `pages.config.setValidityState`: enables or disables the host's Save button. */
  setValidityState(valid: boolean): void;
}

/** `pages.config.SaveEvent`: each event must be answered exactly once. */
export interface TeamsSaveEvent {
  notifySuccess(): void;
  notifyFailure(reason?: string): void;
}

/** `pages.InstanceConfig`, the fields CX Cadence sets. */
export interface TeamsInstanceConfig {
  readonly entityId: string;
  readonly contentUrl: string;
  readonly websiteUrl: string;
  readonly suggestedDisplayName: string;
}

/** The fields of TeamsJS' `app.Context` that CX Cadence reads. */
export interface TeamsContextSnapshot {
  readonly app: {
    readonly locale: string;
    /** `default`, `dark` or `contrast` in Teams; other hosts may send other names. */
    readonly theme: string;
    readonly host: { readonly name: string };
  };
  readonly page: {
    readonly id: string;
    /** One of TeamsJS' `FrameContexts` values. */
    readonly frameContext: string;
    readonly subPageId?: string;
  };
  readonly user?: {
    readonly id: string;
    readonly loginHint?: string;
    readonly userPrincipalName?: string;
    readonly tenant?: { readonly id: string };
  };
  readonly channel?: { readonly id: string };
  readonly chat?: { readonly id: string };
  readonly meeting?: { readonly id: string };
  readonly team?: { readonly internalId: string; readonly groupId?: string };
}
