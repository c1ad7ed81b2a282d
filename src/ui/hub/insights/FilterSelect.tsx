import { Field, Select } from '@fluentui/react-components';
import { useInsightStyles } from './insightStyles';

export interface FilterSelectProps {
  readonly label: string;
  /** What the empty choice says: "All categories". */
  readonly allLabel: string;
  readonly value: string | undefined;
  readonly choices: readonly { readonly value: string; readonly label: string }[];
  onChange(value: string): void;
}

/** One filter of a section: a labelled native select (keyboard and screen-reader friendly). */
export function FilterSelect(props: FilterSelectProps) {
  const styles = useInsightStyles();
  return (
    <Field label={props.label} className={styles.filter}>
      <Select value={props.value ?? ''} onChange={(_, data) => props.onChange(data.value)}>
        <option value="">{props.allLabel}</option>
        {props.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
