import { Button, Spinner } from '@fluentui/react-components';
import { Suspense, lazy, useState, type ReactNode } from 'react';
import { buildTimeEnvironment, readAppConfig, type AppConfig } from '../../auth/config';
import type { SignedInAccount } from '../../auth/signInSession';
import type { GraphClient } from '../../graph/client';
import { useFluentTheme, useHostContext, useNotifySuccess } from '../../host/hostHooks';
import type { HostContext } from '../../host/hostContext';
import { AppShell } from './AppShell';
import { ProblemMessage } from './ProblemMessage';
import { useSurfaceSignIn } from './useSurfaceSignIn';

/** Everything a signed-in surface starts from. */
export interface SignedInSurface {
  readonly config: AppConfig;
  readonly context: HostContext;
  readonly account: SignedInAccount;
  /** Signed in as `account`, talking to the build's Graph (the emulator in a local run). */
  readonly graph: GraphClient;
}

export interface SurfacePageProps {
  /** What this surface is, shown in the header ("CX hub"). */
  readonly title: string;
  /** The surface's content once someone is signed in. */
  readonly children: (surface: SignedInSurface) => ReactNode;
}

// The persona picker (a Fluent Dropdown and its positioning code) serves only a first local run
// against the emulator: Teams, Outlook and a remembered persona never fetch it.
const SignInScreen = lazy(() =>
  import('../signIn/SignInScreen').then((module) => ({ default: module.SignInScreen })),
);

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

/**
 * The frame of every signed-in surface: the host's theme, waiting for the host, a misconfigured
 * build explained, sign-in (the persona picker against the emulator, silent in Teams and Outlook,
 * a button for the browser popup), then the surface. Tells the host the app loaded once something
 * other than a spinner shows.
 */
export function SurfacePage({ title, children }: SurfacePageProps) {
  const theme = useFluentTheme();
  const hostState = useHostContext();
  const [setup] = useState(readSetup);
  useNotifySuccess(hostState.status !== 'loading');
  return (
    <AppShell theme={theme} title={title}>
      {hostState.status === 'loading' && <Spinner size="small" label="Connecting to Teams…" />}
      {hostState.status === 'failed' && (
        <ProblemMessage title="Teams did not answer">{hostState.error.message}</ProblemMessage>
      )}
      {hostState.status === 'ready' && setup.kind === 'misconfigured' && (
        <ProblemMessage title="This build is misconfigured">{setup.message}</ProblemMessage>
      )}
      {hostState.status === 'ready' && setup.kind === 'ready' && (
        <SignedIn config={setup.config} context={hostState.context}>
          {children}
        </SignedIn>
      )}
    </AppShell>
  );
}

function SignedIn(props: {
  readonly config: AppConfig;
  readonly context: HostContext;
  readonly children: (surface: SignedInSurface) => ReactNode;
}) {
  const { config, context } = props;
  const signIn = useSurfaceSignIn({ config, context, pageOrigin: location.origin });
  if (signIn.status === 'personas') {
    return (
      <Suspense fallback={<Spinner size="small" label="Loading the sign-in…" />}>
        <SignInScreen source={signIn.source} />
      </Suspense>
    );
  }
  if (signIn.status === 'signingIn') return <Spinner size="small" label="Signing in…" />;
  if (signIn.status === 'needsSignIn') {
    return (
      <>
        {signIn.problem && <ProblemMessage title="Sign-in failed">{signIn.problem}</ProblemMessage>}
        <Button appearance="primary" onClick={signIn.signIn}>
          Sign in
        </Button>
      </>
    );
  }
  return props.children({ config, context, account: signIn.account, graph: signIn.graph });
}
