import * as AdaptiveCards from 'adaptivecards';

/**
 * Parses a card with the official `adaptivecards` SDK and returns every parse and validation
 * message it reports; an empty list means the SDK accepts the card. Needs a DOM: use it from a test
 * file that starts with the `@jest-environment jsdom` docblock.
 */
export function adaptiveCardProblems(card: unknown): string[] {
  const parsed = new AdaptiveCards.AdaptiveCard();
  const context = new AdaptiveCards.SerializationContext();
  // The SDK's parse() is typed `any`; our cards are plain JSON objects.
  parsed.parse(card as Record<string, unknown>, context);
  const problems: string[] = [];
  for (let index = 0; index < context.eventCount; index++) {
    problems.push(context.getEventAt(index).message);
  }
  for (const event of parsed.validateProperties().validationEvents) problems.push(event.message);
  return problems;
}
