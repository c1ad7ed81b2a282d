/**
 * The chart library's half of the health charts, loaded on demand (its own chunk: the charts and
 * d3 weigh more than the rest of the hub). Draws a {@link ChartSpec}; the text alternative is
 * rendered by the section, outside this chunk.
 */
import { DonutChart, HorizontalBarChart } from '@fluentui/react-charts';
import type { ChartProps } from '@fluentui/react-charts';
import type { ChartSpec, DonutSpec, StackedBarsSpec } from './chartSpec';

/** Fits the 280 px side panel with the page's padding. */
const DONUT_SIZE_PX = 220;
const BAR_HEIGHT_PX = 16;

export default function HealthChart({
  spec,
  title,
}: {
  readonly spec: ChartSpec;
  readonly title: string;
}) {
  return spec.kind === 'donut' ? <Donut spec={spec} title={title} /> : <Bars spec={spec} />;
}

function Donut({ spec, title }: { readonly spec: DonutSpec; readonly title: string }) {
  const data: ChartProps = {
    chartTitle: title,
    chartData: spec.slices.map((slice) => ({
      legend: slice.label,
      data: slice.value,
      color: slice.color,
    })),
  };
  return (
    <DonutChart
      data={data}
      innerRadius={DONUT_SIZE_PX / 2 - 28}
      valueInsideDonut={spec.centre}
      width={DONUT_SIZE_PX}
      height={DONUT_SIZE_PX}
      hideLabels
    />
  );
}

function Bars({ spec }: { readonly spec: StackedBarsSpec }) {
  const data: ChartProps[] = spec.rows.map((row) => ({
    chartTitle: row.label,
    chartData: spec.series.map((series, index) => ({
      legend: series.label,
      color: series.color,
      horizontalBarChartdata: {
        x: row.values[index] ?? 0,
        total: row.values.reduce((sum, value) => sum + value, 0),
      },
    })),
  }));
  return (
    <HorizontalBarChart
      data={data}
      barHeight={BAR_HEIGHT_PX}
      // One legend for the chart, not one per bar.
      legendProps={{
        legends: spec.series.map((series) => ({ title: series.label, color: series.color })),
      }}
    />
  );
}
