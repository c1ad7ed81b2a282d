import { useMemo, useState } from 'react';
import {
  ACTION_STATUS_CHOICES,
  actionOwners,
  actionProgress,
  buildActionTracker,
  calendarDateIn,
  filterActionTracker,
  memberDirectory,
  teamTimeZone,
} from '../../../domain/insights';
import type {
  ActionProgress,
  ActionStatusFilter,
  ActionTrackerEntry,
  ActionTrackerFilter,
  NamedMember,
} from '../../../domain/insights';
import type { MemberId } from '../../../domain/ids';
import type { TeamInsightRecords } from '../../../graph/insights';

export interface ActionTrackerView {
  readonly all: readonly ActionTrackerEntry[];
  readonly visible: readonly ActionTrackerEntry[];
  readonly progress: ActionProgress;
  readonly owners: readonly { value: MemberId; label: string }[];
  readonly statuses: typeof ACTION_STATUS_CHOICES;
  readonly filter: ActionTrackerFilter;
  setOwner(ownerId: string): void;
  setStatus(status: string): void;
  clearFilter(): void;
}

/** The tracker of the records read (overdue relative to `readAt`) and the person's filter. */
export function useActionTracker(input: {
  readonly records: TeamInsightRecords;
  readonly members: readonly NamedMember[];
  readonly readAt: Date;
}): ActionTrackerView {
  const { records, members, readAt } = input;
  const today = useMemo(
    () => calendarDateIn(readAt.toISOString(), teamTimeZone(records.cadences)),
    [readAt, records],
  );
  const all = useMemo(
    () =>
      buildActionTracker({ actions: records.actions, members: memberDirectory(members), today }),
    [records, members, today],
  );
  const [filter, setFilter] = useState<ActionTrackerFilter>({});
  const visible = useMemo(() => filterActionTracker(all, filter), [all, filter]);
  const progress = useMemo(() => actionProgress(records.actions, today), [records, today]);
  const owners = useMemo(() => actionOwners(all), [all]);
  return {
    all,
    visible,
    progress,
    owners,
    statuses: ACTION_STATUS_CHOICES,
    filter,
    setOwner: (ownerId) =>
      setFilter(({ ownerId: _previous, ...rest }) =>
        ownerId ? { ...rest, ownerId: ownerId as MemberId } : rest,
      ),
    setStatus: (status) =>
      setFilter(({ status: _previous, ...rest }) =>
        status ? { ...rest, status: status as ActionStatusFilter } : rest,
      ),
    clearFilter: () => setFilter({}),
  };
}
