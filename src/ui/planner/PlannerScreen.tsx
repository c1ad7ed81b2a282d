import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Subtitle2,
} from '@fluentui/react-components';
import { describeCadence } from '../../domain/recurrence';
import type { PlannedScheduleStep } from '../../graph/planning';
import { PLANNED_SCHEDULE_STEPS } from '../../graph/planning';
import type { ScheduledCadence } from '../../graph/scheduling';
import { FailureMessage, ProblemMessage } from '../shell/ProblemMessage';
import { CadenceForm } from './CadenceForm';
import { usePlannerStyles } from './plannerStyles';
import type { PlannerService } from './plannerService';
import { RotaList } from './RotaList';
import { SlotList } from './SlotList';
import { NEW_CADENCE, usePlanner, type Planner, type RunState } from './usePlanner';

export interface PlannerScreenProps {
  readonly service: PlannerService;
  readonly groupId: string;
  /** Link each meeting to the local meeting page (emulator runs only). */
  readonly linkMeetings: boolean;
  readonly now: () => Date;
  readonly newCadenceId: () => string;
  readonly browserTimeZone: string;
  /** Time zones the time-zone field suggests. */
  readonly timeZones: readonly string[];
}

/**
 * The cadence planner: choose or start a cadence, fill in who, how long, how often, when and
 * where; find the best recurring time; schedule it; then keep the Mission Moment rota, reschedule
 * or cancel.
 */
export function PlannerScreen(props: PlannerScreenProps) {
  const styles = usePlannerStyles();
  const planner = usePlanner(props);
  const { load, form } = planner;
  if (load.status === 'loading') {
    return <Spinner size="small" label="Loading the team, its charter and its cadences…" />;
  }
  if (load.status === 'failed') {
    return (
      <FailureMessage
        error={load.error}
        doing="open the planner"
        actions={<Button onClick={planner.retryLoad}>Try again</Button>}
      />
    );
  }
  const { data } = load;
  return (
    <div className={styles.page}>
      {data.unreadable.length > 0 && (
        <ProblemMessage title="Some saved cadences cannot be read">
          {data.unreadable.map((problem) => problem.message).join(' ')}
        </ProblemMessage>
      )}
      <CadenceChoice planner={planner} />
      {form && (
        <section className={styles.section} aria-labelledby="planner-form-heading">
          <Subtitle2 as="h2" id="planner-form-heading" className={styles.heading}>
            {planner.isScheduled ? 'Reschedule the meetings' : 'Plan the meetings'}
          </Subtitle2>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              planner.schedule();
            }}
            className={styles.page}
          >
            <CadenceForm
              planner={planner}
              form={form}
              members={data.members}
              searchPeople={props.service.searchPeople}
              timeZones={props.timeZones}
            />
            {planner.issues.form && (
              <ProblemMessage title="Please check">{planner.issues.form}</ProblemMessage>
            )}
            <div className={styles.actions}>
              <Button disabled={planner.isBusy} onClick={planner.findBestTime}>
                Find the best time
              </Button>
              <Button appearance="primary" type="submit" disabled={planner.isBusy}>
                {planner.isScheduled ? 'Update the series' : 'Schedule'}
              </Button>
            </div>
          </form>
        </section>
      )}
      <RunStatus planner={planner} />
      <SlotList planner={planner} />
      <RotaList planner={planner} groupId={props.groupId} linkMeetings={props.linkMeetings} />
      {planner.isScheduled && <CancelSeries planner={planner} />}
    </div>
  );
}

function CadenceChoice({ planner }: { readonly planner: Planner }) {
  const styles = usePlannerStyles();
  return (
    <section className={styles.section} aria-labelledby="planner-cadences-heading">
      <Subtitle2 as="h2" id="planner-cadences-heading" className={styles.heading}>
        Cadences
      </Subtitle2>
      {planner.cadences.length === 0 ? (
        <Body1>This team has no cadence yet: plan its first one below.</Body1>
      ) : null}
      <Field label="Cadence">
        <Select
          className={styles.control}
          select={{ className: styles.selectInner }}
          value={planner.selected}
          disabled={planner.isBusy}
          onChange={(_, data) => planner.selectCadence(data.value)}
        >
          {planner.cadences.map((record) => (
            <option key={record.value.cadence.id} value={record.value.cadence.id}>
              {record.value.cadence.title} · {record.value.seriesId ? 'scheduled' : 'not scheduled'}{' '}
              · {describeCadence(record.value.cadence.recurrence.frequency)}
            </option>
          ))}
          <option value={NEW_CADENCE}>New cadence</option>
        </Select>
      </Field>
    </section>
  );
}

