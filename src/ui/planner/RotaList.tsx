import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Link,
  Select,
  Spinner,
  Subtitle2,
} from '@fluentui/react-components';
import { useState } from 'react';
import { memberId, type OccurrenceId } from '../../domain/ids';
import { describeRotaReason, type RotaEntry } from '../../domain/planning';
import { FailureMessage } from '../shell/ProblemMessage';
import { localMeetingUrl } from './plannerService';
import { formatMeetingDate, usePlannerStyles } from './plannerStyles';
import type { Planner } from './usePlanner';

export interface RotaListProps {
  readonly planner: Planner;
  readonly groupId: string;
  /** Link each meeting to the local meeting page (emulator runs). */
  readonly linkMeetings: boolean;
}

const ROTATION_DECIDES = '';

/**
 * The Mission Moment rota, one meeting a row: date, presenter, why them, who was skipped as away.
 * Once the series is scheduled, two meetings can swap presenters and any meeting can get a
 * presenter chosen by hand; both update the invitations in place.
 */
export function RotaList({ planner, groupId, linkMeetings }: RotaListProps) {
  const styles = usePlannerStyles();
  const [picked, setPicked] = useState<readonly OccurrenceId[]>([]);
  const { rota, stored } = planner;
  if (rota.status === 'idle') return null;
  const cadence = stored?.value.cadence;
  const canChange =
    rota.status === 'ready' &&
    rota.source === 'scheduled' &&
    planner.isScheduled &&
    !planner.isBusy;
  const togglePick = (id: OccurrenceId, isPicked: boolean) =>
    setPicked((current) =>
      isPicked
        ? [...current.filter((known) => known !== id), id].slice(-2)
        : current.filter((known) => known !== id),
    );
  const entries = rota.status === 'ready' ? rota.entries : [];
  const dateOf = (id: OccurrenceId | undefined) =>
    formatMeetingDate(entries.find((entry) => entry.occurrenceId === id)?.date ?? '');
  const [first, second] = picked;
  return (
    <section className={styles.section} aria-labelledby="planner-rota-heading">
      <Subtitle2 as="h2" id="planner-rota-heading" className={styles.heading}>
        Mission Moment rota
      </Subtitle2>
      {rota.status === 'loading' && <Spinner size="small" label="Planning the rota…" />}
      {rota.status === 'failed' && <FailureMessage error={rota.error} doing="plan the rota" />}
      {rota.status === 'ready' && (
        <>
          <Caption1 className={styles.muted}>
            {rota.source === 'scheduled'
              ? 'Each invitation names its presenter. Pick two meetings to swap their presenters, or choose a presenter for one meeting.'
              : 'A preview of who tells the Mission Moment: scheduling puts it in the invitations.'}
          </Caption1>
          {canChange && (
            <div className={styles.actions}>
              <Button
                appearance="primary"
                disabled={!first || !second}
                onClick={() => {
                  if (first && second) planner.swap(first, second);
                  setPicked([]);
                }}
              >
                {first && second
                  ? `Swap presenters of ${dateOf(first)} and ${dateOf(second)}`
                  : 'Swap presenters (pick two meetings)'}
              </Button>
            </div>
          )}
          <ol className={styles.list} aria-label="Meetings and their presenters">
            {rota.entries.map((entry) => (
              <RotaRow
                key={entry.occurrenceId}
                entry={entry}
                planner={planner}
                canChange={canChange}
                isPicked={picked.includes(entry.occurrenceId)}
                onPick={(isPicked) => togglePick(entry.occurrenceId, isPicked)}
                meetingUrl={
                  linkMeetings && cadence && rota.source === 'scheduled'
                    ? localMeetingUrl({
                        groupId,
                        cadenceId: cadence.id,
                        occurrenceId: entry.occurrenceId,
                      })
                    : undefined
                }
                rotation={cadence?.rotation.memberIds ?? []}
                fixed={
                  cadence?.rotation.overrides.find(
                    (override) => override.occurrenceId === entry.occurrenceId,
                  )?.memberId
                }
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function RotaRow(props: {
  readonly entry: RotaEntry;
  readonly planner: Planner;
  readonly canChange: boolean;
  readonly isPicked: boolean;
  onPick(isPicked: boolean): void;
  readonly meetingUrl: string | undefined;
  readonly rotation: readonly string[];
  readonly fixed: string | undefined;
}) {
  const { entry, planner } = props;
  const styles = usePlannerStyles();
  const date = formatMeetingDate(entry.date);
  const presenter = entry.presenterId
    ? (planner.nameOf(entry.presenterId) ?? entry.presenterId)
    : 'No presenter';
  const away = entry.skipped.map((skip) => planner.nameOf(skip.memberId) ?? skip.memberId);
  return (
    <li className={styles.item}>
      <div className={styles.row}>
        <Body1>
          <strong>{date}</strong>: {presenter}
        </Body1>
        {props.meetingUrl && (
          <Link href={props.meetingUrl} aria-label={`Open meeting of ${date}`}>
            Open meeting
          </Link>
        )}
      </div>
      <Caption1>{describeRotaReason(entry)}</Caption1>
      {away.length > 0 && <Caption1>Away that day: {away.join(', ')}</Caption1>}
      {props.canChange && (
        <div className={styles.row}>
          <Checkbox
            checked={props.isPicked}
            onChange={(_, data) => props.onPick(data.checked === true)}
            label={`Swap ${date}`}
          />
          <Field label={`Presenter on ${date}`} size="small">
            <Select
              className={styles.control}
              select={{ className: styles.selectInner }}
              size="small"
              value={props.fixed ?? ROTATION_DECIDES}
              onChange={(_, data) =>
                planner.override(
                  entry.occurrenceId,
                  data.value === ROTATION_DECIDES ? undefined : memberId(data.value),
                )
              }
            >
              <option value={ROTATION_DECIDES}>Rotation decides</option>
              {props.rotation.map((id) => (
                <option key={id} value={id}>
                  {planner.nameOf(id) ?? id}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      )}
    </li>
  );
}
