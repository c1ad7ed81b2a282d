import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SignedInAccount } from '../../auth/signInSession';
import { agendaSchedule } from '../../domain/agenda';
import type { CadenceId, MemberId } from '../../domain/ids';
import type { GraphClient } from '../../graph/client';
import {
  recordsLocationByTitle,
  type MeetingPanelAgenda,
  type MeetingPanelData,
} from '../../graph/meetingPanel/readMeetingPanel';
import { resolveRecordsSiteId } from '../../graph/records/recordsSite';
import { FailureMessage } from '../shell/ProblemMessage';
import { AgendaSection } from './AgendaSection';
import { EntrySyncLine, problemOf } from './EntrySyncLine';
import { cadenceKeyOf, type Outbox, type OutboxEntry } from './outbox/outboxStore';
import type { PanelClock } from './panelClock';
import { usePanelStyles } from './panelStyles';
import { SyncStatus } from './SyncStatus';
import { SITE_ID_STORAGE_PREFIX, useMeetingPanel } from './useMeetingPanel';
import { loadMeetingCapture, useMeetingCapture } from './useMeetingCapture';
import { useMeetingTimer } from './useMeetingTimer';
import { useOutbox, type OutboxState } from './useOutbox';

export interface SidePanelProps {
  readonly graph: GraphClient;
  readonly account: SignedInAccount;
  readonly groupId: string;
  readonly cadenceId: CadenceId;
  readonly occurrenceId: string | undefined;
  /** The meeting chat, when Teams says. */
  readonly chatId: string | undefined;
  readonly locale: string;
  readonly clock: PanelClock;
  readonly storage: Pick<Storage, 'getItem' | 'setItem'>;
  readonly openOutbox: () => Promise<Outbox>;
  /** Fresh ids for new entries (`crypto.randomUUID` in the browser). */
  readonly newId: () => string;
}

/**
 * The meeting side panel: the CX mission, the agenda with its timer, this meeting's Mission Moment,
 * what carries over, and quick capture of decisions and actions, each saved on the device first and
 * synced to the team's records when Graph answers.
 */
