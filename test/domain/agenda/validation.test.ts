import {
  createStandardAgendaTemplate,
  validateAgendaTemplate,
  type AgendaTemplate,
} from '../../../src/domain/agenda';
import { ValidationError, type FieldIssue } from '../../../src/domain/errors';

type Patch = Record<string, unknown>;

const standard = createStandardAgendaTemplate();

function withItem(index: number, patch: Patch): unknown {
  return {
    ...standard,
    items: standard.items.map((item, position) =>
      position === index ? { ...item, ...patch } : item,
    ),
  };
}

function issuesOf(input: unknown, meetingMinutes?: number): readonly FieldIssue[] {
  try {
    validateAgendaTemplate(input, meetingMinutes === undefined ? {} : { meetingMinutes });
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  return [];
}

const minutesMessage = 'Minutes must be a whole number from 1 to 240';

describe('agenda template validation', () => {
  it('accepts the standard agenda for a 60-minute meeting and returns it unchanged', () => {
    expect(validateAgendaTemplate(standard, { meetingMinutes: 60 })).toEqual(standard);
  });

  it('trims what was typed and drops an empty owner', () => {
    const edited = withItem(3, { title: '  Department updates  ', ownerRoleId: ' ' });
    const result = validateAgendaTemplate(edited);
    expect(result.items[3]?.title).toBe('Department updates');
    expect(result.items[3]).not.toHaveProperty('ownerRoleId');
  });

  it('treats missing guidance as none', () => {
    const { guidance: _guidance, ...withoutGuidance } = standard.items[5] ?? {};
    const result = validateAgendaTemplate({
      ...standard,
      items: [...standard.items.slice(0, 5), withoutGuidance],
    });
    expect(result.items[5]?.guidance).toBe('');
  });

  it.each<[string, unknown, FieldIssue]>([
    [
      'an empty title',
      withItem(2, { title: '   ' }),
      { field: 'items.2.title', message: 'Enter a title for this agenda item' },
    ],
    [
      'a missing title',
      withItem(2, { title: undefined }),
      { field: 'items.2.title', message: 'Enter a title for this agenda item' },
    ],
    [
      'a title over 120 characters',
      withItem(1, { title: 'x'.repeat(121) }),
      { field: 'items.1.title', message: 'Keep the title to 120 characters or fewer' },
    ],
    [
      'zero minutes',
      withItem(3, { minutes: 0 }),
      { field: 'items.3.minutes', message: minutesMessage },
    ],
    [
      'fractional minutes',
      withItem(3, { minutes: 2.5 }),
      { field: 'items.3.minutes', message: minutesMessage },
    ],
    [
      'more than 240 minutes',
      withItem(3, { minutes: 241 }),
      { field: 'items.3.minutes', message: minutesMessage },
    ],
    [
      'minutes typed as text',
      withItem(3, { minutes: '10' }),
      { field: 'items.3.minutes', message: minutesMessage },
    ],
    [
      'an unknown kind',
      withItem(4, { kind: 'smallTalk' }),
      {
        field: 'items.4.kind',
        message: expect.stringContaining('Choose what the item is for') as string,
      },
    ],
    [
      'an empty id',
      withItem(4, { id: '' }),
      { field: 'items.4.id', message: 'Every agenda item needs an id' },
    ],
    [
      'a repeated id',
      withItem(4, { id: 'carry-over' }),
      {
        field: 'items.4.id',
        message: 'Another item already uses the id "carry-over": give each item its own id',
      },
    ],
    [
      'two-line guidance',
      withItem(4, { guidance: 'one\ntwo' }),
      { field: 'items.4.guidance', message: 'Keep the guidance to one line' },
    ],
    [
      'guidance over 200 characters',
      withItem(4, { guidance: 'g'.repeat(201) }),
      { field: 'items.4.guidance', message: 'Keep the guidance to 200 characters or fewer' },
    ],
    [
      'an empty agenda name',
      { ...standard, name: '' },
      { field: 'name', message: 'Give the agenda a name' },
    ],
    [
      'no items',
      { ...standard, items: [] },
      { field: 'items', message: 'Add at least one item: the agenda starts with a Mission Moment' },
    ],
    [
      'no Mission Moment',
      withItem(0, { kind: 'custom' }),
      { field: 'items', message: 'Add a Mission Moment as the first item of the agenda' },
    ],
    [
      'a Mission Moment that is not first',
      { ...standard, items: [...standard.items.slice(1), standard.items[0]] },
      {
        field: 'items.5.kind',
        message: 'The Mission Moment must be the first item: move it to the top',
      },
    ],
    [
      'a second Mission Moment',
      withItem(3, { kind: 'missionMoment' }),
      {
        field: 'items.3.kind',
        message: "An agenda has one Mission Moment; change this item's kind or remove the item",
      },
    ],
  ])('rejects %s', (_rule, input, expected) => {
    expect(issuesOf(input)).toEqual([expected]);
  });

  it.each([
    [
      65,
      60,
      'The agenda adds up to 65 minutes but the meeting is 60 minutes: shorten items by 5 minutes',
    ],
    [
      55,
      60,
      'The agenda adds up to 55 minutes but the meeting is 60 minutes: lengthen items by 5 minutes',
    ],
    [
      61,
      60,
      'The agenda adds up to 61 minutes but the meeting is 60 minutes: shorten items by 1 minute',
    ],
  ])(
    'says by how much an agenda of %i minutes misses a %i-minute meeting',
    (total, meeting, message) => {
      const updateMinutes = (standard.items[3]?.minutes ?? 0) + total - 60;
      expect(issuesOf(withItem(3, { minutes: updateMinutes }), meeting)).toEqual([
        { field: 'items', message },
      ]);
    },
  );

  it('rejects a meeting length that is not a whole number of minutes', () => {
    expect(issuesOf(standard, 0)).toEqual([
      {
        field: 'meetingMinutes',
        message: 'The meeting length must be a whole number of minutes from 1 to 480',
      },
    ]);
  });

  it('skips the total while some minutes are wrong, since those are already reported', () => {
    expect(issuesOf(withItem(2, { minutes: -1 }), 60).map((issue) => issue.field)).toEqual([
      'items.2.minutes',
    ]);
  });

  it('reports every problem at once so the editor can mark each field', () => {
    const messy: AgendaTemplate | unknown = {
      name: '',
      items: [
        { ...standard.items[1], title: '' },
        { ...standard.items[0], minutes: 0 },
        { ...standard.items[2], id: 'carry-over' },
        { ...standard.items[3], kind: 'missionMoment' },
      ],
    };
    expect(issuesOf(messy, 60).map((issue) => issue.field)).toEqual([
      'name',
      'items.0.title',
      'items.1.minutes',
      'items.1.kind',
      'items.3.kind',
      'items.2.id',
    ]);
  });

  it.each([null, 'agenda', 42, []])('rejects %p as not an agenda', (input) => {
    expect(issuesOf(input).length).toBeGreaterThan(0);
  });

  it('reports items that are not objects by their position', () => {
    const issues = issuesOf({ ...standard, items: [standard.items[0], 'wrap-up'] });
    expect(issues.map((issue) => issue.field)).toContain('items.1');
  });
});
