import { Badge, Body1, Button, Caption1, Text, mergeClasses } from '@fluentui/react-components';
import type { AgendaSlot } from '../../domain/agenda';
import { formatTimerDuration, type AgendaItemTiming } from '../../domain/meetingPanel';
import type { MeetingTimerControls } from './useMeetingTimer';
import { usePanelStyles } from './panelStyles';
import { PanelSection } from './PanelSection';

export interface AgendaSectionProps {
  readonly schedule: readonly AgendaSlot[];
  readonly timer: MeetingTimerControls;
  /** Role names by id, for each item's owner. */
  readonly roleNames: ReadonlyMap<string, string>;
  /** "told by Sam Taylor", shown on the Mission Moment item. */
  readonly presenterLine: string | undefined;
}

/** The agenda with its time boxes and the running timer: start, next item, overrun shown. */
export function AgendaSection({ schedule, timer, roleNames, presenterLine }: AgendaSectionProps) {
  const styles = usePanelStyles();
  const { view } = timer;
  const current = view.currentIndex === undefined ? undefined : schedule[view.currentIndex];
  const currentTiming = view.currentIndex === undefined ? undefined : view.items[view.currentIndex];
  const isLast = view.currentIndex !== undefined && view.currentIndex === schedule.length - 1;
  return (
    <PanelSection title="Agenda">
      <div role="status" aria-live="polite">
        {view.status === 'notStarted' && (
          <Body1>The timer starts when you start the meeting.</Body1>
        )}
        {view.status === 'running' && current && currentTiming && (
          <Body1>
            Now: <strong>{current.item.title}</strong>
            {currentTiming.overrunSeconds > 0 ? ' · over time' : ''}
          </Body1>
        )}
        {view.status === 'finished' && <Body1>Meeting finished.</Body1>}
      </div>
      {view.status === 'running' && currentTiming && (
        <CurrentItemClock timing={currentTiming} remainingSeconds={view.remainingSeconds} />
      )}
      {view.status !== 'notStarted' && (
        <Caption1 className={styles.muted}>
          Meeting {formatTimerDuration(view.meetingElapsedSeconds)} of{' '}
          {formatTimerDuration(view.meetingPlannedSeconds)}
          {view.behindScheduleSeconds > 0
            ? ` · ${formatTimerDuration(view.behindScheduleSeconds)} behind the agenda`
            : ''}
        </Caption1>
      )}
      <div className={styles.buttons}>
        {view.status === 'notStarted' && (
          <Button appearance="primary" onClick={timer.start}>
            Start meeting
          </Button>
        )}
        {view.status === 'running' && (
          <Button appearance="primary" onClick={timer.next}>
            {isLast ? 'Finish meeting' : 'Next item'}
          </Button>
        )}
        {view.status !== 'notStarted' && <Button onClick={timer.reset}>Reset timer</Button>}
      </div>
      <ol className={styles.list} aria-label="Agenda items">
        {schedule.map((slot, index) => (
          <AgendaItemRow
            key={slot.item.id}
            slot={slot}
            timing={view.items[index]}
            ownerName={slot.item.ownerRoleId ? roleNames.get(slot.item.ownerRoleId) : undefined}
            presenterLine={slot.item.kind === 'missionMoment' ? presenterLine : undefined}
          />
        ))}
      </ol>
    </PanelSection>
  );
}

function CurrentItemClock(props: {
  readonly timing: AgendaItemTiming;
  readonly remainingSeconds: number;
}) {
  const { timing } = props;
  const isOver = timing.overrunSeconds > 0;
  return (
    <div>
      <Text size={600} weight="semibold" aria-hidden="true">
        {isOver
          ? formatTimerDuration(timing.overrunSeconds)
          : formatTimerDuration(props.remainingSeconds)}
      </Text>{' '}
      {isOver ? (
        <Badge appearance="filled" color="danger">
          Over by {formatTimerDuration(timing.overrunSeconds)}
        </Badge>
      ) : (
        <Caption1>left of {formatTimerDuration(timing.plannedSeconds)}</Caption1>
      )}
    </div>
  );
}

function AgendaItemRow(props: {
  readonly slot: AgendaSlot;
  readonly timing: AgendaItemTiming | undefined;
  readonly ownerName: string | undefined;
  readonly presenterLine: string | undefined;
}) {
  const styles = usePanelStyles();
  const { slot, timing } = props;
  const progress = timing?.progress ?? 'upcoming';
  return (
    <li
      className={mergeClasses(styles.listItem, progress === 'current' && styles.currentItem)}
      aria-current={progress === 'current' ? 'step' : undefined}
    >
      <Body1>
        <strong>{slot.item.title}</strong>
        {props.presenterLine ? ` — ${props.presenterLine}` : ''}
      </Body1>
      <Caption1 className={styles.muted}>
        {slot.timeBoxLabel} · {slot.item.minutes} min
        {props.ownerName ? ` · ${props.ownerName}` : ''}
      </Caption1>
      {progress === 'current' && <Caption1>Now</Caption1>}
      {progress === 'done' && timing && (
        <Caption1>
          Done in {formatTimerDuration(timing.elapsedSeconds)}
          {timing.overrunSeconds > 0 ? ` (${formatTimerDuration(timing.overrunSeconds)} over)` : ''}
        </Caption1>
      )}
    </li>
  );
}
