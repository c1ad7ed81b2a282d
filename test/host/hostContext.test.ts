import {
  applicationFromHostName,
  standaloneHostContext,
  surfaceFromFrameContext,
  themeFromTeamsTheme,
  themeFromUrl,
  toHostContext,
  type HostApplication,
  type HostSurface,
  type HostTheme,
} from '../../src/host/hostContext';
import { teamsContext } from './fakeTeams';

describe('hostContext', () => {
  describe('surfaceFromFrameContext', () => {
    it.each<[string, HostSurface]>([
      ['content', 'content'],
      ['settings', 'settings'],
      ['sidePanel', 'sidePanel'],
      ['meetingStage', 'meetingStage'],
      ['remove', 'remove'],
      ['task', 'task'],
      ['stage', 'content'],
      ['authentication', 'content'],
    ])('shows the %s frame context as the %s surface', (frameContext, surface) => {
      expect(surfaceFromFrameContext(frameContext)).toBe(surface);
    });

    it('shows content for a frame context newer than this app', () => {
      expect(surfaceFromFrameContext('hologram')).toBe('content');
    });
  });

  describe('themeFromTeamsTheme', () => {
    it.each<[string, HostTheme]>([
      ['default', 'light'],
      ['light', 'light'],
      ['dark', 'dark'],
      ['contrast', 'highContrast'],
      ['sepia', 'light'],
      ['', 'light'],
      ['toString', 'light'],
    ])('shows the host theme "%s" as %s', (teamsTheme, theme) => {
      expect(themeFromTeamsTheme(teamsTheme)).toBe(theme);
    });
  });

  describe('applicationFromHostName', () => {
    it.each<[string, HostApplication]>([
      ['Teams', 'Teams'],
      ['TeamsModern', 'Teams'],
      ['Outlook', 'Outlook'],
      ['OutlookWin32', 'Outlook'],
      ['Office', 'Office'],
      ['Places', 'Other'],
      ['Orange', 'Other'],
      ['SomethingNew', 'Other'],
    ])('names the host %s as %s', (hostName, application) => {
      expect(applicationFromHostName(hostName)).toBe(application);
    });
  });

  describe('themeFromUrl', () => {
    it.each<[string, HostTheme | undefined]>([
      ['https://app.example/hub.html?theme=dark', 'dark'],
      ['https://app.example/hub.html?theme=contrast', 'highContrast'],
      ['https://app.example/hub.html?theme=default', 'light'],
      ['https://app.example/hub.html?theme=', undefined],
      ['https://app.example/hub.html', undefined],
      ['/sidePanel.html?occurrence=7&theme=dark', 'dark'],
    ])('reads %s as %s', (url, theme) => {
      expect(themeFromUrl(url)).toBe(theme);
    });
  });

  describe('toHostContext', () => {
    it('describes a meeting side panel with its meeting, chat, user and tenant', () => {
      const context = teamsContext({
        app: { locale: 'fr-FR', theme: 'dark', host: { name: 'Teams' } },
        page: { id: 'cx-side-panel', frameContext: 'sidePanel' },
        meeting: { id: 'MCMjMjE6bWVldGluZw==' },
        chat: { id: '19:meeting_abc@thread.v2' },
      });

      expect(toHostContext(context)).toEqual({
        kind: 'teams',
        surface: 'sidePanel',
        hostName: 'Teams',
        theme: 'dark',
        locale: 'fr-FR',
        meetingId: 'MCMjMjE6bWVldGluZw==',
        chatId: '19:meeting_abc@thread.v2',
        userObjectId: '00000000-0000-0000-0000-0000000000a1',
        loginHint: 'avery@contoso.example',
        tenantId: 'tenant-1',
        entityId: 'cx-side-panel',
      });
    });

    it('describes a channel tab with its channel, team, group and sub-entity', () => {
      const context = teamsContext({
        page: { id: 'cx-hub', frameContext: 'content', subPageId: 'decisions' },
        channel: { id: '19:general@thread.tacv2' },
        team: { internalId: '19:team@thread.tacv2', groupId: 'group-1' },
      });

      expect(toHostContext(context)).toMatchObject({
        surface: 'content',
        channelId: '19:general@thread.tacv2',
        teamId: '19:team@thread.tacv2',
        groupId: 'group-1',
        entityId: 'cx-hub',
        subEntityId: 'decisions',
      });
    });

    it('leaves out what a personal tab in Outlook does not have', () => {
      const context = toHostContext(
        teamsContext({
          app: { locale: 'en-US', theme: 'default', host: { name: 'OutlookWin32' } },
          page: { id: '', frameContext: 'content', subPageId: '' },
        }),
      );

      expect(context.hostName).toBe('Outlook');
      expect(Object.keys(context)).toEqual(
        expect.not.arrayContaining([
          'meetingId',
          'chatId',
          'channelId',
          'teamId',
          'entityId',
          'subEntityId',
        ]),
      );
    });

    it('uses the user principal name as login hint when the host sends no hint', () => {
      const context = teamsContext({
        user: { id: 'u-1', userPrincipalName: 'blake@contoso.example' },
      });

      expect(toHostContext(context).loginHint).toBe('blake@contoso.example');
    });

    it('falls back to en-US when the host names no locale', () => {
      const context = teamsContext({
        app: { locale: '', theme: 'contrast', host: { name: 'Office' } },
      });

      expect(toHostContext(context)).toMatchObject({
        locale: 'en-US',
        theme: 'highContrast',
        hostName: 'Office',
      });
    });
  });

  describe('standaloneHostContext', () => {
    it('runs light in en-US with no host ids unless told otherwise', () => {
      expect(standaloneHostContext()).toEqual({
        kind: 'standalone',
        surface: 'standalone',
        hostName: 'standalone',
        theme: 'light',
        locale: 'en-US',
      });
    });

    it('keeps the theme and locale the page asked for', () => {
      expect(standaloneHostContext({ theme: 'highContrast', locale: 'de-DE' })).toMatchObject({
        theme: 'highContrast',
        locale: 'de-DE',
      });
    });
  });
});
