import { useCallback, useEffect, useRef, useState } from 'react';
import type { Cadence } from '../../domain/cadence';
import { ValidationError } from '../../domain/errors';
import { cadenceId, memberId, type MemberId, type OccurrenceId } from '../../domain/ids';
import { calendarDateIn } from '../../domain/insights/teamCalendar';
import {
  cadenceFromForm,
  defaultPlannerForm,
  formFromCadence,
  overrideRotaPresenter,
  plannerIssuesByField,
  previewRota,
  swapRotaPresenters,
  type PlannerField,
  type PlannerForm,
  type RotaEntry,
} from '../../domain/planning';
import type { RankedSlot } from '../../domain/scheduling';
import type { PlannedScheduleStep, PlannerData } from '../../graph/planning';
import type { CadenceRecord, StoredRecord } from '../../graph/records';
import type { BestSlots, ScheduledCadence } from '../../graph/scheduling';
import type { TeamMember } from '../../graph/workspace';
import type { PlannerService } from './plannerService';

/** The planner's choice of cadence: one of the saved ones, or a new one. */
export const NEW_CADENCE = 'new';

export type LoadState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'ready'; readonly data: PlannerData };

export type SlotsState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown }
  | {
      readonly status: 'ready';
      readonly best: BestSlots;
      /** The cadence the slots were ranked for. */
      readonly cadence: Cadence;
      readonly chosenRank: number | undefined;
    };

export type RotaState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown }
  | {
      readonly status: 'ready';
      readonly entries: readonly RotaEntry[];
      /** `scheduled`: what the series' invitations say; `preview`: what scheduling would write. */
      readonly source: 'preview' | 'scheduled';
    };

/** What the planner is doing to Outlook and the records, and how it went. */
export type RunKind = 'schedule' | 'swap' | 'override' | 'cancel';
export type RunState =
  | { readonly status: 'idle' }
  | {
      readonly status: 'running';
      readonly kind: RunKind;
      readonly done: readonly PlannedScheduleStep[];
    }
  | { readonly status: 'failed'; readonly kind: RunKind; readonly error: unknown }
  | { readonly status: 'scheduled'; readonly kind: RunKind; readonly result: ScheduledCadence }
  | { readonly status: 'cancelled' };

export interface PlannerOptions {
  readonly service: PlannerService;
  /** The page's one clock. */
  readonly now: () => Date;
  /** A fresh id for a new cadence. */
  readonly newCadenceId: () => string;
  /** The browser's zone, when the organizer's mailbox has none. */
  readonly browserTimeZone: string;
}

export type FormIssues = Readonly<Partial<Record<PlannerField, string>>>;

/**
 * The cadence planner's state and actions: the saved cadences, the form (kept as typed through
 * every failure), the ranked slots, the Mission Moment rota, and runs of the scheduling flow.
 */
