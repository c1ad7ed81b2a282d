import { useMemo, useState } from 'react';
import type { Charter } from '../../../domain/charter';
import {
  buildDecisionLog,
  decisionLogChoices,
  filterDecisionLog,
  memberDirectory,
  teamTimeZone,
} from '../../../domain/insights';
import type {
  DecisionLogChoices,
  DecisionLogEntry,
  DecisionLogFilter,
  NamedMember,
} from '../../../domain/insights';
import type { TeamInsightRecords } from '../../../graph/insights';

export interface DecisionLogView {
  readonly all: readonly DecisionLogEntry[];
  readonly visible: readonly DecisionLogEntry[];
  readonly choices: DecisionLogChoices;
  readonly filter: DecisionLogFilter;
  setFilter(change: Partial<Record<keyof DecisionLogFilter, string>>): void;
  clearFilter(): void;
}

/** The decision log of the records read, and the filter the person chose. */
export function useDecisionLog(input: {
  readonly records: TeamInsightRecords;
  readonly charter: Charter | undefined;
  readonly members: readonly NamedMember[];
}): DecisionLogView {
  const { records, charter, members } = input;
  const all = useMemo(
    () =>
      buildDecisionLog({
        decisions: records.decisions,
        charter,
        members: memberDirectory(members),
        meetings: records.meetings,
        timeZone: teamTimeZone(records.cadences),
      }),
    [records, charter, members],
  );
  const choices = useMemo(() => decisionLogChoices(all, charter), [all, charter]);
  const [filter, setFilterState] = useState<DecisionLogFilter>({});
  const visible = useMemo(() => filterDecisionLog(all, filter), [all, filter]);
  return {
    all,
    visible,
    choices,
    filter,
    // An empty choice ("All …") removes that part of the filter.
    setFilter: (change) =>
      setFilterState((current) => {
        const next: Record<string, string | undefined> = { ...current };
        for (const [key, value] of Object.entries(change)) next[key] = value || undefined;
        return Object.fromEntries(
          Object.entries(next).filter(([, value]) => value !== undefined),
        ) as DecisionLogFilter;
      }),
    clearFilter: () => setFilterState({}),
  };
}
