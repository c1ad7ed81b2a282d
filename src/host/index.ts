/**
 * `src/host`: the app's one wrapper around TeamsJS. Surfaces import from here, never from
 * `@microsoft/teams-js`. Importing this index loads TeamsJS (through `createTeamsHost`); unit tests
 * import the modules they test instead and pass a stand-in `TeamsFacade`.
 */
export {
  DEFAULT_LOCALE,
  applicationFromHostName,
  standaloneHostContext,
  surfaceFromFrameContext,
  themeFromTeamsTheme,
  themeFromUrl,
  toHostContext,
  type HostApplication,
  type HostContext,
  type HostKind,
  type HostSurface,
  type HostTheme,
} from './hostContext';
export { fluentThemeFor } from './fluentTheme';
export {
  DEFAULT_HOST_TIMEOUT_MS,
  MAX_HOST_TIMEOUT_MS,
  initializeHost,
  type InitializeHostOptions,
} from './initializeHost';
export {
  DEFAULT_SAVE_FAILURE_MESSAGE,
  type ConfigurationSaveHandler,
  type ConfigurationToSave,
} from './configuration';
export {
  createHost,
  type CreateHostOptions,
  type Host,
  type HostFailure,
  type HostState,
} from './host';
export type { TeamsFacade } from './teamsFacade';
export { createTeamsJsFacade } from './teamsJsFacade';
export { createTeamsHost, type TeamsHostOptions } from './teamsHost';
export { HostProvider, type HostProviderProps } from './HostProvider';
export { HostFluentProvider, type HostFluentProviderProps } from './HostFluentProvider';
export { useFluentTheme, useHost, useHostContext, useNotifySuccess } from './hostHooks';
