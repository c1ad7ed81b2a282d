import { Button, Spinner } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useId, type ReactNode } from 'react';
import type { TeamInsightRecords } from '../../../graph/insights';
import { FailureMessage } from '../../shell/ProblemMessage';
import { useInsightStyles } from './insightStyles';
import type { InsightRecordsState } from './useInsightRecords';

export interface SectionFrameProps {
  /** The section's heading, e.g. "Decision log". */
  readonly title: string;
  /** Completes "Could not …" when reading fails: "read the decision log". */
  readonly doing: string;
  readonly state: InsightRecordsState;
  readonly children: (records: TeamInsightRecords, readAt: Date) => ReactNode;
}

/**
 * A section's heading and its reading states: a spinner while the first read runs, the failure
 * with Try again, then the content with a Refresh button (the content stays while it refreshes).
 */
export function SectionFrame({ title, doing, state, children }: SectionFrameProps) {
  const styles = useInsightStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <div className={styles.header}>
        <h2 id={headingId} className={styles.heading}>
          {title}
        </h2>
        {state.status === 'ready' && (
          <Button
            icon={<ArrowClockwiseRegular />}
            disabled={state.isRefreshing}
            onClick={state.refresh}
          >
            {state.isRefreshing ? 'Refreshing…' : 'Refresh'}
          </Button>
        )}
      </div>
      {state.status === 'loading' && (
        <Spinner size="small" label={`Reading the ${title.toLowerCase()}…`} />
      )}
      {state.status === 'failed' && (
        <FailureMessage
          error={state.error}
          doing={doing}
          actions={<Button onClick={state.retry}>Try again</Button>}
        />
      )}
      {state.status === 'ready' && state.refreshError !== undefined && (
        <FailureMessage
          error={state.refreshError}
          doing={`${doing} again: showing what was read before`}
          actions={<Button onClick={state.refresh}>Try again</Button>}
        />
      )}
      {state.status === 'ready' && children(state.records, state.readAt)}
    </section>
  );
}
