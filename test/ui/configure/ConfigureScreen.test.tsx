/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createHost } from '../../../src/host/host';
import { standaloneHostContext, type HostContext } from '../../../src/host/hostContext';
import { HostProvider } from '../../../src/host/HostProvider';
import type { TeamsContextSnapshot } from '../../../src/host/teamsFacade';
import { ConfigureScreen } from '../../../src/ui/configure/ConfigureScreen';
import type { JoinedTeam } from '../../../src/ui/configure/tabConfiguration';
import { fakeTeams, teamsContext, type FakeTeams } from '../../host/fakeTeams';

const APP_URL = 'https://cx.contoso.example';
const CX_COUNCIL: JoinedTeam = { groupId: 'group-cx', displayName: 'CX Council' };
const SALES: JoinedTeam = { groupId: 'group-sales', displayName: 'Sales' };
const loadJoinedTeams = () => Promise.resolve([CX_COUNCIL, SALES]);

const settingsPage = { id: '', frameContext: 'settings' };
const PLACES: Record<'channel' | 'chat' | 'meeting', Partial<TeamsContextSnapshot>> = {
  channel: {
    page: settingsPage,
    channel: { id: '19:general@thread.tacv2' },
    team: { internalId: '19:team@thread.tacv2', groupId: CX_COUNCIL.groupId },
  },
  chat: { page: settingsPage, chat: { id: '19:chat@thread.v2' } },
  meeting: {
    page: settingsPage,
    chat: { id: '19:meeting_abc@thread.v2' },
    meeting: { id: 'MCMxOTptZWV0aW5n' },
  },
};

async function renderInTeams(place: keyof typeof PLACES): Promise<FakeTeams> {
  const teams = fakeTeams({ context: teamsContext(PLACES[place]) });
  const host = createHost({ teams });
  const context = await host.initialize();
  render(
    <HostProvider host={host}>
      <FluentProvider theme={teamsLightTheme}>
        <ConfigureScreen context={context} appUrl={APP_URL} loadJoinedTeams={loadJoinedTeams} />
      </FluentProvider>
    </HostProvider>,
  );
  await waitFor(() => expect(teams.calls).toContain('registerOnSaveHandler'));
  return teams;
}

async function chooseTeam(name: string) {
  fireEvent.click(await screen.findByRole('combobox', { name: 'CX team' }));
  fireEvent.click(screen.getByRole('option', { name }));
}

describe('ConfigureScreen in Teams', () => {
  it('keeps Save disabled in a group chat until a CX team is chosen, then saves the hub for it', async () => {
    const teams = await renderInTeams('chat');
    expect(screen.getByText('You are adding CX Cadence to this group chat.')).toBeTruthy();
    await screen.findByRole('combobox', { name: 'CX team' });
    expect(teams.validity).not.toContain(true);
    await expect(teams.pressSave()).resolves.toEqual({
      outcome: 'failure',
      reason: 'Choose the CX team this tab is for, then save again.',
    });

    await chooseTeam('CX Council');
    await waitFor(() => expect(teams.validity.at(-1)).toBe(true));
    await act(async () => {
      await expect(teams.pressSave()).resolves.toEqual({ outcome: 'success' });
    });
    expect(teams.savedConfigs).toEqual([
      {
        entityId: 'cx-cadence:group-cx',
        contentUrl: `${APP_URL}/hub.html?groupId=group-cx&theme={theme}`,
        websiteUrl: `${APP_URL}/hub.html?groupId=group-cx`,
        suggestedDisplayName: 'CX Cadence',
      },
    ]);
  });

  it("takes a channel's team from Teams, without asking, and saves the hub for it", async () => {
    const teams = await renderInTeams('channel');
    expect(await screen.findByRole('heading', { name: 'CX team: CX Council' })).toBeTruthy();
    expect(screen.queryByRole('combobox')).toBeNull();
    await waitFor(() => expect(teams.validity).toEqual([true]));
    await act(async () => {
      await teams.pressSave();
    });
    expect(teams.savedConfigs[0]?.contentUrl).toBe(
      `${APP_URL}/hub.html?groupId=group-cx&theme={theme}`,
    );
  });

  it('saves the meeting side panel in a meeting', async () => {
    const teams = await renderInTeams('meeting');
    expect(screen.getByText(/meeting side panel during the meeting/)).toBeTruthy();
    await chooseTeam('Sales');
    await waitFor(() => expect(teams.validity.at(-1)).toBe(true));
    await act(async () => {
      await teams.pressSave();
    });
    expect(teams.savedConfigs).toEqual([
      {
        entityId: 'cx-cadence:group-sales',
        contentUrl: `${APP_URL}/sidePanel.html?groupId=group-sales&theme={theme}`,
        websiteUrl: `${APP_URL}/sidePanel.html?groupId=group-sales`,
        suggestedDisplayName: 'CX Cadence',
      },
    ]);
  });
});

describe('ConfigureScreen in a browser', () => {
  function renderStandalone(load: () => Promise<readonly JoinedTeam[]>) {
    const host = createHost({ teams: fakeTeams({ initialize: 'rejects' }), timeoutMs: 1 });
    const context: HostContext = standaloneHostContext();
    render(
      <HostProvider host={host}>
        <FluentProvider theme={teamsLightTheme}>
          <ConfigureScreen context={context} appUrl={APP_URL} loadJoinedTeams={load} />
        </FluentProvider>
      </HostProvider>,
    );
  }

  it("says it is Teams' tab setup page and shows what would be saved", async () => {
    renderStandalone(loadJoinedTeams);
    expect(screen.getByText("Teams' tab setup page")).toBeTruthy();
    await chooseTeam('CX Council');
    const preview = await screen.findByRole('region', { name: 'What would be saved' });
    expect(preview.textContent).toContain(`${APP_URL}/hub.html?groupId=group-cx&theme={theme}`);
    expect(preview.textContent).toContain('cx-cadence:group-cx');
  });

  it('says when the teams could not be loaded, and loads them on Try again', async () => {
    let calls = 0;
    renderStandalone(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('Graph did not answer')) : loadJoinedTeams();
    });
    expect(
      await screen.findByText('Your teams could not be loaded: Graph did not answer. Try again.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('combobox', { name: 'CX team' })).toBeTruthy();
  });
});
