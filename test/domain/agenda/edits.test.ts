import {
  addAgendaItem,
  createStandardAgendaTemplate,
  moveAgendaItem,
  removeAgendaItem,
  renameAgendaItem,
  retimeAgendaItem,
  type AgendaItem,
} from '../../../src/domain/agenda';
import { ValidationError } from '../../../src/domain/errors';
import { agendaItemId } from '../../../src/domain/ids';
import { deepFreeze } from './agendaFixtures';

const standard = deepFreeze(createStandardAgendaTemplate());
const ids = (template: { items: readonly AgendaItem[] }): string[] =>
  template.items.map((item) => item.id);

const journeyReview: AgendaItem = {
  id: agendaItemId('journey-review'),
  kind: 'custom',
  title: 'Onboarding journey review',
  minutes: 10,
  guidance: 'Walk the new onboarding journey map step by step',
};

describe('agenda edits', () => {
  it('adds an item at the end by default', () => {
    const edited = addAgendaItem(standard, { item: journeyReview });
    expect(ids(edited).at(-1)).toBe('journey-review');
    expect(standard.items).toHaveLength(6);
  });

  it.each([
    [2, 2],
    [-4, 0],
    [99, 6],
  ])('adds an item at position %i (placed at %i)', (position, expected) => {
    expect(
      ids(addAgendaItem(standard, { item: journeyReview, position })).indexOf('journey-review'),
    ).toBe(expected);
  });

  it('refuses to add an item whose id is already used', () => {
    const duplicate = { ...journeyReview, id: agendaItemId('wrap-up') };
    expect(() => addAgendaItem(standard, { item: duplicate })).toThrow(ValidationError);
  });

  it('removes an item by id', () => {
    expect(ids(removeAgendaItem(standard, agendaItemId('voice-of-customer')))).toEqual([
      'mission-moment',
      'carry-over',
      'department-updates',
      'decisions-needed',
      'wrap-up',
    ]);
  });

  it('explains that an unknown item may already be gone', () => {
    expect(() => removeAgendaItem(standard, agendaItemId('nope'))).toThrow(
      'No agenda item has the id "nope"; it may have been removed already',
    );
  });

  it.each([
    [
      'wrap-up',
      1,
      [
        'mission-moment',
        'wrap-up',
        'carry-over',
        'voice-of-customer',
        'department-updates',
        'decisions-needed',
      ],
    ],
    [
      'carry-over',
      4,
      [
        'mission-moment',
        'voice-of-customer',
        'department-updates',
        'decisions-needed',
        'carry-over',
        'wrap-up',
      ],
    ],
    [
      'carry-over',
      50,
      [
        'mission-moment',
        'voice-of-customer',
        'department-updates',
        'decisions-needed',
        'wrap-up',
        'carry-over',
      ],
    ],
    [
      'wrap-up',
      -1,
      [
        'wrap-up',
        'mission-moment',
        'carry-over',
        'voice-of-customer',
        'department-updates',
        'decisions-needed',
      ],
    ],
  ])('moves %s to position %i', (id, toPosition, expected) => {
    expect(ids(moveAgendaItem(standard, { itemId: agendaItemId(id), toPosition }))).toEqual(
      expected,
    );
  });

  it('returns the same agenda when an item is moved to where it already is', () => {
    expect(moveAgendaItem(standard, { itemId: agendaItemId('carry-over'), toPosition: 1 })).toBe(
      standard,
    );
  });

  it('retimes an item and leaves the others alone', () => {
    const edited = retimeAgendaItem(standard, {
      itemId: agendaItemId('department-updates'),
      minutes: 20,
    });
    expect(edited.items.map((item) => item.minutes)).toEqual([5, 10, 15, 20, 10, 5]);
    expect(edited.items[0]).toBe(standard.items[0]);
  });

  it('renames an item', () => {
    const edited = renameAgendaItem(standard, {
      itemId: agendaItemId('wrap-up'),
      title: 'Close and commit',
    });
    expect(edited.items[5]?.title).toBe('Close and commit');
    expect(standard.items[5]?.title).toBe('Wrap-up');
  });

  it('returns the same agenda when a retime or rename changes nothing', () => {
    expect(retimeAgendaItem(standard, { itemId: agendaItemId('wrap-up'), minutes: 5 })).toBe(
      standard,
    );
    expect(renameAgendaItem(standard, { itemId: agendaItemId('wrap-up'), title: 'Wrap-up' })).toBe(
      standard,
    );
  });

  it.each([
    ['move', () => moveAgendaItem(standard, { itemId: agendaItemId('x'), toPosition: 0 })],
    ['retime', () => retimeAgendaItem(standard, { itemId: agendaItemId('x'), minutes: 3 })],
    ['rename', () => renameAgendaItem(standard, { itemId: agendaItemId('x'), title: 'y' })],
  ])('refuses to %s an unknown item', (_edit, edit) => {
    expect(edit).toThrow(expect.objectContaining({ field: 'id' }) as Error);
  });
});
