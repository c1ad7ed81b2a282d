import { app, pages } from '@microsoft/teams-js';
import type { TeamsFacade, TeamsFailureReason } from './teamsFacade';

const FAILED_REASON: Readonly<Record<TeamsFailureReason, app.FailedReason>> = {
  AuthFailed: app.FailedReason.AuthFailed,
  Timeout: app.FailedReason.Timeout,
  Other: app.FailedReason.Other,
};

/**
 * The {@link TeamsFacade} over `@microsoft/teams-js`: the only module of the app that calls
 * TeamsJS. Each member forwards one call; the host object decides when calling is allowed
 * (TeamsJS throws when a call comes before `app.initialize()` resolved or from the wrong frame).
 */
export function createTeamsJsFacade(): TeamsFacade {
  return {
    initialize: () => app.initialize(),
    getContext: () => app.getContext(),
    registerOnThemeChangeHandler: (handler) => app.registerOnThemeChangeHandler(handler),
    notifyAppLoaded: () => app.notifyAppLoaded(),
    notifySuccess: async () => {
      await app.notifySuccess();
    },
    notifyFailure: ({ reason, message }) =>
      app.notifyFailure({ reason: FAILED_REASON[reason], message }),
    config: {
      isSupported: () => pages.config.isSupported(),
      registerOnSaveHandler: (handler) => pages.config.registerOnSaveHandler(handler),
      setConfig: (config) => pages.config.setConfig(config),
      setValidityState: (valid) => pages.config.setValidityState(valid),
    },
  };
}