const STEP_LABELS: Readonly<Record<PlannedScheduleStep, string>> = {
  record: "Save the cadence in the team's records",
  team: 'Check the attendees and the CX Cadence app',
  freeBusy: "Read everyone's free/busy",
  series: 'Create or update the Teams meeting series',
  occurrences: 'Read the meetings and their meeting chat',
  presenters: "Name each meeting's Mission Moment presenter",
  sidePanel: 'Add the CX Cadence side panel to the meeting chat',
  seriesId: 'Keep the series with the cadence',
};

const RUN_DOING: Readonly<
  Record<Exclude<RunState, { status: 'idle' | 'cancelled' }>['kind'], string>
> = {
  schedule: 'schedule the cadence',
  swap: 'swap the presenters',
  override: 'change the presenter',
  cancel: 'cancel the series',
};

/** Progress of a run, step by step, then what it did or what failed. Announced as it changes. */
function RunStatus({ planner }: { readonly planner: Planner }) {
  const styles = usePlannerStyles();
  const { run } = planner;
  if (run.status === 'idle') return null;
  return (
    <section className={styles.section} aria-labelledby="planner-run-heading">
      <Subtitle2 as="h2" id="planner-run-heading" className={styles.heading}>
        Scheduling
      </Subtitle2>
      <div role="status" aria-live="polite">
        {run.status === 'running' && run.kind !== 'cancel' && (
          <ol className={styles.steps} aria-label="Progress">
            {PLANNED_SCHEDULE_STEPS.map((step, index) => {
              const isDone = run.done.includes(step);
              const isCurrent = !isDone && index === run.done.length;
              return (
                <li key={step}>
                  <Body1>
                    {STEP_LABELS[step]}: {isDone ? 'done' : isCurrent ? 'in progress…' : 'waiting'}
                  </Body1>
                </li>
              );
            })}
          </ol>
        )}
        {run.status === 'running' && run.kind === 'cancel' && (
          <Spinner size="small" label="Cancelling the series…" />
        )}
        {run.status === 'scheduled' && <ScheduledSummary result={run.result} />}
        {run.status === 'cancelled' && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Series cancelled</MessageBarTitle>
              Outlook sent everyone the cancellation. The cadence stays in the team&apos;s records:
              schedule it again any time.
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {run.status === 'failed' && (
        <FailureMessage
          error={run.error}
          doing={RUN_DOING[run.kind]}
          actions={
            run.kind === 'schedule' ? (
              <Button onClick={planner.schedule}>Try again</Button>
            ) : run.kind === 'cancel' ? (
              <Button onClick={() => void planner.cancel()}>Try again</Button>
            ) : undefined
          }
        />
      )}
    </section>
  );
}

const SERIES_WORDS: Readonly<Record<ScheduledCadence['writes']['series'], string>> = {
  created: 'Meeting series created',
  updated: 'Meeting series updated',
  unchanged: 'Meeting series already up to date',
};

function ScheduledSummary({ result }: { readonly result: ScheduledCadence }) {
  const { writes } = result;
  const presenters =
    writes.presenterUpdates === 0
      ? 'Every invitation already names its Mission Moment presenter.'
      : `${writes.presenterUpdates} ${writes.presenterUpdates === 1 ? 'invitation names' : 'invitations name'} their Mission Moment presenter.`;
  const sidePanel = writes.tabAdded
    ? 'The CX Cadence side panel was added to the meeting chat.'
    : 'The CX Cadence side panel is in the meeting chat.';
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{SERIES_WORDS[writes.series]}</MessageBarTitle>
        {result.occurrences.length} meetings. {presenters} {sidePanel}
        {result.attendeesOutsideTeam.length > 0
          ? ` ${result.attendeesOutsideTeam.length} invited from outside the CX team.`
          : ''}
      </MessageBarBody>
    </MessageBar>
  );
}

function CancelSeries({ planner }: { readonly planner: Planner }) {
  const styles = usePlannerStyles();
  const title = planner.stored?.value.cadence.title ?? 'this cadence';
  return (
    <section className={styles.section} aria-labelledby="planner-cancel-heading">
      <Subtitle2 as="h2" id="planner-cancel-heading" className={styles.heading}>
        Cancel the series
      </Subtitle2>
      <Body1>Takes every meeting of {title} off everyone&apos;s calendar.</Body1>
      <Dialog>
        <DialogTrigger disableButtonEnhancement>
          <Button disabled={planner.isBusy}>Cancel the series…</Button>
        </DialogTrigger>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Cancel {title}?</DialogTitle>
            <DialogContent>
              Outlook sends every attendee a cancellation and removes all the meetings still to
              come. The cadence stays in the team&apos;s records, so you can schedule it again.
            </DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="primary" onClick={() => void planner.cancel()}>
                  Cancel the series
                </Button>
              </DialogTrigger>
              <DialogTrigger disableButtonEnhancement>
                <Button>Keep it</Button>
              </DialogTrigger>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
