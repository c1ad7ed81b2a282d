import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { countIssuesBySection, type CharterSection } from '../../../domain/charter/charterForm';
import { FailureMessage } from '../../shell/ProblemMessage';
import { describeProblem } from '../../shell/problem';
import type { CharterDraft } from './useCharterDraft';

/** The hub's names for the sections that edit the charter, as its tabs show them. */
export const CHARTER_SECTION_LABELS: Readonly<Record<CharterSection, string>> = {
  charter: 'Charter',
  roster: 'Roles & roster',
  rights: 'Decision rights',
};

const useStyles = makeStyles({
  bar: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    marginInline: `calc(-1 * ${tokens.spacingHorizontalM})`,
    marginBlockStart: tokens.spacingVerticalXL,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
});

function whereToFix(draft: CharterDraft): string {
  const counts = countIssuesBySection(draft.issues);
  const places = (Object.keys(counts) as CharterSection[])
    .filter((section) => counts[section] > 0)
    .map((section) => `${CHARTER_SECTION_LABELS[section]} (${counts[section]})`);
  const total = draft.issues.length;
  return `${total === 1 ? 'One problem needs' : `${total} problems need`} fixing first, marked next to the fields: ${places.join(', ')}. Everything you entered is still here.`;
}

/**
 * Save for the charter's sections, kept in view at the bottom of the page, with what happened to
 * the last save: saved, the problems to fix, someone else's version saved first, or Graph's failure.
 */
export function CharterSaveBar({ draft }: { readonly draft: CharterDraft }) {
  const styles = useStyles();
  const { status, isDirty } = draft;
  const isSaving = status.kind === 'saving';
  return (
    <div className={styles.bar}>
      {status.kind === 'invalid' && draft.issues.length > 0 && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>The charter was not saved</MessageBarTitle>
            {whereToFix(draft)}
          </MessageBarBody>
        </MessageBar>
      )}
      {status.kind === 'conflict' && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Someone else saved the charter first</MessageBarTitle>
            {status.theirs
              ? 'Your changes were not saved and are still here. Load their version (your changes are dropped), or save again to replace their version with yours.'
              : 'Someone deleted the charter after you opened it. Your changes are still here: save again to store them as the team’s charter.'}
          </MessageBarBody>
          <MessageBarActions>
            {status.theirs && <Button onClick={draft.loadTheirs}>Load their version</Button>}
          </MessageBarActions>
        </MessageBar>
      )}
      {status.kind === 'failed' && (
        <FailureMessage
          error={status.error}
          doing="save the charter"
          actions={<Button onClick={() => void draft.save()}>Try again</Button>}
        />
      )}
      {status.kind === 'saved' && !isDirty && status.rosterProblem !== undefined && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Charter saved; the CX Roster list was not updated</MessageBarTitle>
            {describeProblem(status.rosterProblem, 'update the CX Roster list').message} The next
            save tries again.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void draft.retryRosterSync()}>Update the roster now</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button appearance="primary" disabled={isSaving} onClick={() => void draft.save()}>
          {status.kind === 'conflict' && status.theirs ? 'Save mine over theirs' : 'Save charter'}
        </Button>
        <Text role="status">
          {isSaving ? (
            <Spinner size="extra-tiny" label="Saving…" />
          ) : isDirty ? (
            'You have unsaved changes.'
          ) : status.kind === 'saved' ? (
            'Charter saved.'
          ) : (
            'No unsaved changes.'
          )}
        </Text>
      </div>
    </div>
  );
}
