import { Field, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { MISSION_MOMENT_VIEWS } from '../../../domain/insights';
import type { MissionMomentEntry, MissionMomentView } from '../../../domain/insights';
import type { InsightPart, TeamInsightRecords } from '../../../graph/insights';
import { countOf, displayDate } from './displayDate';
import type { InsightSectionProps } from './insightSection';
import { useInsightStyles } from './insightStyles';
import { SectionFrame } from './SectionFrame';
import { StatusBadge } from './StatusBadge';
import { useInsightRecords } from './useInsightRecords';
import { useMissionMomentLibrary } from './useMissionMomentLibrary';

const LIBRARY_PARTS: readonly InsightPart[] = ['missionMoments', 'meetings', 'cadences'];

const useStyles = makeStyles({
  views: {
    flexWrap: 'wrap',
  },
  prompt: {
    margin: 0,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  answer: {
    margin: 0,
    whiteSpace: 'pre-wrap',
  },
  prompts: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
});

/** What the summary line says in each view: why the person is looking. */
const VIEW_INTRO: Readonly<Record<MissionMomentView, string>> = {
  all: 'Every story told at the start of a CX meeting, newest first.',
  celebrate: 'Moments that lived up to our CX mission: recognise the people who made them happen.',
  lessons: 'Moments that missed our CX mission: what we learnt and what to change.',
};

/**
 * The Mission Moment library: every story with its four prompts, presenter and date; lived and
 * missed counted; a "celebrate" view of the moments that lived up to the mission and a "lessons"
 * view of those that missed it.
 */
export function MissionMomentLibrarySection(props: InsightSectionProps) {
  const state = useInsightRecords({
    workspace: props.workspace,
    parts: LIBRARY_PARTS,
    now: props.now,
  });
  return (
    <SectionFrame title="Mission Moment library" doing="read the Mission Moments" state={state}>
      {(records) => <Library {...props} records={records} />}
    </SectionFrame>
  );
}

function Library(props: InsightSectionProps & { readonly records: TeamInsightRecords }) {
  const styles = useInsightStyles();
  const own = useStyles();
  const library = useMissionMomentLibrary(props);
  if (library.all.length === 0) {
    return (
      <p className={styles.emptyState}>
        No Mission Moments yet: at the start of each CX meeting the presenter tells a customer or
        employee story and captures it in the meeting side panel.
      </p>
    );
  }
  const { outcomes } = library;
  return (
    <>
      <Field label="Show">
        <RadioGroup
          layout="horizontal"
          className={own.views}
          value={library.view}
          onChange={(_, data) => library.setView(data.value as MissionMomentView)}
        >
          {MISSION_MOMENT_VIEWS.map((view) => (
            <Radio key={view.view} value={view.view} label={view.label} />
          ))}
        </RadioGroup>
      </Field>
      <p className={styles.summary} role="status">
        {`${countOf(outcomes.total, 'Mission Moment')}: ${outcomes.lived} lived up to our CX mission, ${outcomes.missed} missed it. ${VIEW_INTRO[library.view]}`}
      </p>
      {library.visible.length === 0 ? (
        <p className={styles.emptyState}>
          {library.view === 'celebrate'
            ? 'No moment has lived up to our CX mission yet: keep telling the stories, the first one to celebrate will show here.'
            : 'No moment has missed our CX mission yet: when one does, its lesson will show here.'}
        </p>
      ) : (
        <ul className={styles.list} aria-label="Mission Moments">
          {library.visible.map((entry) => (
            <MomentCard key={entry.moment.id} entry={entry} view={library.view} />
          ))}
        </ul>
      )}
    </>
  );
}

function MomentCard(props: {
  readonly entry: MissionMomentEntry;
  readonly view: MissionMomentView;
}) {
  const styles = useInsightStyles();
  const own = useStyles();
  const { moment } = props.entry;
  const prompts: [string, string | undefined][] = [
    ['What moment did you witness or deliver?', moment.story],
    [
      moment.livedUpToMission
        ? 'Why did it live up to our CX mission?'
        : 'Why did it miss our CX mission?',
      moment.why,
    ],
    ['Is there a person or team to celebrate?', moment.celebrate],
    ['Is there a lesson or an idea to improve things?', moment.lesson],
  ];
  // The view's own prompt comes right after the story: who to thank, or what to change.
  const focus = props.view === 'celebrate' ? 2 : props.view === 'lessons' ? 3 : undefined;
  const ordered =
    focus === undefined
      ? prompts
      : [
          prompts[0],
          prompts[focus],
          ...prompts.filter((_, index) => index !== 0 && index !== focus),
        ];
  return (
    <li className={styles.card}>
      <h3 className={styles.cardTitle}>
        {`${props.entry.presenterName}, ${displayDate(props.entry.date)}`}
      </h3>
      <div className={styles.badges}>
        <StatusBadge color={moment.livedUpToMission ? 'success' : 'danger'}>
          {props.entry.outcomeLabel}
        </StatusBadge>
      </div>
      <dl className={own.prompts}>
        {ordered.map((prompt) =>
          prompt ? (
            <div key={prompt[0]}>
              <dt className={own.prompt}>{prompt[0]}</dt>
              <dd className={own.answer}>{prompt[1] ?? 'Nothing noted'}</dd>
            </div>
          ) : null,
        )}
      </dl>
    </li>
  );
}
