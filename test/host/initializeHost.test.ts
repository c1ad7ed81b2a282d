import { initializeHost, MAX_HOST_TIMEOUT_MS } from '../../src/host/initializeHost';
import { fakeTeams, teamsContext } from './fakeTeams';

describe('initializeHost', () => {
  it('runs standalone when no host ever answers', async () => {
    const teams = fakeTeams({ initialize: 'neverAnswers' });

    const context = await initializeHost({ teams, timeoutMs: 1 });

    expect(context).toMatchObject({
      kind: 'standalone',
      surface: 'standalone',
      hostName: 'standalone',
    });
    expect(teams.calls).toEqual(['initialize']);
  });

  it('runs standalone when TeamsJS refuses to start', async () => {
    const teams = fakeTeams({ initialize: 'rejects' });

    await expect(initializeHost({ teams, timeoutMs: 1 })).resolves.toMatchObject({
      kind: 'standalone',
    });
  });

  it('runs standalone in the theme and language the page asked for', async () => {
    const teams = fakeTeams({ initialize: 'neverAnswers' });

    const context = await initializeHost({
      teams,
      timeoutMs: 1,
      standalone: { theme: 'dark', locale: 'nl-NL' },
    });

    expect(context).toMatchObject({ theme: 'dark', locale: 'nl-NL' });
  });

  it('describes the Teams meeting it runs in when the host answers', async () => {
    const teams = fakeTeams({
      context: teamsContext({
        page: { id: 'cx-side-panel', frameContext: 'sidePanel' },
        meeting: { id: 'meeting-1' },
      }),
    });

    const context = await initializeHost({ teams });

    expect(context).toMatchObject({ kind: 'teams', surface: 'sidePanel', meetingId: 'meeting-1' });
    expect(teams.calls).toEqual(['initialize', 'getContext']);
  });

  it('fails when the host answers but withholds its context', async () => {
    const teams = fakeTeams({ contextError: new Error('Context unavailable') });

    await expect(initializeHost({ teams })).rejects.toThrow('Context unavailable');
  });

  it.each([0, -5, 2.5, MAX_HOST_TIMEOUT_MS + 1, Number.NaN])(
    'refuses a host timeout of %s ms and says what is allowed',
    async (timeoutMs) => {
      await expect(initializeHost({ teams: fakeTeams(), timeoutMs })).rejects.toThrow(
        'The host timeout must be a whole number of milliseconds from 1 to 30000',
      );
    },
  );
});
