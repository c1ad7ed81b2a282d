import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Persona, PersonaSource } from './personaSource';
import { usePersonaSignIn, type PersonaSignIn } from './usePersonaSignIn';

export interface SignInScreenProps {
  /** Who can sign in, and how (the emulator's personas in a local run). */
  readonly source: PersonaSource;
}

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    maxWidth: '480px',
  },
  dropdown: {
    minWidth: 0,
    width: '100%',
  },
  option: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
  },
  details: {
    color: tokens.colorNeutralForeground3,
  },
  signInButton: {
    alignSelf: 'flex-start',
  },
});

/**
 * The first screen of a local run: pick one of the emulator's personas (name, department, time
 * zone) and sign in as them. Says plainly when the emulator does not answer.
 */
export function SignInScreen({ source }: SignInScreenProps) {
  const signIn = usePersonaSignIn(source);
  const styles = useStyles();
  if (signIn.status === 'loading') {
    return <Spinner size="small" label="Asking the emulator who can sign in…" />;
  }
  if (signIn.status === 'unavailable') {
    return <Unavailable signIn={signIn} />;
  }
  if (signIn.status === 'signedIn' && signIn.account) {
    return (
      <section className={styles.form} aria-label="Signed in">
        <Subtitle2 as="h2">Signed in as {signIn.account.displayName}</Subtitle2>
        <Caption1 className={styles.details}>{signIn.account.userPrincipalName}</Caption1>
        <Body1>
          This local run is signed in to the Graph emulator. The CX hub, cadence planner, meeting
          side panel and summary are not built yet.
        </Body1>
        <Button className={styles.signInButton} onClick={() => void signIn.switchPersona()}>
          Sign in as someone else
        </Button>
      </section>
    );
  }
  return <PersonaPicker signIn={signIn} />;
}

function Unavailable({ signIn }: { readonly signIn: PersonaSignIn }) {
  const styles = useStyles();
  return (
    <div className={styles.form}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>No emulator</MessageBarTitle>
          {signIn.problem}
        </MessageBarBody>
      </MessageBar>
      <Button className={styles.signInButton} onClick={signIn.retry}>
        Try again
      </Button>
    </div>
  );
}

function PersonaPicker({ signIn }: { readonly signIn: PersonaSignIn }) {
  const styles = useStyles();
  const isSigningIn = signIn.status === 'signingIn';
  return (
    <form
      className={styles.form}
      aria-label="Sign in"
      onSubmit={(event) => {
        event.preventDefault();
        void signIn.signIn();
      }}
    >
      <Body1>Pick who you are in the demo tenant.</Body1>
      <Field label="Persona" hint={signIn.selected ? personaDetails(signIn.selected) : undefined}>
        <Dropdown
          className={styles.dropdown}
          placeholder="Choose a persona"
          value={signIn.selected?.displayName ?? ''}
          selectedOptions={signIn.selected ? [signIn.selected.userPrincipalName] : []}
          onOptionSelect={(_event, data) => signIn.select(data.optionValue)}
          disabled={isSigningIn}
        >
          {signIn.personas.map((persona) => (
            <Option
              key={persona.userPrincipalName}
              value={persona.userPrincipalName}
              text={persona.displayName}
            >
              <span className={styles.option}>
                <span>{persona.displayName}</span>
                <Caption1 className={styles.details}>{personaDetails(persona)}</Caption1>
              </span>
            </Option>
          ))}
        </Dropdown>
      </Field>
      {signIn.problem && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{signIn.problem}</MessageBarBody>
        </MessageBar>
      )}
      <Button
        type="submit"
        appearance="primary"
        className={styles.signInButton}
        disabled={!signIn.selected || isSigningIn}
      >
        {isSigningIn ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}

/** "Customer Experience · Pacific Standard Time", leaving out what the directory does not say. */
function personaDetails(persona: Persona): string {
  const parts = [persona.department ?? 'No department', persona.timeZone ?? 'No time zone set'];
  return parts.join(' · ');
}
