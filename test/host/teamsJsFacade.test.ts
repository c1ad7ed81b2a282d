import { app, pages } from '@microsoft/teams-js';
import { createTeamsJsFacade } from '../../src/host/teamsJsFacade';

// The real TeamsJS fetches its valid-origins list from a CDN on import and waits for a host
// frame: this suite replaces it with recorders to check that each facade call reaches TeamsJS.
jest.mock('@microsoft/teams-js', () => ({
  app: {
    FailedReason: { AuthFailed: 'AuthFailed', Timeout: 'Timeout', Other: 'Other' },
    initialize: jest.fn(() => Promise.resolve()),
    getContext: jest.fn(() => Promise.resolve({ page: { frameContext: 'content' } })),
    registerOnThemeChangeHandler: jest.fn(),
    notifyAppLoaded: jest.fn(),
    notifySuccess: jest.fn(() => Promise.resolve({ hasFinishedSuccessfully: true })),
    notifyFailure: jest.fn(),
  },
  pages: {
    config: {
      isSupported: jest.fn(() => true),
      registerOnSaveHandler: jest.fn(),
      setConfig: jest.fn(() => Promise.resolve()),
      setValidityState: jest.fn(),
    },
  },
}));

describe('teamsJsFacade', () => {
  const teams = createTeamsJsFacade();

  it('starts TeamsJS and reads its context', async () => {
    await teams.initialize();
    await expect(teams.getContext()).resolves.toEqual({ page: { frameContext: 'content' } });

    expect(app.initialize).toHaveBeenCalledTimes(1);
  });

  it('passes lifecycle notices to TeamsJS', async () => {
    const handler = jest.fn();
    teams.registerOnThemeChangeHandler(handler);
    teams.notifyAppLoaded();
    await teams.notifySuccess();
    teams.notifyFailure({ reason: 'AuthFailed', message: 'Sign-in failed.' });

    expect(app.registerOnThemeChangeHandler).toHaveBeenCalledWith(handler);
    expect(app.notifyAppLoaded).toHaveBeenCalledTimes(1);
    expect(app.notifySuccess).toHaveBeenCalledTimes(1);
    expect(app.notifyFailure).toHaveBeenCalledWith({
      reason: 'AuthFailed',
      message: 'Sign-in failed.',
    });
  });

  it('passes configuration page calls to pages.config', async () => {
    const handler = jest.fn();
    const config = {
      entityId: 'cx-hub',
      contentUrl: 'https://app.example/hub.html',
      websiteUrl: 'https://app.example/hub.html',
      suggestedDisplayName: 'CX hub',
    };

    expect(teams.config.isSupported()).toBe(true);
    teams.config.registerOnSaveHandler(handler);
    await teams.config.setConfig(config);
    teams.config.setValidityState(true);

    expect(pages.config.registerOnSaveHandler).toHaveBeenCalledWith(handler);
    expect(pages.config.setConfig).toHaveBeenCalledWith(config);
    expect(pages.config.setValidityState).toHaveBeenCalledWith(true);
  });
});
