/** @jest-environment jsdom */
import { act, renderHook, waitFor } from '@testing-library/react';
import { usePersonaSignIn } from '../../../src/ui/signIn/usePersonaSignIn';
import { DANA, PRIYA, fakeSource } from './personaSources';

describe('usePersonaSignIn', () => {
  it('lists the personas and waits for a choice', async () => {
    const { source } = fakeSource();
    const { result } = renderHook(() => usePersonaSignIn(source));
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.personas).toEqual([DANA, PRIYA]);
    expect(result.current.selected).toBeUndefined();
    expect(result.current.problem).toBeUndefined();
  });

  it('signs in as the chosen persona', async () => {
    const { source, calls } = fakeSource();
    const { result } = renderHook(() => usePersonaSignIn(source));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    act(() => result.current.select(DANA.userPrincipalName));
    expect(result.current.selected).toEqual(DANA);
    await act(() => result.current.signIn());
    expect(calls.signIn).toEqual([DANA.userPrincipalName]);
    expect(result.current.status).toBe('signedIn');
    expect(result.current.account).toEqual({
      userPrincipalName: DANA.userPrincipalName,
      displayName: 'Dana Kim',
    });
  });

  it('does not sign in before a persona is chosen', async () => {
    const { source, calls } = fakeSource();
    const { result } = renderHook(() => usePersonaSignIn(source));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    act(() => result.current.select('nobody@contoso.example'));
    await act(() => result.current.signIn());
    expect(calls.signIn).toEqual([]);
    expect(result.current.status).toBe('ready');
  });

  it('passes on what the source says when the emulator does not answer, and tries again', async () => {
    const down = new Error(
      'The local Graph emulator does not answer at http://127.0.0.1:4000: start it with npm start.',
    );
    const { source, calls } = fakeSource({ listOutcomes: [down, 'answer'] });
    const { result } = renderHook(() => usePersonaSignIn(source));
    await waitFor(() => expect(result.current.status).toBe('unavailable'));
    expect(result.current.problem).toBe(down.message);
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(calls.list).toBe(2);
    expect(result.current.problem).toBeUndefined();
  });

  it('names the emulator address when the failure carries no message', async () => {
    const { source } = fakeSource({ listOutcomes: ['connection refused'] });
    const { result } = renderHook(() => usePersonaSignIn(source));
    await waitFor(() => expect(result.current.status).toBe('unavailable'));
    expect(result.current.problem).toBe(
      'The Graph emulator at http://127.0.0.1:4000 does not answer. Start it with npm start, then try again.',
    );
  });

  it('says how to get the demo tenant back when the emulator has no personas', async () => {
    const { source } = fakeSource({ personas: [] });
    const { result } = renderHook(() => usePersonaSignIn(source));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.problem).toMatch(/has no one to sign in as.*Delete \.data\/graph\.json/);
  });

  it('keeps the picker and explains when signing in fails', async () => {
    const { source } = fakeSource({ signInFailure: new Error('The emulator was reset.') });
    const { result } = renderHook(() => usePersonaSignIn(source));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    act(() => result.current.select(DANA.userPrincipalName));
    await act(() => result.current.signIn());
    expect(result.current.status).toBe('ready');
    expect(result.current.problem).toBe(
      'Could not sign in as Dana Kim: The emulator was reset. Try again, or pick another persona.',
    );
    act(() => result.current.select(PRIYA.userPrincipalName));
    expect(result.current.problem).toBeUndefined();
  });

  it('starts signed in when the source remembers someone, and signs out to switch', async () => {
    const remembered = { userPrincipalName: DANA.userPrincipalName, displayName: 'Dana Kim' };
    const { source, calls } = fakeSource({ current: remembered });
    const { result } = renderHook(() => usePersonaSignIn(source));
    expect(result.current.status).toBe('signedIn');
    expect(result.current.account).toEqual(remembered);
    await waitFor(() => expect(result.current.personas).toHaveLength(2));
    await act(() => result.current.switchPersona());
    expect(calls.signOut).toBe(1);
    expect(result.current.status).toBe('ready');
    expect(result.current.account).toBeUndefined();
  });
});
