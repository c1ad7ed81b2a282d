import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { SignedInAccount } from '../../auth/signInSession';
import { occurrenceId, type MemberId } from '../../domain/ids';
import type { EntrySyncState } from '../../domain/meetingPanel';
import { invitedAttendance } from '../../domain/records/meetingRecord';
import type { MeetingPanelData, MeetingRef } from '../../graph/meetingPanel';
import { summaryPagePath } from '../summary/summaryUrl';
import { ActionSection, type CapturedAction } from './ActionSection';
import { CarryOverSection } from './CarryOverSection';
import { DecisionSection, type CapturedDecision } from './DecisionSection';
import { problemOf } from './EntrySyncLine';
import { MissionMomentSection } from './MissionMomentSection';
import type { PanelClock } from './panelClock';
import { usePanelStyles } from './panelStyles';
import type { CaptureContext } from './useCaptureForms';
import type { OutboxState } from './useOutbox';

export interface MeetingCaptureProps {
  readonly data: MeetingPanelData;
  readonly entries: OutboxState;
  readonly memberNames: ReadonlyMap<MemberId, string>;
  readonly account: SignedInAccount;
  readonly groupId: string;
  readonly clock: PanelClock;
  readonly newId: () => string;
}

/**
 * Everything below the agenda: this meeting's Mission Moment, what carries over, decisions and
 * actions (each saved on the device first), and the way to the summary. Its code, with Fluent's
 * text inputs, arrives after the agenda shows (`SidePanel`'s `useMeetingCapture`).
 */
export default function MeetingCapture(props: MeetingCaptureProps) {
  const styles = usePanelStyles();
  const { data, entries, memberNames } = props;
  const me = useMemo(() => {
    const upn = props.account.userPrincipalName.toLowerCase();
    const known = data.members.find(
      (member) => member.id === props.account.userObjectId || member.mail.toLowerCase() === upn,
    );
    return known?.id as MemberId | undefined;
  }, [data.members, props.account]);
  const meeting: MeetingRef = useMemo(
    () => ({
      cadenceId: data.cadence.id,
      occurrenceId: data.occurrence.id,
      meetingId: data.meetingId,
      scheduledStart: data.occurrence.utcStart,
      invited: invitedAttendance({
        attendeeIds: data.cadence.attendeeIds,
        charter: data.charter,
        directoryDepartments: new Map(
          data.members.map((member) => [member.id as MemberId, member.department]),
        ),
      }),
    }),
    [data],
  );
  const context: CaptureContext = {
    meeting,
    meetingDate: data.occurrence.localStart.slice(0, 10),
    charter: data.charter,
    memberNames,
    me,
    save: entries.add,
    newId: props.newId,
    nowIso: () => props.clock.now().toISOString(),
  };
  const mine = (entries.entries ?? []).filter(
    (entry) => entry.meeting.meetingId === data.meetingId,
  );
  const stateOf = (id: string) => mine.find((entry) => entry.id === id);
  const momentEntry = mine.find((entry) => entry.entry.kind === 'missionMoment');
  const moment =
    momentEntry?.entry.kind === 'missionMoment'
      ? { moment: momentEntry.entry.value, state: momentEntry.state, ...problemOf(momentEntry) }
      : data.thisMeeting.missionMoment
        ? { moment: data.thisMeeting.missionMoment, state: 'synced' as EntrySyncState }
        : undefined;
  const decisions: CapturedDecision[] = [
    ...data.thisMeeting.decisions
      .filter((decision) => !stateOf(decision.id))
      .map((decision) => ({ decision, state: 'synced' as EntrySyncState })),
    ...mine.flatMap((entry) =>
      entry.entry.kind === 'decision'
        ? [{ decision: entry.entry.value, state: entry.state, ...problemOf(entry) }]
        : [],
    ),
  ];
  const actions: CapturedAction[] = [
    ...data.thisMeeting.actions
      .filter((action) => !stateOf(action.id))
      .map((action) => ({ action, state: 'synced' as EntrySyncState })),
    ...mine.flatMap((entry) =>
      entry.entry.kind === 'action'
        ? [{ action: entry.entry.value, state: entry.state, ...problemOf(entry) }]
        : [],
    ),
  ];
  return (
    <>
      <MissionMomentSection
        context={context}
        presenter={data.presenter.memberId}
        members={data.members}
        captured={moment}
      />
      <CarryOverSection
        carryOver={data.carryOver}
        charter={data.charter}
        memberNames={memberNames}
      />
      <DecisionSection context={context} decisions={decisions} />
      <ActionSection context={context} members={data.members} actions={actions} />
      <section className={styles.section} aria-label="After the meeting">
        <Link
          href={summaryPagePath({
            groupId: props.groupId,
            cadenceId: meeting.cadenceId,
            occurrenceId: occurrenceId(meeting.occurrenceId),
          })}
          target="_blank"
          rel="noopener"
        >
          Review and publish the summary
        </Link>
      </section>
      {data.unreadable.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Some records could not be read</MessageBarTitle>
            {data.unreadable.join(' ')}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
