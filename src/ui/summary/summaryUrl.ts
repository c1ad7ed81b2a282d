import type { CadenceId, OccurrenceId } from '../../domain/ids';
import { cadenceId, occurrenceId } from '../../domain/ids';

/** Which meeting the summary page is for: `summary.html?groupId=…&cadenceId=…&occurrence=…`. */
export interface SummaryTarget {
  readonly cadenceId: CadenceId;
  readonly occurrenceId: OccurrenceId;
}

/** The target named by the page's URL, or `undefined` when a parameter is missing or invalid. */
export function summaryTargetOf(pageUrl: string): SummaryTarget | undefined {
  const params = new URL(pageUrl).searchParams;
  const cadence = params.get('cadenceId')?.trim() ?? '';
  const occurrence = params.get('occurrence')?.trim() ?? '';
  if (cadence === '' || occurrence === '' || Number.isNaN(Date.parse(occurrence))) return undefined;
  return { cadenceId: cadenceId(cadence), occurrenceId: occurrenceId(occurrence) };
}

/** The summary page's address for a meeting (relative to the app). */
export function summaryPagePath(input: SummaryTarget & { readonly groupId: string }): string {
  const params = new URLSearchParams({
    groupId: input.groupId,
    cadenceId: input.cadenceId,
    occurrence: input.occurrenceId,
  });
  return `summary.html?${params.toString()}`;
}
