import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useId } from 'react';
import type { InsightPart, TeamInsightRecords } from '../../../graph/insights';
import { chartTable } from './chartSpec';
import type { HealthChartModel } from './chartSpec';
import type { InsightSectionProps } from './insightSection';
import { useInsightStyles } from './insightStyles';
import { SectionFrame } from './SectionFrame';
import { useCadenceHealth } from './useCadenceHealth';
import { useInsightRecords } from './useInsightRecords';

const HealthChart = lazy(() => import(/* webpackChunkName: "healthCharts" */ './HealthChart'));

const HEALTH_PARTS: readonly InsightPart[] = [
  'cadences',
  'meetings',
  'decisions',
  'missionMoments',
  'actions',
];

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 22rem), 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  chart: {
    position: 'relative',
    minWidth: 0,
    overflow: 'hidden',
  },
});

/**
 * Cadence health: meetings held versus planned, Mission Moments lived versus missed, decisions
 * per category and per role, action completion and overdue, attendance by department. Each chart
 * has a one-line summary and a table of its numbers for screen readers; an empty chart says what
 * to do instead.
 */
export function CadenceHealthSection(props: InsightSectionProps) {
  const state = useInsightRecords({
    workspace: props.workspace,
    parts: HEALTH_PARTS,
    now: props.now,
  });
  return (
    <SectionFrame title="Cadence health" doing="read the cadence health" state={state}>
      {(records, readAt) => <Health {...props} records={records} readAt={readAt} />}
    </SectionFrame>
  );
}

function Health(
  props: InsightSectionProps & { readonly records: TeamInsightRecords; readonly readAt: Date },
) {
  const own = useStyles();
  const charts = useCadenceHealth(props);
  return (
    <div className={own.grid}>
      {charts.map((chart) => (
        <ChartFigure key={chart.id} chart={chart} />
      ))}
    </div>
  );
}

function ChartFigure({ chart }: { readonly chart: HealthChartModel }) {
  const styles = useInsightStyles();
  const own = useStyles();
  const headingId = useId();
  const table = chartTable(chart.spec);
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.subheading}>
        {chart.title}
      </h3>
      {chart.empty ? (
        <p className={styles.summary}>{chart.empty}</p>
      ) : (
        <>
          <p className={styles.summary}>{chart.summary}</p>
          <div className={own.chart}>
            <Suspense fallback={<Spinner size="tiny" label="Drawing the chart…" />}>
              <HealthChart spec={chart.spec} title={chart.title} />
            </Suspense>
          </div>
          {/* A table ignores a 1 px width, so the hiding box wraps it. */}
          <div className={styles.visuallyHidden}>
            <table>
              <caption>{`${chart.title}: the numbers`}</caption>
              <thead>
                <tr>
                  {table.header.map((cell, index) => (
                    <th key={index} scope="col">
                      {cell}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row[0]}>
                    {row.map((cell, index) =>
                      index === 0 ? (
                        <th key={index} scope="row">
                          {cell}
                        </th>
                      ) : (
                        <td key={index}>{cell}</td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
