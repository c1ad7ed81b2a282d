import { DEFAULT_SAVE_FAILURE_MESSAGE } from '../../src/host/configuration';
import { createHost } from '../../src/host/host';
import type { HostTheme } from '../../src/host/hostContext';
import { fakeTeams, teamsContext, type FakeTeamsOptions } from './fakeTeams';

const configurationPage = teamsContext({ page: { id: '', frameContext: 'settings' } });

const hubTab = {
  entityId: 'cx-hub',
  contentUrl: 'https://app.example/hub.html?theme={theme}',
  websiteUrl: 'https://app.example/hub.html',
  suggestedDisplayName: 'CX hub',
};

function hostInTeams(options: FakeTeamsOptions = {}) {
  const teams = fakeTeams(options);
  return { teams, host: createHost({ teams }) };
}

function standaloneHost() {
  const teams = fakeTeams({ initialize: 'neverAnswers' });
  return { teams, host: createHost({ teams, timeoutMs: 1, theme: 'dark', locale: 'en-GB' }) };
}

describe('host', () => {
  describe('initialize', () => {
    it('is loading until the host answers, then ready with its context', async () => {
      const { host } = hostInTeams();
      expect(host.getState()).toEqual({ status: 'loading' });

      const context = await host.initialize();

      expect(host.getState()).toEqual({ status: 'ready', context });
      expect(context.kind).toBe('teams');
    });

    it('starts TeamsJS only once however often it is asked', async () => {
      const { teams, host } = hostInTeams();

      await Promise.all([host.initialize(), host.initialize()]);
      await host.initialize();

      expect(teams.calls.filter((call) => call === 'initialize')).toHaveLength(1);
    });

    it('runs standalone in the theme and locale it was given', async () => {
      const { host } = standaloneHost();

      await expect(host.initialize()).resolves.toMatchObject({
        kind: 'standalone',
        theme: 'dark',
        locale: 'en-GB',
      });
    });

    it('records a failure when the host withholds its context', async () => {
      const { host } = hostInTeams({ contextError: new Error('Context unavailable') });

      await expect(host.initialize()).rejects.toThrow('Context unavailable');

      expect(host.getState()).toMatchObject({
        status: 'failed',
        error: { message: 'Context unavailable' },
      });
    });

    it('refuses an out-of-range timeout as soon as it is created', () => {
      expect(() => createHost({ teams: fakeTeams(), timeoutMs: 0 })).toThrow(RangeError);
    });
  });

  describe('theme', () => {
    it('follows the host when the user switches Teams to dark and then contrast', async () => {
      const { teams, host } = hostInTeams();
      const seen: HostTheme[] = [];
      host.onThemeChange((theme) => seen.push(theme));
      await host.initialize();

      teams.changeTheme('dark');
      teams.changeTheme('dark');
      teams.changeTheme('contrast');

      expect(seen).toEqual(['dark', 'highContrast']);
      expect(host.getTheme()).toBe('highContrast');
      expect(host.getState()).toMatchObject({
        status: 'ready',
        context: { theme: 'highContrast' },
      });
    });

    it('starts in the theme the page was opened with and then takes the host theme', async () => {
      const teams = fakeTeams({
        context: teamsContext({ app: { locale: 'en-US', theme: 'dark', host: { name: 'Teams' } } }),
      });
      const host = createHost({ teams, theme: 'highContrast' });
      const seen: HostTheme[] = [];
      host.onThemeChange((theme) => seen.push(theme));
      expect(host.getTheme()).toBe('highContrast');

      await host.initialize();

      expect(seen).toEqual(['dark']);
    });

    it('stops telling a subscriber who unsubscribed', async () => {
      const { teams, host } = hostInTeams();
      const seen: HostTheme[] = [];
      const unsubscribe = host.onThemeChange((theme) => seen.push(theme));
      await host.initialize();

      unsubscribe();
      teams.changeTheme('dark');

      expect(seen).toEqual([]);
    });

    it('listens to no host theme when standalone', async () => {
      const { teams, host } = standaloneHost();

      await host.initialize();

      expect(teams.calls).not.toContain('registerOnThemeChangeHandler');
    });
  });

  describe('notifySuccess', () => {
    it('tells the host once that the app loaded and succeeded, however often it is called', async () => {
      const { teams, host } = hostInTeams();

      await Promise.all([host.notifySuccess(), host.notifySuccess()]);
      await host.notifySuccess();
      await host.notifyAppLoaded();

      expect(teams.calls.filter((call) => call.startsWith('notify'))).toEqual([
        'notifyAppLoaded',
        'notifySuccess',
      ]);
    });

    it('does nothing standalone', async () => {
      const { teams, host } = standaloneHost();

      await host.notifySuccess();

      expect(teams.calls).toEqual(['initialize']);
    });
  });

  describe('notifyFailure', () => {
    it('hands the host a message for the user', async () => {
      const { teams, host } = hostInTeams();

      await host.notifyFailure({
        reason: 'AuthFailed',
        message: 'Sign-in failed. Reload the tab.',
      });
      await host.notifyFailure({ message: 'The charter could not be loaded.' });

      expect(teams.failures).toEqual([
        { reason: 'AuthFailed', message: 'Sign-in failed. Reload the tab.' },
        { reason: 'Other', message: 'The charter could not be loaded.' },
      ]);
    });

    it('still reaches the host when its context was withheld', async () => {
      const { teams, host } = hostInTeams({ contextError: new Error('Context unavailable') });

      await host.notifyFailure({ message: 'The app could not start.' });

      expect(teams.failures).toHaveLength(1);
    });

    it('does nothing standalone', async () => {
      const { teams, host } = standaloneHost();

      await host.notifyFailure({ message: 'The app could not start.' });

      expect(teams.failures).toEqual([]);
    });
  });

  describe('configuration page', () => {
    it('saves the tab: the handler, then setConfig, then success', async () => {
      const { teams, host } = hostInTeams({ context: configurationPage });
      await expect(host.registerConfigurationSave(() => Promise.resolve(hubTab))).resolves.toBe(
        true,
      );

      await expect(teams.pressSave()).resolves.toEqual({ outcome: 'success' });

      expect(teams.savedConfigs).toEqual([hubTab]);
      expect(teams.calls.slice(-2)).toEqual(['setConfig', 'saveEvent.notifySuccess']);
    });

    it('shows the handler’s message and saves nothing when the handler fails', async () => {
      const { teams, host } = hostInTeams({ context: configurationPage });
      await host.registerConfigurationSave(() =>
        Promise.reject(new Error('Pick a cadence before saving the tab.')),
      );

      await expect(teams.pressSave()).resolves.toEqual({
        outcome: 'failure',
        reason: 'Pick a cadence before saving the tab.',
      });
      expect(teams.calls).not.toContain('setConfig');
    });

    it('reports a failure when the host refuses the configuration', async () => {
      const { teams, host } = hostInTeams({
        context: configurationPage,
        setConfigError: new Error('The tab could not be created in this channel.'),
      });
      await host.registerConfigurationSave(() => Promise.resolve(hubTab));

      await expect(teams.pressSave()).resolves.toEqual({
        outcome: 'failure',
        reason: 'The tab could not be created in this channel.',
      });
    });

    it('says the save failed when the failure carries no message', async () => {
      const { teams, host } = hostInTeams({ context: configurationPage });
      await host.registerConfigurationSave(() => Promise.reject(new Error('')));

      await expect(teams.pressSave()).resolves.toEqual({
        outcome: 'failure',
        reason: DEFAULT_SAVE_FAILURE_MESSAGE,
      });
    });

    it('enables the host’s Save button when the form is valid', async () => {
      const { teams, host } = hostInTeams({ context: configurationPage });

      await expect(host.setConfigurationValid(true)).resolves.toBe(true);
      await host.setConfigurationValid(false);

      expect(teams.validity).toEqual([true, false]);
    });

    it.each<[string, () => ReturnType<typeof hostInTeams>]>([
      ['standalone', standaloneHost],
      ['on a content page', () => hostInTeams()],
      [
        'where the host lacks pages.config',
        () => hostInTeams({ context: configurationPage, configSupported: false }),
      ],
    ])('has no Save button to wire %s', async (_where, makeHost) => {
      const { teams, host } = makeHost();

      await expect(host.registerConfigurationSave(() => Promise.resolve(hubTab))).resolves.toBe(
        false,
      );
      await expect(host.setConfigurationValid(true)).resolves.toBe(false);

      expect(teams.calls).not.toContain('registerOnSaveHandler');
      expect(teams.calls).not.toContain('setValidityState');
    });
  });
});
