import fc from 'fast-check';
import { meetingId, missionMomentId } from '../../../src/domain/ids';
import {
  MISSION_MOMENT_VIEWS,
  buildMissionMomentLibrary,
  missionMomentOutcomes,
  missionMomentsInView,
} from '../../../src/domain/insights';
import type { MissionMomentEntry } from '../../../src/domain/insights';
import { FIRST_COUNCIL, SECOND_COUNCIL, directory, meeting, members, moment } from './fixtures';

const lived = moment();
const missed = moment({
  id: missionMomentId('mm-2'),
  meetingId: meetingId(`council@${SECOND_COUNCIL}`),
  occurrenceId: SECOND_COUNCIL,
  presenterId: members.marketing,
  capturedAt: '2026-03-24T17:05:00Z',
  story: 'A customer waited nine days for a promised call back.',
  livedUpToMission: false,
  why: 'Nobody owned the call back after the hand-off.',
  celebrate: '',
  lesson: 'Every hand-off names one owner and a date.',
});
const unrecorded = moment({
  id: missionMomentId('mm-3'),
  meetingId: meetingId('no-record'),
  presenterId: members.outsider,
  capturedAt: '2026-03-17T02:00:00Z',
});

function library(): MissionMomentEntry[] {
  return buildMissionMomentLibrary({
    moments: [lived, missed, unrecorded],
    members: directory,
    meetings: [meeting(), meeting({ occurrenceId: SECOND_COUNCIL })],
    timeZone: 'Pacific Standard Time',
  });
}

describe('missionMomentLibrary', () => {
  it('lists the newest meeting first with presenter, outcome and date', () => {
    expect(
      library().map((entry) => [
        entry.moment.id,
        entry.presenterName,
        entry.outcomeLabel,
        entry.date,
      ]),
    ).toEqual([
      ['mm-2', 'Amara Okafor', 'Missed our CX mission', '2026-03-24'],
      ['mm-3', 'Unknown member', 'Lived up to our CX mission', '2026-03-16'],
      ['mm-1', 'Sam Taylor', 'Lived up to our CX mission', '2026-03-10'],
    ]);
    expect(FIRST_COUNCIL).toBe(lived.occurrenceId);
  });

  it.each([
    ['all', ['mm-2', 'mm-3', 'mm-1']],
    ['celebrate', ['mm-3', 'mm-1']],
    ['lessons', ['mm-2']],
  ] as const)('shows the %s view', (view, expected) => {
    expect(missionMomentsInView(library(), view).map((entry) => entry.moment.id)).toEqual(expected);
  });

  it('offers the three views in order', () => {
    expect(MISSION_MOMENT_VIEWS.map((view) => view.view)).toEqual(['all', 'celebrate', 'lessons']);
  });

  it('counts lived and missed moments so that they add up to every moment told', () => {
    expect(missionMomentOutcomes([lived, missed, unrecorded])).toEqual({
      total: 3,
      lived: 2,
      missed: 1,
    });
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 30 }), (outcomes) => {
        const counts = missionMomentOutcomes(
          outcomes.map((livedUpToMission) => ({ livedUpToMission })),
        );
        expect(counts.lived + counts.missed).toBe(counts.total);
        expect(counts.total).toBe(outcomes.length);
      }),
      { numRuns: 50 },
    );
  });

  it('splits the library into celebrate and lessons without losing or repeating a story', () => {
    const entries = library();
    const celebrate = missionMomentsInView(entries, 'celebrate');
    const lessons = missionMomentsInView(entries, 'lessons');
    expect(celebrate.length + lessons.length).toBe(entries.length);
    expect(celebrate.filter((entry) => lessons.includes(entry))).toEqual([]);
  });
});
