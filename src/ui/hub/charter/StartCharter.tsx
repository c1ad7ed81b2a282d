import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalM,
  },
  heading: { margin: 0 },
});

/** What a team without a charter sees: what a charter is, and the standard one to begin from. */
export function StartCharter(props: { onStart(): void }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        This team has no charter yet
      </Text>
      <Text>
        A CX charter says what the team is for and how it works: its vision and mission, the problem
        it solves, how success is measured, its goals, its roles and who decides what. Start from
        the standard charter, then change it to fit your team and save it.
      </Text>
      <Button appearance="primary" onClick={props.onStart}>
        Start from the standard charter
      </Button>
    </section>
  );
}
