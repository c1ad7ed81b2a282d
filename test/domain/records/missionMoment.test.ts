import { ValidationError } from '../../../src/domain/errors';
import { actionItemId } from '../../../src/domain/ids';
import {
  MISSION_MOMENT_STORY_MAX_LENGTH,
  captureMissionMoment,
  missionMomentOutcomeLabel,
  withFollowUpAction,
} from '../../../src/domain/records';
import type { MissionMomentInput } from '../../../src/domain/records';

const input: MissionMomentInput = {
  id: 'mm-1',
  meetingId: 'meeting-march',
  occurrenceId: '2025-03-04T15:00:00Z',
  presenterId: 'm-service',
  capturedAt: '2025-03-04T15:06:00+00:00',
  story: '  A customer called about a double charge.\nPriya refunded it on the first call.  ',
  livedUpToMission: true,
  why: 'Resolved on first contact, in the customer’s channel',
  celebrate: 'Priya in billing',
  lesson: '',
};

function issuesOf(candidate: MissionMomentInput): { field: string; message: string }[] {
  try {
    captureMissionMoment(candidate);
  } catch (error) {
    if (error instanceof ValidationError) return [...error.issues];
    throw error;
  }
  return [];
}

describe('missionMoment', () => {
  it('captures the four prompts, trimming text and dropping empty optional prompts', () => {
    const moment = captureMissionMoment(input);
    expect(moment).toEqual({
      id: 'mm-1',
      meetingId: 'meeting-march',
      occurrenceId: '2025-03-04T15:00:00Z',
      presenterId: 'm-service',
      capturedAt: '2025-03-04T15:06:00+00:00',
      story: 'A customer called about a double charge.\nPriya refunded it on the first call.',
      livedUpToMission: true,
      why: 'Resolved on first contact, in the customer’s channel',
      celebrate: 'Priya in billing',
    });
    expect(moment).not.toHaveProperty('lesson');
  });

  it.each([
    [undefined, 'livedUpToMission'],
    [null, 'livedUpToMission'],
  ])('asks the presenter to choose lived up or missed when it is %s', (choice, field) => {
    expect(issuesOf({ ...input, livedUpToMission: choice })).toEqual([
      { field, message: 'Say whether this moment lived up to our CX mission or missed it' },
    ]);
  });

  it('reports every missing or overlong prompt at once', () => {
    expect(
      issuesOf({
        ...input,
        story: '   ',
        why: '',
        lesson: 'x'.repeat(2001),
        capturedAt: '4 March',
        presenterId: '',
      }),
    ).toEqual([
      { field: 'presenterId', message: 'Choose who told the Mission Moment' },
      {
        field: 'capturedAt',
        message: 'The capture time must be an ISO date-time such as 2025-03-04T15:05:00Z',
      },
      {
        field: 'story',
        message: 'Tell the moment you witnessed or delivered: the story is required',
      },
      {
        field: 'why',
        message: 'Say why this moment lived up to our CX mission, or why it missed it',
      },
      { field: 'lesson', message: 'Shorten the lesson or idea to 2000 characters or fewer' },
    ]);
  });

  it('limits the story to 4000 characters, saying it is a short story', () => {
    expect(MISSION_MOMENT_STORY_MAX_LENGTH).toBe(4000);
    expect(issuesOf({ ...input, story: 'x'.repeat(4000) })).toEqual([]);
    expect(issuesOf({ ...input, story: 'x'.repeat(4001) })).toEqual([
      {
        field: 'story',
        message:
          'Shorten the story to 4000 characters or fewer: a Mission Moment is a 3–5 minute story',
      },
    ]);
  });

  it('links a follow-up action without changing the original', () => {
    const moment = captureMissionMoment(input);
    const linked = withFollowUpAction(moment, actionItemId('a-7'));
    expect(linked.followUpActionId).toBe('a-7');
    expect(moment.followUpActionId).toBeUndefined();
    expect(withFollowUpAction(linked, actionItemId('a-7'))).toBe(linked);
    expect(captureMissionMoment({ ...input, followUpActionId: 'a-7' }).followUpActionId).toBe(
      'a-7',
    );
  });

  it.each([
    [true, 'Lived up to our CX mission'],
    [false, 'Missed our CX mission'],
  ])('labels livedUpToMission=%s as "%s"', (livedUpToMission, label) => {
    expect(missionMomentOutcomeLabel({ livedUpToMission })).toBe(label);
  });
});