export function usePlanner(options: PlannerOptions) {
  const { service, now, newCadenceId, browserTimeZone } = options;
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [cadences, setCadences] = useState<readonly StoredRecord<CadenceRecord>[]>([]);
  const [selected, setSelected] = useState<string>(NEW_CADENCE);
  const [form, setForm] = useState<PlannerForm | undefined>(undefined);
  const [issues, setIssues] = useState<FormIssues>({});
  const [slots, setSlots] = useState<SlotsState>({ status: 'idle' });
  const [rota, setRota] = useState<RotaState>({ status: 'idle' });
  const [run, setRun] = useState<RunState>({ status: 'idle' });
  const [people, setPeople] = useState<ReadonlyMap<string, string>>(new Map());
  const [outsiders, setOutsiders] = useState<readonly TeamMember[]>([]);
  const [draftId, setDraftId] = useState(newCadenceId);
  const rotaRequest = useRef(0);

  const data = load.status === 'ready' ? load.data : undefined;
  const stored = cadences.find((record) => record.value.cadence.id === selected);

  const newForm = useCallback(
    (loaded: PlannerData): PlannerForm =>
      defaultPlannerForm({
        today: calendarDateIn(now().toISOString(), browserTimeZone),
        timeZone: loaded.organizer.timeZone ?? browserTimeZone,
        attendeeIds: defaultAttendees(loaded),
      }),
    [now, browserTimeZone],
  );

  /** The rota of a saved cadence: a scheduled one's is what its invitations say. */
  const showRotaOf = useCallback(
    (record: StoredRecord<CadenceRecord>) => {
      const cadence = record.value.cadence;
      const source = record.value.seriesId ? 'scheduled' : 'preview';
      const request = ++rotaRequest.current;
      setRota({ status: 'loading' });
      service.readRota(cadence).then(
        (read) => {
          if (request !== rotaRequest.current) return;
          rememberPeople(setPeople, read.people);
          setRota({ status: 'ready', entries: read.rota, source });
        },
        (error: unknown) => request === rotaRequest.current && setRota({ status: 'failed', error }),
      );
    },
    [service],
  );

  useEffect(() => {
    let isCurrent = true;
    setLoad({ status: 'loading' });
    service.load().then(
      (loaded) => {
        if (!isCurrent) return;
        setLoad({ status: 'ready', data: loaded });
        setCadences(loaded.cadences);
        rememberPeople(setPeople, loaded.members);
        const first = loaded.cadences[0];
        if (first) {
          setSelected(first.value.cadence.id);
          setForm(formFromCadence(first.value.cadence));
          showRotaOf(first);
        } else {
          setForm(newForm(loaded));
        }
      },
      (error: unknown) => isCurrent && setLoad({ status: 'failed', error }),
    );
    return () => {
      isCurrent = false;
    };
  }, [service, attempt, newForm, showRotaOf]);

  const selectCadence = useCallback(
    (id: string) => {
      if (!data) return;
      const record = cadences.find((candidate) => candidate.value.cadence.id === id);
      setSelected(record ? id : NEW_CADENCE);
      if (!record) setDraftId(newCadenceId());
      setForm(record ? formFromCadence(record.value.cadence) : newForm(data));
      setIssues({});
      setSlots({ status: 'idle' });
      setRun({ status: 'idle' });
      if (record) {
        showRotaOf(record);
      } else {
        rotaRequest.current++;
        setRota({ status: 'idle' });
      }
    },
    [cadences, data, newCadenceId, newForm, showRotaOf],
  );

  const updateForm = useCallback((change: Partial<PlannerForm>) => {
    setForm((current) => (current ? { ...current, ...change } : current));
    setIssues((current) => withoutIssuesOf(current, Object.keys(change)));
  }, []);

  /** The cadence the form describes, or `undefined` with the form's messages set. */
  const buildCadence = useCallback(
    (formValue: PlannerForm): Cadence | undefined => {
      if (!data) return undefined;
      try {
        const cadence = cadenceFromForm(formValue, {
          cadenceId: cadenceId(stored?.value.cadence.id ?? draftId),
          organizerId: data.organizer.id,
          ...(stored ? { previous: stored.value.cadence } : {}),
        });
        setIssues({});
        return cadence;
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        setIssues(plannerIssuesByField(error));
        return undefined;
      }
    },
    [data, stored, draftId],
  );

  const findBestTime = useCallback(() => {
    if (!form) return;
    const cadence = buildCadence(form);
    if (!cadence) return;
    setSlots({ status: 'loading' });
    service.findSlots(cadence).then(
      (best) => {
        rememberPeople(setPeople, best.people);
        setSlots({ status: 'ready', best, cadence, chosenRank: undefined });
      },
      (error: unknown) => {
        if (error instanceof ValidationError) setIssues(plannerIssuesByField(error));
        setSlots({ status: 'failed', error });
      },
    );
  }, [buildCadence, form, service]);

  const chooseSlot = useCallback(
    (slot: RankedSlot) => {
      if (slots.status !== 'ready' || !form) return;
      const next = { ...form, startTime: slot.startTime };
      setForm(next);
      setSlots({ ...slots, chosenRank: slot.rank });
      const cadence = buildCadence(next);
      if (!cadence) return;
      try {
        const entries = previewRota({
          cadence,
          now: now(),
          availability: slots.best.availability,
        });
        rotaRequest.current++;
        setRota({ status: 'ready', entries, source: 'preview' });
      } catch (error) {
        setRota({ status: 'failed', error });
      }
    },
    [buildCadence, form, now, slots],
  );

  const runSchedule = useCallback(
    async (kind: RunKind, cadence: Cadence) => {
      if (!data) return;
      setRun({ status: 'running', kind, done: [] });
      try {
        const planned = await service.schedule({
          cadence,
          stored,
          charter: data.charter?.value,
          onStep: (step) =>
            setRun((current) =>
              current.status === 'running'
                ? { ...current, done: [...current.done, step] }
                : current,
            ),
        });
        const record = planned.record;
        setCadences((current) => withRecord(current, record));
        setSelected(record.value.cadence.id);
        setPeople((current) => withNames(current, planned.scheduled));
        rotaRequest.current++;
        setRota({
          status: 'ready',
          entries: rotaOfScheduled(planned.scheduled),
          source: 'scheduled',
        });
        setRun({ status: 'scheduled', kind, result: planned.scheduled });
      } catch (error) {
        if (error instanceof ValidationError) setIssues(plannerIssuesByField(error));
        setRun({ status: 'failed', kind, error });
      }
    },
    [data, service, stored],
  );

  const schedule = useCallback(() => {
    if (!form) return;
    const cadence = buildCadence(form);
    if (cadence) void runSchedule('schedule', cadence);
  }, [buildCadence, form, runSchedule]);

  const changeRota = useCallback(
    (
      kind: 'swap' | 'override',
      change: (cadence: Cadence, entries: readonly RotaEntry[]) => Cadence,
    ) => {
      if (!stored || rota.status !== 'ready') return;
      try {
        const cadence = change(stored.value.cadence, rota.entries);
        if (cadence === stored.value.cadence) return;
        void runSchedule(kind, cadence);
      } catch (error) {
        setRun({ status: 'failed', kind, error });
      }
    },
    [rota, runSchedule, stored],
  );

  const swap = useCallback(
    (first: OccurrenceId, second: OccurrenceId) =>
      changeRota('swap', (cadence, entries) =>
        swapRotaPresenters(cadence, entries, { first, second }),
      ),
    [changeRota],
  );

  const override = useCallback(
    (occurrenceId: OccurrenceId, presenter: MemberId | undefined) =>
      changeRota('override', (cadence) => overrideRotaPresenter(cadence, occurrenceId, presenter)),
    [changeRota],
  );

  const cancel = useCallback(async () => {
    if (!stored) return;
    setRun({ status: 'running', kind: 'cancel', done: [] });
    try {
      const record = await service.cancel(stored);
      setCadences((current) => withRecord(current, record));
      rotaRequest.current++;
      setRota({ status: 'idle' });
      setRun({ status: 'cancelled' });
    } catch (error) {
      setRun({ status: 'failed', kind: 'cancel', error });
    }
  }, [service, stored]);

  const addOutsider = useCallback((person: TeamMember) => {
    setOutsiders((current) =>
      current.some((known) => known.id === person.id) ? current : [...current, person],
    );
    setPeople((current) => new Map([...current, [person.id, person.displayName]]));
  }, []);

  const retryLoad = useCallback(() => setAttempt((count) => count + 1), []);
  const nameOf = useCallback((id: string) => people.get(id), [people]);
  const isScheduled = Boolean(stored?.value.seriesId);
  const isBusy = run.status === 'running' || slots.status === 'loading';

  // A fresh object each render: the screen reads its fields, nothing compares its identity.
  return {
    load,
    retryLoad,
    cadences,
    selected,
    selectCadence,
    stored,
    isScheduled,
    form,
    issues,
    updateForm,
    outsiders,
    addOutsider,
    slots,
    findBestTime,
    chooseSlot,
    rota,
    run,
    isBusy,
    schedule,
    swap,
    override,
    cancel,
    nameOf,
  };
}

