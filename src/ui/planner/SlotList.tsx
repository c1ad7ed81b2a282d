import { Body1, Button, Caption1, Spinner, Subtitle2 } from '@fluentui/react-components';
import { explainSlot } from '../../domain/planning';
import { FailureMessage } from '../shell/ProblemMessage';
import { formatMeetingDate, usePlannerStyles } from './plannerStyles';
import type { Planner } from './usePlanner';

/**
 * The ranked recurring slots, best first: why each ranks where it does, and date by date who is
 * busy, away or outside their working hours. Choosing one sets the form's start time.
 */
export function SlotList({ planner }: { readonly planner: Planner }) {
  const styles = usePlannerStyles();
  const { slots } = planner;
  if (slots.status === 'idle') return null;
  return (
    <section className={styles.section} aria-labelledby="planner-slots-heading">
      <Subtitle2 as="h2" id="planner-slots-heading" className={styles.heading}>
        Best times
      </Subtitle2>
      {slots.status === 'loading' && (
        <Spinner size="small" label="Reading everyone's free/busy and working hours…" />
      )}
      {slots.status === 'failed' && (
        <FailureMessage
          error={slots.error}
          doing="find the best time"
          actions={<Button onClick={planner.findBestTime}>Try again</Button>}
        />
      )}
      {slots.status === 'ready' && slots.best.slots.length === 0 && (
        <Body1>No start time fits between 08:00 and 18:00 on these dates.</Body1>
      )}
      {slots.status === 'ready' && (
        <ol className={styles.list} aria-label="Ranked start times, best first">
          {slots.best.slots.map((slot) => {
            const explanation = explainSlot(slot, (id) => planner.nameOf(id));
            const isChosen = slots.chosenRank === slot.rank;
            const label = `${slot.startTime}–${slot.endTime} ${slot.timeZone}`;
            return (
              <li
                key={slot.rank}
                className={isChosen ? `${styles.item} ${styles.chosen}` : styles.item}
              >
                <Body1>
                  <strong>
                    {slot.rank}. {label}
                  </strong>
                  {isChosen ? ' (chosen)' : ''}
                </Body1>
                <Caption1>{explanation.summary}</Caption1>
                {explanation.dates.length > 0 && (
                  <details>
                    <summary>Who cannot make it, by date</summary>
                    <ul className={styles.notes}>
                      {explanation.dates.map((date) => (
                        <li key={date.date}>
                          <Caption1>
                            {formatMeetingDate(date.date)}: {date.notes.join('; ')}
                          </Caption1>
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
                <div className={styles.actions}>
                  <Button
                    size="small"
                    appearance={isChosen ? 'primary' : 'secondary'}
                    aria-pressed={isChosen}
                    onClick={() => planner.chooseSlot(slot)}
                  >
                    Use {slot.startTime}
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
