import type { Persona, PersonaSource, SignedInAccount } from '../../../src/ui/signIn/personaSource';

/** Two of the demo tenant's personas, as the emulator lists them. */
export const DANA: Persona = {
  userPrincipalName: 'dana.kim@contoso.example',
  displayName: 'Dana Kim',
  department: 'Customer Experience',
  timeZone: 'Pacific Standard Time',
};
export const PRIYA: Persona = {
  userPrincipalName: 'priya.nair@contoso.example',
  displayName: 'Priya Nair',
  department: null,
  timeZone: null,
};

export interface FakeSourceOptions {
  readonly personas?: readonly Persona[];
  /** Each `list()` call takes the next outcome; the last one repeats. */
  readonly listOutcomes?: readonly ('answer' | Error | string)[];
  readonly signInFailure?: Error;
  readonly current?: SignedInAccount;
}

/** A persona source whose answers the test decides, recording what the screen asked. */
export function fakeSource(options: FakeSourceOptions = {}) {
  const personas = options.personas ?? [DANA, PRIYA];
  const outcomes = options.listOutcomes ?? ['answer'];
  const calls = { list: 0, signIn: [] as string[], signOut: 0 };
  let current = options.current;
  const source: PersonaSource = {
    address: 'http://127.0.0.1:4000',
    list: () => {
      const outcome = outcomes[Math.min(calls.list, outcomes.length - 1)];
      calls.list += 1;
      return outcome === 'answer' ? Promise.resolve(personas) : Promise.reject(outcome);
    },
    current: () => current,
    signIn: (userPrincipalName) => {
      calls.signIn.push(userPrincipalName);
      if (options.signInFailure) return Promise.reject(options.signInFailure);
      const persona = personas.find(
        (candidate) => candidate.userPrincipalName === userPrincipalName,
      );
      current = { userPrincipalName, displayName: persona?.displayName ?? userPrincipalName };
      return Promise.resolve(current);
    },
    signOut: () => {
      calls.signOut += 1;
      current = undefined;
      return Promise.resolve();
    },
  };
  return { source, calls };
}
