/**
 * The sign-in surface (`signIn.html`): the emulator's persona picker inside the app shell, in the
 * host's theme (`?theme=dark` or `?theme=contrast` standalone). This is the page `npm start` opens
 * first in a local run.
 */
import { Body1, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useState } from 'react';
import { buildTimeEnvironment, readAppConfig, type AppConfig } from '../../auth/config';
import { createEmulatorSignIn } from '../../auth/emulatorSignIn';
import {
  HostProvider,
  createTeamsHost,
  themeFromUrl,
  useFluentTheme,
  useNotifySuccess,
} from '../../host';
import { AppShell } from '../shell/AppShell';
import { mountSurface } from '../shell/mountSurface';
import { emulatorPersonaSource } from './emulatorPersonaSource';
import type { PersonaSource } from './personaSource';
import { SignInScreen } from './SignInScreen';

type Setup =
  | { readonly kind: 'personas'; readonly source: PersonaSource }
  | { readonly kind: 'notEmulator' }
  | { readonly kind: 'misconfigured'; readonly message: string };

/** What this build can offer: the persona picker needs the emulator mode. */
function setupFrom(readConfig: () => AppConfig): Setup {
  let config: AppConfig;
  try {
    config = readConfig();
  } catch (error) {
    return { kind: 'misconfigured', message: (error as Error).message };
  }
  if (config.authMode !== 'emulator') return { kind: 'notEmulator' };
  const session = createEmulatorSignIn({ emulatorUrl: config.emulatorUrl });
  return { kind: 'personas', source: emulatorPersonaSource(session, config.emulatorUrl) };
}

function SignInSurface() {
  const theme = useFluentTheme();
  const [setup] = useState(() => setupFrom(() => readAppConfig(buildTimeEnvironment())));
  useNotifySuccess(true);
  return (
    <AppShell theme={theme} title="Sign in">
      {setup.kind === 'personas' && <SignInScreen source={setup.source} />}
      {setup.kind === 'notEmulator' && (
        <Body1>
          This build signs in with Microsoft Entra ID. The persona picker is for a local run against
          the Graph emulator (CX_CADENCE_AUTH_MODE=emulator).
        </Body1>
      )}
      {setup.kind === 'misconfigured' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>This build is misconfigured</MessageBarTitle>
            {setup.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </AppShell>
  );
}

mountSurface(
  <HostProvider host={createTeamsHost({ theme: themeFromUrl(location.href) })}>
    <SignInSurface />
  </HostProvider>,
);
