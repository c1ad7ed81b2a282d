import {
  Badge,
  Button,
  Link,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { countIssuesBySection, type CharterSection } from '../../domain/charter/charterForm';
import { decisionCategoryId, roleId } from '../../domain/ids';
import type { CxWorkspace } from '../../graph/workspace';
import { FailureMessage } from '../shell/ProblemMessage';
import { CharterEditor } from './charter/CharterEditor';
import {
  ActionTrackerSection,
  CadenceHealthSection,
  DecisionLogSection,
  MissionMomentLibrarySection,
} from './insights';
import { CHARTER_SECTION_LABELS, CharterSaveBar } from './charter/CharterSaveBar';
import { StartCharter } from './charter/StartCharter';
import { useCharterDraft, type CharterDraft } from './charter/useCharterDraft';
import type { HubSectionProps } from './hubSection';
import { DecisionRightsEditor } from './rights/DecisionRightsEditor';
import { RosterEditor } from './roster/RosterEditor';
import { useHubData, type HubData } from './useHubData';

/** What a hub section is given: the shared props, and the charter draft for the parts that edit it. */
export interface HubSectionContext {
  readonly section: HubSectionProps;
  readonly editor: CharterDraft;
  /** Makes ids for roles and categories the lead adds. */
  newId(): string;
}

export interface HubSectionDefinition {
  readonly id: string;
  /** The tab's label. */
  readonly label: string;
  /**
   * Set for the sections that edit the charter: they share one draft and one Save, and their tab
   * shows how many of the draft's problems it holds.
   */
  readonly charterPart?: CharterSection;
  render(context: HubSectionContext): ReactNode;
}

/** The governance sections render the draft, or the offer to start one. */
function withDraft(
  { editor }: HubSectionContext,
  render: (charter: NonNullable<CharterDraft['draft']>) => ReactNode,
): ReactNode {
  return editor.draft === undefined ? (
    <StartCharter onStart={editor.startFromStandard} />
  ) : (
    render(editor.draft)
  );
}

/**
 * The hub's sections, in tab order: the governance parts that edit the charter (one draft, one
 * Save), then the team's records, each reading what it shows when its tab opens.
 */
export const HUB_SECTIONS: readonly HubSectionDefinition[] = [
  {
    id: 'charter',
    label: CHARTER_SECTION_LABELS.charter,
    charterPart: 'charter',
    render: (context) =>
      withDraft(context, (charter) => (
        <CharterEditor
          charter={charter}
          issues={context.editor.issues}
          edit={context.editor.edit}
        />
      )),
  },
  {
    id: 'roster',
    label: CHARTER_SECTION_LABELS.roster,
    charterPart: 'roster',
    render: (context) =>
      withDraft(context, (charter) => (
        <RosterEditor
          charter={charter}
          issues={context.editor.issues}
          members={context.section.members}
          edit={context.editor.edit}
          newRoleId={() => roleId(context.newId())}
        />
      )),
  },
  {
    id: 'rights',
    label: CHARTER_SECTION_LABELS.rights,
    charterPart: 'rights',
    render: (context) =>
      withDraft(context, (charter) => (
        <DecisionRightsEditor
          charter={charter}
          issues={context.editor.issues}
          edit={context.editor.edit}
          newCategoryId={() => decisionCategoryId(context.newId())}
        />
      )),
  },
  {
    id: 'decisions',
    label: 'Decision log',
    render: ({ section }) => <DecisionLogSection {...section} charter={section.charter?.value} />,
  },
  {
    id: 'missionMoments',
    label: 'Mission Moments',
    render: ({ section }) => (
      <MissionMomentLibrarySection {...section} charter={section.charter?.value} />
    ),
  },
  {
    id: 'actions',
    label: 'Actions',
    render: ({ section }) => <ActionTrackerSection {...section} charter={section.charter?.value} />,
  },
  {
    id: 'health',
    label: 'Health',
    render: ({ section }) => <CadenceHealthSection {...section} charter={section.charter?.value} />,
  },
];

export interface HubScreenProps {
  readonly workspace: CxWorkspace;
  /** The hub's one clock. */
  readonly now: () => Date;
  /** Where the Outlook command's team agenda is left (`localStorage`). */
  readonly agendaStorage: Pick<Storage, 'setItem'>;
  /** Ids for roles and categories the lead adds; `crypto.randomUUID` by default. */
  readonly newId?: () => string;
  /** The sections to show; {@link HUB_SECTIONS} by default. */
  readonly sections?: readonly HubSectionDefinition[];
}

const useStyles = makeStyles({
  links: { marginBlockEnd: tokens.spacingVerticalS },
  tabs: { flexWrap: 'wrap', marginBlockEnd: tokens.spacingVerticalL },
  panel: { minWidth: 0 },
  badge: { marginInlineStart: tokens.spacingHorizontalXS },
});

/** The CX hub: the team's charter, roster and decision rights, and the team's records. */
export function HubScreen(props: HubScreenProps) {
  const data = useHubData({ workspace: props.workspace, agendaStorage: props.agendaStorage });
  if (data.status === 'loading') {
    return <Spinner size="small" label="Reading the team's charter and members…" />;
  }
  if (data.status === 'failed') {
    return (
      <FailureMessage
        error={data.error}
        doing={data.doing}
        actions={<Button onClick={data.retry}>Try again</Button>}
      />
    );
  }
  return <HubSections {...props} data={data} />;
}

const randomId = () => crypto.randomUUID();

function HubSections(props: HubScreenProps & { readonly data: HubData }) {
  const styles = useStyles();
  const idPrefix = useId();
  const { data, workspace, now } = props;
  const sections = props.sections ?? HUB_SECTIONS;
  const editor = useCharterDraft(data);
  const [selectedId, setSelectedId] = useState(sections[0]?.id);
  const selected = sections.find((section) => section.id === selectedId) ?? sections[0];
  const problemCounts = useMemo(() => countIssuesBySection(editor.issues), [editor.issues]);
  const context: HubSectionContext = {
    section: { workspace, charter: data.charter, members: data.members, now },
    editor,
    newId: props.newId ?? randomId,
  };
  const tabId = (id: string) => `${idPrefix}-tab-${id}`;

  return (
    <>
      <nav aria-label="Other CX Cadence pages" className={styles.links}>
        <Link href={`planner.html?groupId=${encodeURIComponent(workspace.groupId)}`}>
          Plan or change the meeting cadence
        </Link>
      </nav>
      <TabList
        className={styles.tabs}
        selectedValue={selected?.id}
        onTabSelect={(_, tab) => setSelectedId(String(tab.value))}
        aria-label="CX hub sections"
      >
        {sections.map((section) => {
          const problems = section.charterPart ? problemCounts[section.charterPart] : 0;
          return (
            <Tab key={section.id} id={tabId(section.id)} value={section.id}>
              {section.label}
              {problems > 0 && (
                <Badge className={styles.badge} color="danger" appearance="tint" size="small">
                  {problems} to fix
                </Badge>
              )}
            </Tab>
          );
        })}
      </TabList>
      {selected && (
        <div role="tabpanel" aria-labelledby={tabId(selected.id)} className={styles.panel}>
          {selected.render(context)}
          {selected.charterPart && editor.draft !== undefined && <CharterSaveBar draft={editor} />}
        </div>
      )}
    </>
  );
}
