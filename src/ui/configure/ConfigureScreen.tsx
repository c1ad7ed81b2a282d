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
import type { TabContent, TabPlace } from './tabConfiguration';
import {
  useTabConfiguration,
  type TabConfiguration,
  type TabConfigurationSetup,
} from './useTabConfiguration';

export interface ConfigureScreenProps extends TabConfigurationSetup {
  /** Who is signed in, shown so the user knows whose teams are listed. */
  readonly signedInAs?: string;
}

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    maxWidth: '560px',
    minWidth: 0,
  },
  dropdown: { minWidth: 0, width: '100%' },
  muted: { color: tokens.colorNeutralForeground3 },
  button: { alignSelf: 'flex-start' },
  preview: {
    display: 'grid',
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    minWidth: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, minWidth: 0, fontFamily: tokens.fontFamilyMonospace },
});

const PLACE_TEXT: Readonly<Record<TabPlace, string>> = {
  channel: 'You are adding CX Cadence to this channel.',
  chat: 'You are adding CX Cadence to this group chat.',
  meeting: 'You are adding CX Cadence to this meeting.',
  standalone: 'Opened in a browser, this page adds CX Cadence nowhere.',
};

const CONTENT_TEXT: Readonly<Record<TabContent, string>> = {
  hub: 'The tab shows the CX hub: charter, roster, decision log, Mission Moments, actions and cadence health.',
  sidePanel:
    "The tab shows the meeting side panel during the meeting (agenda, Mission Moment, quick capture) and the meeting's summary after it.",
};

/** The configuration page: where the tab goes, what it shows, and which CX team it is for. */
export function ConfigureScreen({ signedInAs, ...setup }: ConfigureScreenProps) {
  const tab = useTabConfiguration(setup);
  const styles = useStyles();
  return (
    <section className={styles.form} aria-label="Set up the tab">
      {tab.place === 'standalone' && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Teams&apos; tab setup page</MessageBarTitle>
            Teams shows this page when someone adds CX Cadence as a tab to a channel, a group chat
            or a meeting, and saves the choice with its own Save button. Here it shows what would be
            saved.
          </MessageBarBody>
        </MessageBar>
      )}
      <Body1>{PLACE_TEXT[tab.place]}</Body1>
      <Body1>{CONTENT_TEXT[tab.content]}</Body1>
      {signedInAs && <Caption1 className={styles.muted}>Signed in as {signedInAs}</Caption1>}
      <TeamChoice tab={tab} />
      {tab.place === 'standalone' && <Preview tab={tab} />}
    </section>
  );
}

function TeamChoice({ tab }: { readonly tab: TabConfiguration }) {
  const styles = useStyles();
  if (tab.isTeamFixed) {
    return <Subtitle2 as="h2">CX team: {tab.teamName ?? "this channel's team"}</Subtitle2>;
  }
  if (tab.joinedTeams.status === 'loading') {
    return <Spinner size="small" label="Loading your teams…" />;
  }
  if (tab.joinedTeams.status === 'failed') {
    return (
      <>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{tab.joinedTeams.problem}</MessageBarBody>
        </MessageBar>
        <Button className={styles.button} onClick={tab.retry}>
          Try again
        </Button>
      </>
    );
  }
  const { teams } = tab.joinedTeams;
  if (teams.length === 0) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          You are not a member of any team. Ask your CX lead to add you to the CX team, then open
          this page again.
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <Field
      label="CX team"
      hint={tab.groupId ? undefined : 'Choose the team whose CX Charter this tab is for.'}
    >
      <Dropdown
        className={styles.dropdown}
        placeholder="Choose a team"
        value={tab.teamName ?? ''}
        selectedOptions={tab.groupId ? [tab.groupId] : []}
        onOptionSelect={(_event, data) => tab.choose(data.optionValue)}
      >
        {teams.map((team) => (
          <Option key={team.groupId} value={team.groupId}>
            {team.displayName}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

function Preview({ tab }: { readonly tab: TabConfiguration }) {
  const styles = useStyles();
  const saved = tab.configuration;
  if (!saved) return null;
  const rows: readonly (readonly [string, string])[] = [
    ['Tab name', saved.suggestedDisplayName],
    ['Entity id', saved.entityId],
    ['Content URL', saved.contentUrl],
    ['Website URL', saved.websiteUrl],
  ];
  return (
    <section aria-label="What would be saved">
      <Subtitle2 as="h2">What would be saved</Subtitle2>
      <dl className={styles.preview}>
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
