import type { AdaptiveCard, CardElement } from '../../src/domain/adaptiveCard';

/** Every text a card shows, in reading order: TextBlocks, and each fact's title and value. */
export function cardTexts(card: AdaptiveCard): string[] {
  const walk = (element: CardElement): string[] => {
    switch (element.type) {
      case 'TextBlock':
        return [element.text];
      case 'FactSet':
        return element.facts.flatMap((fact) => [fact.title, fact.value]);
      case 'Container':
        return element.items.flatMap(walk);
      case 'ColumnSet':
        return element.columns.flatMap((column) => column.items.flatMap(walk));
    }
  };
  return card.body.flatMap(walk);
}
