import * as fc from 'fast-check';
import {
  PUBLICATION_STEPS,
  PUBLICATION_STEP_PLACES,
  describePublication,
  lastPublishedMeeting,
  stepsDone,
} from '../../../src/domain/summaryReview';
import type {
  PublicationState,
  PublishedMeetingCandidate,
} from '../../../src/domain/summaryReview';

type Meeting = PublishedMeetingCandidate & { readonly name: string };

const meeting = (
  name: string,
  scheduledStart: string,
  state: PublicationState['state'] = 'published',
): Meeting => ({ name, record: { scheduledStart }, summary: { state } });

describe('lastPublishedMeeting', () => {
  it('picks the latest published meeting whatever the order', () => {
    const meetings = [
      meeting('feb', '2026-02-02T15:00:00Z'),
      meeting('apr', '2026-04-06T14:00:00Z', 'notPublished'),
      meeting('mar', '2026-03-02T15:00:00Z'),
      meeting('jan', '2026-01-05T15:00:00Z'),
    ];
    expect(lastPublishedMeeting(meetings)?.name).toBe('mar');
    expect(lastPublishedMeeting([...meetings].reverse())?.name).toBe('mar');
  });

  it('compares instants, not text: an offset start is placed where it happens', () => {
    expect(
      lastPublishedMeeting([
        meeting('pacific', '2026-03-02T08:00:00-08:00'),
        meeting('london', '2026-03-02T15:00:00Z'),
      ])?.name,
    ).toBe('pacific');
  });

  it('ignores meetings partly published or not published', () => {
    expect(
      lastPublishedMeeting([
        meeting('a', '2026-03-02T15:00:00Z', 'inProgress'),
        meeting('b', '2026-03-09T15:00:00Z', 'notPublished'),
      ]),
    ).toBeUndefined();
    expect(lastPublishedMeeting([])).toBeUndefined();
  });

  it('never lets an unreadable start win over a real one, but returns it when it is the only one', () => {
    expect(
      lastPublishedMeeting([
        meeting('broken', 'not a date'),
        meeting('mar', '2026-03-02T15:00:00Z'),
      ])?.name,
    ).toBe('mar');
    expect(
      lastPublishedMeeting([meeting('mar', '2026-03-02T15:00:00Z'), meeting('broken', 'soon')])
        ?.name,
    ).toBe('mar');
    expect(lastPublishedMeeting([meeting('broken', 'soon')])?.name).toBe('broken');
  });

  it('returns a published meeting no other published meeting starts after (all inputs)', () => {
    const start = fc
      .integer({ min: Date.parse('2025-01-01T00:00:00Z'), max: Date.parse('2028-01-01T00:00:00Z') })
      .map((ms) => new Date(ms).toISOString());
    const state = fc.constantFrom<PublicationState['state']>(
      'notPublished',
      'inProgress',
      'published',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(start, state), { maxLength: 12 }), (rows) => {
        const meetings = rows.map(([at, st], index) => meeting(String(index), at, st));
        const published = meetings.filter((m) => m.summary.state === 'published');
        const chosen = lastPublishedMeeting(meetings);
        if (published.length === 0) {
          expect(chosen).toBeUndefined();
          return;
        }
        expect(chosen?.summary.state).toBe('published');
        const latest = Math.max(...published.map((m) => Date.parse(m.record.scheduledStart)));
        expect(Date.parse(chosen?.record.scheduledStart ?? '')).toBe(latest);
      }),
      { numRuns: 100 },
    );
  });
});

describe('stepsDone', () => {
  it('lists the recorded steps in publishing order, ignoring unknown names', () => {
    expect(stepsDone({ completedSteps: ['tasksCreated', 'legacyStep', 'chatPosted'] })).toEqual([
      'chat',
      'tasks',
    ]);
    expect(stepsDone({ completedSteps: [] })).toEqual([]);
    expect(stepsDone({ completedSteps: Object.values(PUBLICATION_STEPS) })).toEqual([
      'chat',
      'mail',
      'tasks',
    ]);
  });
});

describe('describePublication', () => {
  const all = Object.values(PUBLICATION_STEPS);

  it.each<[string, PublicationState, string, string]>([
    [
      'not published',
      { state: 'notPublished', completedSteps: [] },
      'GMT Standard Time',
      'Not published yet.',
    ],
    [
      'published in winter, London',
      { state: 'published', completedSteps: all, publishedAt: '2026-03-02T16:05:00Z' },
      'GMT Standard Time',
      'Published on Monday 2 March 2026 at 16:05 GMT to the meeting chat, mail and Planner.',
    ],
    [
      'published in summer, London',
      { state: 'published', completedSteps: all, publishedAt: '2026-06-01T16:05:00Z' },
      'Europe/London',
      'Published on Monday 1 June 2026 at 17:05 BST to the meeting chat, mail and Planner.',
    ],
    [
      'published late evening UTC, already the next day in Berlin',
      {
        state: 'published',
        completedSteps: ['chatPosted', 'mailSent'],
        publishedAt: '2026-03-02T23:30:00Z',
      },
      'W. Europe Standard Time',
      'Published on Tuesday 3 March 2026 at 00:30 CET to the meeting chat and mail.',
    ],
    [
      'published with no steps recorded and no time',
      { state: 'published', completedSteps: [] },
      'GMT Standard Time',
      'Published.',
    ],
    [
      'published with an unreadable time',
      { state: 'published', completedSteps: ['mailSent'], publishedAt: 'yesterday' },
      'GMT Standard Time',
      'Published on an unknown date to mail.',
    ],
    [
      'partly published',
      { state: 'inProgress', completedSteps: ['chatPosted'] },
      'GMT Standard Time',
      'Partly published to the meeting chat. Publish again to finish: nothing is posted twice.',
    ],
    [
      'started, nothing done',
      { state: 'inProgress', completedSteps: [] },
      'GMT Standard Time',
      'Publishing started but did not finish. Publish again to finish: nothing is posted twice.',
    ],
  ])('%s', (_name, publication, timeZone, expected) => {
    expect(describePublication({ publication, timeZone })).toBe(expected);
  });

  it('shows the time in the locale asked for', () => {
    expect(
      describePublication({
        publication: {
          state: 'published',
          completedSteps: all,
          publishedAt: '2026-03-02T16:05:00Z',
        },
        timeZone: 'Pacific Standard Time',
        locale: 'en-US',
      }),
    ).toBe('Published on Monday 2 March 2026 at 08:05 PST to the meeting chat, mail and Planner.');
  });

  it('names every place a step went', () => {
    expect(Object.keys(PUBLICATION_STEP_PLACES).sort()).toEqual(
      Object.keys(PUBLICATION_STEPS).sort(),
    );
  });
});
