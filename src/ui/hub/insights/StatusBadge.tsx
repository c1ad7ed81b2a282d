import { Badge } from '@fluentui/react-components';
import type { BadgeProps } from '@fluentui/react-components';
import { useInsightStyles } from './insightStyles';

/** A status in words, tinted by what it means; the words carry the meaning, never the colour alone. */
export function StatusBadge(props: {
  readonly color: NonNullable<BadgeProps['color']>;
  readonly children: string;
}) {
  const styles = useInsightStyles();
  return (
    <Badge appearance="tint" color={props.color} shape="rounded" className={styles.badge}>
      {props.children}
    </Badge>
  );
}
