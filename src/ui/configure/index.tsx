/**
 * The configuration page (`configure.html`, the manifest's `configurationUrl`): Teams shows it when
 * someone adds CX Cadence as a tab to a channel, a group chat or a meeting. Signed in, it shows
 * which CX team the tab is for and what it will show, and answers Teams' Save. Opened in a browser
 * (`npm start`), it says what it is and shows what would be saved.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import { useState } from 'react';
import { buildTimeEnvironment, readAppConfig, type AppConfig } from '../../auth/config';
import {
  HostProvider,
  createTeamsHost,
  themeFromUrl,
  useFluentTheme,
  useHostContext,
  useNotifySuccess,
  type HostContext,
} from '../../host';
import { AppShell } from '../shell/AppShell';
import { mountSurface } from '../shell/mountSurface';
import { SignInScreen } from '../signIn/SignInScreen';
import { ConfigureScreen } from './ConfigureScreen';
import { useConfigureSignIn } from './useConfigureSignIn';

type Setup =
  | { readonly kind: 'ready'; readonly config: AppConfig }
  | { readonly kind: 'misconfigured'; readonly message: string };

function readSetup(): Setup {
  try {
    return { kind: 'ready', config: readAppConfig(buildTimeEnvironment()) };
  } catch (error) {
    return { kind: 'misconfigured', message: (error as Error).message };
  }
}

function ConfigureSurface() {
  const theme = useFluentTheme();
  const hostState = useHostContext();
  const [setup] = useState(readSetup);
  useNotifySuccess(hostState.status !== 'loading');
  return (
    <AppShell theme={theme} title="Set up the tab">
      {hostState.status === 'loading' && <Spinner size="small" label="Connecting to Teams…" />}
      {hostState.status === 'failed' && (
        <Problem title="Teams did not answer">{hostState.error.message}</Problem>
      )}
      {hostState.status === 'ready' && setup.kind === 'misconfigured' && (
        <Problem title="This build is misconfigured">{setup.message}</Problem>
      )}
      {hostState.status === 'ready' && setup.kind === 'ready' && (
        <SignedInConfigure config={setup.config} context={hostState.context} />
      )}
    </AppShell>
  );
}

function SignedInConfigure(props: { readonly config: AppConfig; readonly context: HostContext }) {
  const signIn = useConfigureSignIn({ ...props, pageOrigin: location.origin });
  if (signIn.status === 'personas') return <SignInScreen source={signIn.source} />;
  if (signIn.status === 'signingIn') return <Spinner size="small" label="Signing in…" />;
  if (signIn.status === 'needsSignIn') {
    return (
      <>
        {signIn.problem && <Problem title="Sign-in failed">{signIn.problem}</Problem>}
        <Button appearance="primary" onClick={signIn.signIn}>
          Sign in
        </Button>
      </>
    );
  }
  return (
    <ConfigureScreen
      context={props.context}
      appUrl={props.config.appUrl ?? location.origin}
      loadJoinedTeams={signIn.loadJoinedTeams}
      signedInAs={signIn.account.displayName ?? signIn.account.userPrincipalName}
    />
  );
}

function Problem(props: { readonly title: string; readonly children: string }) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{props.title}</MessageBarTitle>
        {props.children}
      </MessageBarBody>
    </MessageBar>
  );
}

mountSurface(
  <HostProvider host={createTeamsHost({ theme: themeFromUrl(location.href) })}>
    <ConfigureSurface />
  </HostProvider>,
);