export type Planner = ReturnType<typeof usePlanner>;

/** The charter's role members when it names any, otherwise the whole team. */
export function defaultAttendees(data: PlannerData): MemberId[] {
  const team = new Set(data.members.map((member) => member.id));
  const fromCharter = (data.charter?.value.roles ?? [])
    .flatMap((role) => role.memberIds)
    .filter((id) => team.has(id));
  const chosen = fromCharter.length > 0 ? fromCharter : data.members.map((m) => memberId(m.id));
  return [...new Set(chosen)];
}

function withRecord(
  records: readonly StoredRecord<CadenceRecord>[],
  record: StoredRecord<CadenceRecord>,
): StoredRecord<CadenceRecord>[] {
  const id = record.value.cadence.id;
  return records.some((known) => known.value.cadence.id === id)
    ? records.map((known) => (known.value.cadence.id === id ? record : known))
    : [...records, record];
}

function withoutIssuesOf(issues: FormIssues, fields: readonly string[]): FormIssues {
  const cleared = new Set<string>([...fields, 'form']);
  return Object.fromEntries(
    Object.entries(issues).filter(([field]) => !cleared.has(field)),
  ) as FormIssues;
}

function rememberPeople(
  setPeople: (
    update: (current: ReadonlyMap<string, string>) => ReadonlyMap<string, string>,
  ) => void,
  people: readonly { readonly id: string; readonly displayName: string }[],
): void {
  setPeople(
    (current) =>
      new Map([...current, ...people.map((person) => [person.id, person.displayName] as const)]),
  );
}

function withNames(
  current: ReadonlyMap<string, string>,
  scheduled: ScheduledCadence,
): ReadonlyMap<string, string> {
  const names = new Map(current);
  for (const occurrence of scheduled.occurrences) {
    if (occurrence.presenterId && occurrence.presenterName) {
      names.set(occurrence.presenterId, occurrence.presenterName);
    }
  }
  return names;
}

/** The rota the scheduling flow wrote into the invitations. */
export function rotaOfScheduled(scheduled: ScheduledCadence): RotaEntry[] {
  return scheduled.occurrences.map((occurrence) => ({
    occurrenceId: occurrence.occurrenceId,
    date: occurrence.date,
    presenterId: occurrence.presenterId,
    reason: occurrence.reason,
    skipped: occurrence.skipped,
  }));
}
