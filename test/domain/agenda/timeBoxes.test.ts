import fc from 'fast-check';
import {
  AGENDA_ITEM_KINDS,
  MAX_MEETING_MINUTES,
  agendaSchedule,
  createStandardAgendaTemplate,
  fitAgendaToDuration,
  formatOffset,
  formatTimeBox,
  totalAgendaMinutes,
  type AgendaItem,
  type AgendaTemplate,
} from '../../../src/domain/agenda';
import { ValidationError } from '../../../src/domain/errors';
import { agendaItemId } from '../../../src/domain/ids';
import { STANDARD_60_MINUTE_LABELS, deepFreeze } from './agendaFixtures';

const standard = deepFreeze(createStandardAgendaTemplate());

function item(id: string, minutes: number, kind: AgendaItem['kind'] = 'custom'): AgendaItem {
  return { id: agendaItemId(id), kind, title: id, minutes, guidance: '' };
}

function templateOf(items: AgendaItem[]): AgendaTemplate {
  return { name: 'Test agenda', items };
}

function thrown(action: () => unknown): ValidationError {
  try {
    action();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('fitting an agenda to the meeting length', () => {
  it.each([
    [30, [3, 5, 7, 7, 5, 3]],
    [45, [4, 8, 11, 11, 7, 4]],
    [60, [5, 10, 15, 15, 10, 5]],
    [90, [5, 16, 23, 23, 15, 8]],
    [120, [5, 21, 31, 31, 21, 11]],
    [9, [3, 1, 2, 1, 1, 1]],
    [8, [3, 1, 1, 1, 1, 1]],
  ])('fits the standard agenda into %i minutes as %j', (meetingMinutes, expected) => {
    const fitted = fitAgendaToDuration(standard, meetingMinutes);
    expect(fitted.items.map((entry) => entry.minutes)).toEqual(expected);
    expect(totalAgendaMinutes(fitted)).toBe(meetingMinutes);
  });

  it('returns the same template when it already fits', () => {
    expect(fitAgendaToDuration(standard, 60)).toBe(standard);
  });

  it('never lets the Mission Moment run past 5 minutes in a long meeting', () => {
    const longStory = templateOf([item('story', 30, 'missionMoment'), item('rest', 30)]);
    expect(fitAgendaToDuration(longStory, 120).items.map((entry) => entry.minutes)).toEqual([
      5, 115,
    ]);
  });

  it('gives a Mission Moment that is the only item the whole meeting', () => {
    const onlyStory = templateOf([item('story', 5, 'missionMoment')]);
    expect(fitAgendaToDuration(onlyStory, 15).items[0]?.minutes).toBe(15);
  });

  it('shares the time equally when every item has zero minutes', () => {
    const blank = templateOf([item('a', 0), item('b', 0), item('c', 0)]);
    expect(fitAgendaToDuration(blank, 10).items.map((entry) => entry.minutes)).toEqual([4, 3, 3]);
  });

  it('gives tiny items one minute and shares the rest among the others', () => {
    const lopsided = templateOf([item('big', 200), item('small', 1), item('tiny', 1)]);
    expect(fitAgendaToDuration(lopsided, 10).items.map((entry) => entry.minutes)).toEqual([
      8, 1, 1,
    ]);
  });

  it('explains what to do when the meeting is too short for the items', () => {
    const crowded = templateOf([
      item('story', 5, 'missionMoment'),
      ...Array.from({ length: 7 }, (_, index) => item(`topic-${index}`, 10)),
    ]);
    const error = thrown(() => fitAgendaToDuration(crowded, 9));
    expect(error.issues).toEqual([
      {
        field: 'meetingMinutes',
        message:
          'A 9-minute meeting cannot hold 7 agenda items of at least 1 minute plus a 3-minute Mission Moment; lengthen the meeting to at least 10 minutes or remove items',
      },
    ]);
    expect(totalAgendaMinutes(fitAgendaToDuration(crowded, 10))).toBe(10);
  });

  it.each([
    [
      templateOf([item('a', 5), item('b', 5), item('c', 5)]),
      2,
      'cannot hold 3 agenda items of at least 1 minute; lengthen the meeting to at least 3 minutes',
    ],
    [
      templateOf([item('story', 5, 'missionMoment')]),
      2,
      'cannot hold a 3-minute Mission Moment; lengthen the meeting to at least 3 minutes',
    ],
    [
      templateOf([item('story', 5, 'missionMoment'), item('a', 5)]),
      3,
      'cannot hold 1 agenda item of at least 1 minute plus a 3-minute Mission Moment',
    ],
  ])('names the shortest possible meeting (%#)', (template, meetingMinutes, expected) => {
    expect(thrown(() => fitAgendaToDuration(template, meetingMinutes)).message).toContain(expected);
  });

  it.each([0, -5, 1.5, Number.NaN, MAX_MEETING_MINUTES + 1])(
    'refuses a meeting length of %p minutes',
    (meetingMinutes) => {
      const error = thrown(() => fitAgendaToDuration(standard, meetingMinutes));
      expect(error.field).toBe('meetingMinutes');
      expect(error.message).toContain('whole number of minutes from 1 to 480');
    },
  );

  it('asks for items before fitting an empty agenda', () => {
    expect(thrown(() => fitAgendaToDuration(templateOf([]), 30)).field).toBe('items');
  });

  describe('for any agenda and any meeting long enough to hold it', () => {
    const kindArbitrary = fc.constantFrom(
      ...AGENDA_ITEM_KINDS.filter((k) => k !== 'missionMoment'),
    );
    const agendaArbitrary = fc
      .record({
        hasMissionMoment: fc.boolean(),
        others: fc.array(
          fc.record({ kind: kindArbitrary, minutes: fc.integer({ min: 1, max: 240 }) }),
          {
            minLength: 0,
            maxLength: 12,
          },
        ),
        missionMinutes: fc.integer({ min: 1, max: 240 }),
        missionPosition: fc.nat(),
      })
      .filter(({ hasMissionMoment, others }) => hasMissionMoment || others.length > 0)
      .map(({ hasMissionMoment, others, missionMinutes, missionPosition }) => {
        const items = others.map((entry, index) =>
          item(`item-${index}`, entry.minutes, entry.kind),
        );
        if (hasMissionMoment) {
          const at = missionPosition % (items.length + 1);
          items.splice(at, 0, item('story', missionMinutes, 'missionMoment'));
        }
        return deepFreeze(templateOf(items));
      });
    const caseArbitrary = agendaArbitrary.chain((template) => {
      const hasStory = template.items.some((entry) => entry.kind === 'missionMoment');
      const minimum = template.items.length + (hasStory ? 2 : 0);
      return fc.tuple(
        fc.constant(template),
        fc.integer({ min: minimum, max: MAX_MEETING_MINUTES }),
      );
    });

    it('adds up to the meeting exactly, keeps every item at least a minute and keeps order and ids', () => {
      fc.assert(
        fc.property(caseArbitrary, ([template, meetingMinutes]) => {
          const fitted = fitAgendaToDuration(template, meetingMinutes);
          expect(totalAgendaMinutes(fitted)).toBe(meetingMinutes);
          expect(
            fitted.items.every((entry) => Number.isInteger(entry.minutes) && entry.minutes >= 1),
          ).toBe(true);
          expect(fitted.items.map((entry) => entry.id)).toEqual(
            template.items.map((entry) => entry.id),
          );
          expect(fitted.items.map((entry) => entry.kind)).toEqual(
            template.items.map((entry) => entry.kind),
          );
        }),
        { numRuns: 200 },
      );
    });

    it('keeps the Mission Moment within 3 to 5 minutes when other items share the meeting', () => {
      fc.assert(
        fc.property(caseArbitrary, ([template, meetingMinutes]) => {
          const story = fitAgendaToDuration(template, meetingMinutes).items.find(
            (entry) => entry.kind === 'missionMoment',
          );
          if (story && template.items.length > 1) {
            expect(story.minutes).toBeGreaterThanOrEqual(3);
            expect(story.minutes).toBeLessThanOrEqual(5);
          }
        }),
        { numRuns: 150 },
      );
    });

    it('leaves an agenda it has already fitted unchanged', () => {
      fc.assert(
        fc.property(caseArbitrary, ([template, meetingMinutes]) => {
          const fitted = fitAgendaToDuration(template, meetingMinutes);
          expect(fitAgendaToDuration(fitted, meetingMinutes)).toBe(fitted);
        }),
        { numRuns: 100 },
      );
    });
  });
});

describe('agenda schedule for the side-panel timer', () => {
  it('labels the standard 60-minute agenda from 0:00 to 1:00', () => {
    expect(agendaSchedule(standard).map((slot) => slot.timeBoxLabel)).toEqual(
      STANDARD_60_MINUTE_LABELS,
    );
  });

  it('gives each item start and end offsets in minutes from the meeting start', () => {
    expect(
      agendaSchedule(standard).map((slot) => [slot.startOffsetMinutes, slot.endOffsetMinutes]),
    ).toEqual([
      [0, 5],
      [5, 15],
      [15, 30],
      [30, 45],
      [45, 55],
      [55, 60],
    ]);
  });

  it('shows wall-clock times for a meeting starting at 09:30 (Europe/London)', () => {
    const slots = agendaSchedule(standard, '09:30');
    expect(slots.map((slot) => `${slot.startLocal}–${slot.endLocal}`)).toEqual([
      '09:30–09:35',
      '09:35–09:45',
      '09:45–10:00',
      '10:00–10:15',
      '10:15–10:25',
      '10:25–10:30',
    ]);
  });

  it('wraps clock times past midnight for a late meeting', () => {
    const slots = agendaSchedule(standard, '23:30');
    expect(slots.at(-1)?.startLocal).toBe('00:25');
    expect(slots.at(-1)?.endLocal).toBe('00:30');
  });

  it('omits clock times when no start time is given', () => {
    expect(agendaSchedule(standard)[0]).not.toHaveProperty('startLocal');
  });

  it.each(['9:30', '24:00', '09:60', 'noon', ''])('rejects the start time %p', (start) => {
    const error = thrown(() => agendaSchedule(standard, start));
    expect(error.field).toBe('startLocal');
    expect(error.message).toContain('use 24-hour HH:mm');
  });

  it.each([
    [0, '0:00'],
    [5, '0:05'],
    [60, '1:00'],
    [125, '2:05'],
  ])('formats an offset of %i minutes as %s', (offset, label) => {
    expect(formatOffset(offset)).toBe(label);
  });

  it('formats a time box with an en dash', () => {
    expect(formatTimeBox(55, 60)).toBe('0:55–1:00');
  });
});
