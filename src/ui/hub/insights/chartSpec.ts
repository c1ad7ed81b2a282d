/**
 * What a health chart shows, as plain data: the section builds it without loading the chart
 * library (split into its own chunk), and the same data renders the chart's text alternative.
 */

/** One series of a stacked bar chart ("Held", "Cancelled"), with its colour (a Fluent token). */
export interface ChartSeries {
  readonly label: string;
  readonly color: string;
}

/** One horizontal bar per row, split into the series' values (in series order). */
export interface StackedBarsSpec {
  readonly kind: 'stackedBars';
  /** What a row is: the text alternative's first column ("Cadence", "Department"). */
  readonly rowHeader: string;
  readonly series: readonly ChartSeries[];
  readonly rows: readonly { readonly label: string; readonly values: readonly number[] }[];
}

/** Parts of one whole, e.g. lived versus missed. */
export interface DonutSpec {
  readonly kind: 'donut';
  readonly slices: readonly {
    readonly label: string;
    readonly value: number;
    readonly color: string;
  }[];
  /** The number in the middle, e.g. "67%". */
  readonly centre: string;
}

export type ChartSpec = StackedBarsSpec | DonutSpec;

/** One chart of the cadence-health section. */
export interface HealthChartModel {
  readonly id: string;
  readonly title: string;
  /** The chart in one sentence, shown under the title. */
  readonly summary: string;
  /** When set, there is nothing to draw: what to do instead (shown in place of the chart). */
  readonly empty?: string;
  readonly spec: ChartSpec;
}

/** The text alternative of a chart as table rows: header row first. */
export function chartTable(spec: ChartSpec): { header: string[]; rows: string[][] } {
  if (spec.kind === 'donut') {
    const total = spec.slices.reduce((sum, slice) => sum + slice.value, 0);
    return {
      header: ['', 'Count', 'Share'],
      rows: spec.slices.map((slice) => [
        slice.label,
        String(slice.value),
        `${total === 0 ? 0 : Math.round((slice.value / total) * 100)}%`,
      ]),
    };
  }
  return {
    header: [spec.rowHeader, ...spec.series.map((series) => series.label), 'Total'],
    rows: spec.rows.map((row) => [
      row.label,
      ...row.values.map(String),
      String(row.values.reduce((sum, value) => sum + value, 0)),
    ]),
  };
}