export function SidePanel(props: SidePanelProps) {
  const styles = usePanelStyles();
  const { graph, groupId, cadenceId, storage, clock } = props;
  const outbox = useOpenedOutbox(props.openOutbox);
  const now = useCallback(() => clock.now(), [clock]);
  const panel = useMeetingPanel({
    graph,
    groupId,
    cadenceId,
    occurrenceId: props.occurrenceId,
    chatId: props.chatId,
    storage,
    outbox: outbox.problem ? null : outbox.outbox,
    now,
  });
  const workspace = useCallback(async () => {
    const cached = storage.getItem(`${SITE_ID_STORAGE_PREFIX}${groupId}`);
    const [{ workspaceAt }, siteId] = await Promise.all([
      // The record store and its repositories: fetched when something is first synced.
      import('../../graph/workspace/cxWorkspace'),
      cached ?? resolveRecordsSiteId(graph, groupId),
    ]);
    return workspaceAt({ client: graph, groupId, location: recordsLocationByTitle(siteId) });
  }, [graph, groupId, storage]);
  const nowIso = useCallback(() => clock.now().toISOString(), [clock]);
  const hasAgenda = panel.status !== 'loading' && panel.status !== 'failed';
  useEffect(() => {
    if (!hasAgenda) return;
    // Once the agenda is painted, so fetching and compiling the forms never delays that frame.
    // Errors surface where the forms go (useMeetingCapture), not here.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => void loadMeetingCapture().catch(() => undefined));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [hasAgenda]);
  const entries = useOutbox({
    outbox: outbox.outbox,
    cadenceKey: cadenceKeyOf(groupId, cadenceId),
    workspace,
    now: nowIso,
  });
  const data = panel.status === 'ready' || panel.status === 'offline' ? panel.data : undefined;
  // One agenda, kept mounted from the moment it can show: the rest arriving must not rebuild it
  // (its timer and the focus on its buttons stay).
  const agenda = panel.status === 'agenda' ? panel.agenda : data;
  const members = data?.members;
  const memberNames = useMemo(
    () => new Map((members ?? []).map((member) => [member.id as MemberId, member.displayName])),
    [members],
  );

  return (
    <div className={styles.panel}>
      {outbox.problem ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>This browser cannot keep entries on the device</MessageBarTitle>
            {outbox.problem} Entries cannot be captured here: use the CX hub instead.
          </MessageBarBody>
        </MessageBar>
      ) : (
        <SyncStatus summary={entries.summary} onSyncNow={entries.syncNow} />
      )}
      {panel.status === 'loading' && <Spinner size="small" label="Loading the meeting…" />}
      {panel.status === 'failed' && (
        <>
          <FailureMessage
            error={panel.error}
            doing="load the meeting"
            actions={<Button onClick={panel.retry}>Try again</Button>}
          />
          <EntriesOnDevice entries={entries.entries ?? []} />
        </>
      )}
      {panel.status === 'offline' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Showing the meeting as this device last loaded it</MessageBarTitle>
            Microsoft Graph does not answer, so this is the meeting as read at{' '}
            {new Date(panel.readAt).toLocaleTimeString(props.locale, { timeStyle: 'short' })}. New
            entries are kept on this device.
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={panel.retry}>
              Try again
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {agenda && (
        <AgendaPart
          {...props}
          agenda={agenda}
          memberNames={memberNames}
          presenter={data?.presenter.memberId}
        />
      )}
      {panel.status === 'agenda' && (
        <Spinner size="small" label="Loading carry-over and the team…" />
      )}
      {data && (
        <MeetingContent {...props} data={data} entries={entries} memberNames={memberNames} />
      )}
    </div>
  );
}

function useOpenedOutbox(open: () => Promise<Outbox>) {
  const [state, setState] = useState<{ outbox?: Outbox; problem?: string }>({});
  useEffect(() => {
    let opened: Outbox | undefined;
    let isCurrent = true;
    open().then(
      (outbox) => {
        opened = outbox;
        if (isCurrent) setState({ outbox });
        else outbox.close();
      },
      (error: unknown) =>
        isCurrent && setState({ problem: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      isCurrent = false;
      opened?.close();
    };
  }, [open]);
  return state;
}

function meetingTitle(agenda: MeetingPanelAgenda, locale: string): string {
  const when = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: agenda.occurrence.timeZone,
    timeZoneName: 'short',
  }).format(new Date(agenda.occurrence.utcStart));
  return `${agenda.cadence.title} · ${when}`;
}

function AgendaPart(
  props: SidePanelProps & {
    readonly agenda: MeetingPanelAgenda;
    readonly memberNames: ReadonlyMap<MemberId, string>;
    readonly presenter: MemberId | undefined;
  },
) {
  const styles = usePanelStyles();
  const { agenda, locale } = props;
  // Not on every tick of the timer: the title never changes.
  const title = useMemo(() => meetingTitle(agenda, locale), [agenda, locale]);
  const schedule = useMemo(
    () => agendaSchedule(agenda.cadence.agenda, agenda.cadence.startTime),
    [agenda.cadence],
  );
  const nowMs = useCallback(() => props.clock.now().getTime(), [props.clock]);
  const timer = useMeetingTimer({
    meetingId: agenda.meetingId,
    schedule,
    storage: props.storage,
    nowMs,
  });
  const roleNames = useMemo(
    () => new Map(agenda.charter.roles.map((role) => [role.id as string, role.name])),
    [agenda.charter],
  );
  const presenterName = props.presenter ? props.memberNames.get(props.presenter) : undefined;
  return (
    <>
      <div>
        <Text as="p" weight="semibold" className={styles.heading}>
          {title}
        </Text>
      </div>
      <section className={styles.section} aria-label="Our CX mission">
        <Text as="h2" size={400} weight="semibold" className={styles.heading}>
          Our CX mission
        </Text>
        <blockquote className={styles.mission}>
          <Body1>{agenda.charter.mission}</Body1>
        </blockquote>
      </section>
      <AgendaSection
        schedule={schedule}
        timer={timer}
        roleNames={roleNames}
        presenterLine={presenterName ? `told by ${presenterName}` : undefined}
      />
    </>
  );
}

/** Below the agenda: the capture code once it is here (`useMeetingCapture`). */
function MeetingContent(
  props: SidePanelProps & {
    readonly data: MeetingPanelData;
    readonly entries: OutboxState;
    readonly memberNames: ReadonlyMap<MemberId, string>;
  },
) {
  const { data, memberNames } = props;
  const capture = useMeetingCapture();
  return (
    <>
      {capture.status === 'loading' && (
        <Spinner size="small" label="Loading the Mission Moment, decisions and actions…" />
      )}
      {capture.status === 'failed' && (
        <FailureMessage
          error={capture.error}
          doing="load the Mission Moment, decisions and actions"
          actions={<Button onClick={capture.retry}>Try again</Button>}
        />
      )}
      {capture.status === 'ready' && (
        <capture.MeetingCapture
          data={data}
          entries={props.entries}
          memberNames={memberNames}
          account={props.account}
          groupId={props.groupId}
          clock={props.clock}
          newId={props.newId}
        />
      )}
    </>
  );
}

/** When the meeting cannot be shown at all: what this device still holds for the cadence. */
function EntriesOnDevice(props: { readonly entries: readonly OutboxEntry[] }) {
  const styles = usePanelStyles();
  if (props.entries.length === 0) return null;
  return (
    <section className={styles.section} aria-label="Entries on this device">
      <Text as="h2" size={400} weight="semibold" className={styles.heading}>
        Entries on this device
      </Text>
      <ul className={styles.list}>
        {props.entries.map((entry) => (
          <li key={entry.id} className={styles.listItem}>
            <Body1>{entryTitle(entry)}</Body1>
            <Caption1 className={styles.muted}>Meeting of {entry.meeting.scheduledStart}</Caption1>
            <EntrySyncLine state={entry.state} {...problemOf(entry)} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function entryTitle(entry: OutboxEntry): string {
  switch (entry.entry.kind) {
    case 'decision':
      return `Decision: ${entry.entry.value.statement}`;
    case 'action':
      return `Action: ${entry.entry.value.title}`;
    case 'missionMoment':
      return `Mission Moment: ${entry.entry.value.story}`;
  }
}
