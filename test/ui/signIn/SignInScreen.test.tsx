/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import { SignInScreen } from '../../../src/ui/signIn/SignInScreen';
import { DANA, fakeSource } from './personaSources';

function renderScreen(source: ReturnType<typeof fakeSource>['source']) {
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <SignInScreen source={source} />
    </FluentProvider>,
  );
}

describe('SignInScreen', () => {
  it('shows every persona with department and time zone, and signs in as the one picked', async () => {
    const { source } = fakeSource();
    renderScreen(source);
    const signIn = await screen.findByRole('button', { name: 'Sign in' });
    expect(signIn).toHaveProperty('disabled', true);

    fireEvent.click(screen.getByRole('combobox', { name: 'Persona' }));
    const options = screen.getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Dana KimCustomer Experience · Pacific Standard Time',
      'Priya NairNo department · No time zone set',
    ]);
    fireEvent.click(screen.getByRole('option', { name: /Dana Kim/ }));
    expect(signIn).toHaveProperty('disabled', false);

    fireEvent.click(signIn);
    expect(await screen.findByRole('heading', { name: 'Signed in as Dana Kim' })).toBeTruthy();
    expect(screen.getByText(DANA.userPrincipalName)).toBeTruthy();
  });

  it('says the emulator does not answer and offers to try again', async () => {
    const { source, calls } = fakeSource({
      listOutcomes: [new Error('The local Graph emulator does not answer'), 'answer'],
    });
    renderScreen(source);
    expect(await screen.findByText(/The local Graph emulator does not answer/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('combobox', { name: 'Persona' })).toBeTruthy();
    expect(calls.list).toBe(2);
  });

  it('goes back to the picker to sign in as someone else', async () => {
    const { source } = fakeSource({
      current: { userPrincipalName: DANA.userPrincipalName, displayName: 'Dana Kim' },
    });
    renderScreen(source);
    fireEvent.click(await screen.findByRole('button', { name: 'Sign in as someone else' }));
    expect(await screen.findByRole('combobox', { name: 'Persona' })).toBeTruthy();
  });
});
