import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { AdaptiveCard, CardElement } from '../../domain/adaptiveCard';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  container: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  separated: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBlockStart: tokens.spacingVerticalS,
    marginBlockStart: tokens.spacingVerticalXS,
  },
  emphasis: {
    backgroundColor: tokens.colorNeutralBackground3,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusSmall,
  },
  text: { whiteSpace: 'pre-wrap' },
  subtle: { color: tokens.colorNeutralForeground2 },
  factGroup: { display: 'contents' },
  columns: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, minWidth: 0 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, max-content) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
  },
  factTitle: { fontWeight: tokens.fontWeightSemibold },
  factValue: { margin: 0 },
});

/** Card text is markdown-escaped (`\*`); shown on screen, the escapes go. */
function plain(text: string): string {
  return text.replace(/\\(.)/g, '$1').replace(/\n\n/g, '\n');
}

/**
 * The summary's Adaptive Card drawn with Fluent in the app's theme: its text blocks, fact sets,
 * containers and columns in order, so the reviewer reads what the card will say. Teams draws the
 * card with its own styles; sizes and spacing differ slightly.
 */
export function CardPreview({ card }: { readonly card: AdaptiveCard }) {
  const styles = useStyles();
  return (
    <div className={styles.card}>
      {card.body.map((element, index) => (
        <CardElementView key={index} element={element} />
      ))}
    </div>
  );
}

function CardElementView({ element }: { readonly element: CardElement }) {
  const styles = useStyles();
  switch (element.type) {
    case 'TextBlock':
      return (
        <Text
          block
          weight={element.weight === 'Bolder' ? 'semibold' : 'regular'}
          size={element.size === 'Large' ? 500 : element.size === 'Medium' ? 400 : 300}
          className={mergeClasses(styles.text, element.isSubtle && styles.subtle)}
        >
          {plain(element.text)}
        </Text>
      );
    case 'FactSet':
      return (
        <dl className={styles.facts}>
          {element.facts.map((fact, index) => (
            <div key={index} className={styles.factGroup}>
              <dt className={styles.factTitle}>{plain(fact.title)}</dt>
              <dd className={styles.factValue}>{plain(fact.value)}</dd>
            </div>
          ))}
        </dl>
      );
    case 'ColumnSet':
      return (
        <div className={styles.columns}>
          {element.columns.map((column, index) => (
            <div key={index} className={styles.container}>
              {column.items.map((item, at) => (
                <CardElementView key={at} element={item} />
              ))}
            </div>
          ))}
        </div>
      );
    case 'Container':
      return (
        <div
          className={mergeClasses(
            styles.container,
            element.separator && styles.separated,
            element.style === 'emphasis' && styles.emphasis,
          )}
        >
          {element.items.map((item, index) => (
            <CardElementView key={index} element={item} />
          ))}
        </div>
      );
  }
}
