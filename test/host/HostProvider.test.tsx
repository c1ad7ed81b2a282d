/** @jest-environment jsdom */
import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { act, render, screen } from '@testing-library/react';
import { createHost } from '../../src/host/host';
import { HostFluentProvider } from '../../src/host/HostFluentProvider';
import {
  useFluentTheme,
  useHost,
  useHostContext,
  useNotifySuccess,
} from '../../src/host/hostHooks';
import { HostProvider } from '../../src/host/HostProvider';
import { fakeTeams, teamsContext } from './fakeTeams';

const THEME_NAMES = new Map<Theme, string>([
  [teamsLightTheme, 'light theme'],
  [teamsDarkTheme, 'dark theme'],
  [teamsHighContrastTheme, 'high contrast theme'],
]);

function ThemeName() {
  return <p>{THEME_NAMES.get(useFluentTheme())}</p>;
}

function WhereAmI() {
  const state = useHostContext();
  if (state.status === 'loading') return <p>Loading…</p>;
  if (state.status === 'failed') return <p role="alert">{state.error.message}</p>;
  return <p>{`${state.context.hostName} ${state.context.surface}`}</p>;
}

function Content({ shown }: { shown: boolean }) {
  useNotifySuccess(shown);
  return <p>{shown ? 'Charter' : 'Loading charter…'}</p>;
}

describe('HostProvider', () => {
  it('shows loading, then where the app runs', async () => {
    const teams = fakeTeams({
      context: teamsContext({ page: { id: 'cx', frameContext: 'sidePanel' } }),
    });

    render(
      <HostProvider host={createHost({ teams })}>
        <WhereAmI />
      </HostProvider>,
    );

    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(await screen.findByText('Teams sidePanel')).toBeTruthy();
  });

  it('runs standalone in a plain browser', async () => {
    const teams = fakeTeams({ initialize: 'neverAnswers' });

    render(
      <HostProvider host={createHost({ teams, timeoutMs: 1 })}>
        <WhereAmI />
      </HostProvider>,
    );

    expect(await screen.findByText('standalone standalone')).toBeTruthy();
  });

  it('shows why the host could not be reached', async () => {
    const teams = fakeTeams({ contextError: new Error('Context unavailable') });

    render(
      <HostProvider host={createHost({ teams })}>
        <WhereAmI />
      </HostProvider>,
    );

    expect((await screen.findByRole('alert')).textContent).toBe('Context unavailable');
  });

  it('re-renders in the new theme when the user switches the Teams theme', async () => {
    const teams = fakeTeams();
    render(
      <HostProvider host={createHost({ teams })}>
        <ThemeName />
        <WhereAmI />
      </HostProvider>,
    );
    await screen.findByText('Teams content');
    expect(screen.getByText('light theme')).toBeTruthy();

    act(() => teams.changeTheme('dark'));
    expect(screen.getByText('dark theme')).toBeTruthy();

    act(() => teams.changeTheme('contrast'));
    expect(screen.getByText('high contrast theme')).toBeTruthy();
  });

  it('starts TeamsJS once and tells the host of success once the content shows', async () => {
    const teams = fakeTeams();
    const host = createHost({ teams });
    const { rerender } = render(
      <HostProvider host={host}>
        <Content shown={false} />
      </HostProvider>,
    );
    await act(() => host.initialize());
    expect(teams.calls).not.toContain('notifySuccess');

    rerender(
      <HostProvider host={host}>
        <Content shown />
      </HostProvider>,
    );
    await act(() => host.notifySuccess());
    rerender(
      <HostProvider host={host}>
        <Content shown />
      </HostProvider>,
    );

    expect(teams.calls.filter((call) => call === 'initialize' || call === 'notifySuccess')).toEqual(
      ['initialize', 'notifySuccess'],
    );
  });

  it('wraps its children in Fluent’s provider with the host theme', async () => {
    const teams = fakeTeams({
      context: teamsContext({ app: { locale: 'en-US', theme: 'dark', host: { name: 'Teams' } } }),
    });
    render(
      <HostProvider host={createHost({ teams })}>
        <HostFluentProvider className="surface">
          <ThemeName />
        </HostFluentProvider>
      </HostProvider>,
    );

    const text = await screen.findByText('dark theme');

    expect(text.closest('.fui-FluentProvider.surface')).not.toBeNull();
  });

  it('asks for a HostProvider when a hook is used without one', () => {
    function Orphan() {
      useHost();
      return null;
    }
    jest.spyOn(console, 'error').mockImplementation(() => undefined);

    expect(() => render(<Orphan />)).toThrow('wrap the surface in <HostProvider>');
  });
});
