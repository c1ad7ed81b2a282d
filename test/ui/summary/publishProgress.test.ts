import { publishStepRows } from '../../../src/ui/summary/publishProgress';
import { PUBLISHED, publishedResult, report } from './fakeSummary';

const notPublished = { state: 'notPublished', completedSteps: [] } as const;

describe('publishStepRows', () => {
  it('shows every step working while publishing', () => {
    const rows = publishStepRows({
      publishing: { status: 'publishing' },
      publication: notPublished,
      actionCount: 2,
    });
    expect(rows.map((row) => row.status)).toEqual(['working', 'working', 'working']);
  });

  it('reads the recorded publication when idle, skipping tasks without actions', () => {
    expect(
      publishStepRows({
        publishing: { status: 'idle' },
        publication: { state: 'inProgress', completedSteps: ['chatPosted'] },
        actionCount: 0,
      }).map((row) => [row.step, row.status]),
    ).toEqual([
      ['chat', 'done'],
      ['mail', 'waiting'],
      ['tasks', 'skipped'],
    ]);
  });

  it('words a re-run that found everything done', () => {
    const result = publishedResult(PUBLISHED, {
      report: report({
        chat: { outcome: 'alreadyDone', messageId: 'm-1' },
        mail: { outcome: 'alreadyDone', sentTo: [], alreadySentTo: ['a@x', 'b@x'] },
        tasks: [
          { actionId: 'a-1' as never, outcome: 'alreadyDone' },
          { actionId: 'a-2' as never, outcome: 'done' },
        ],
      }),
    });
    const rows = publishStepRows({
      publishing: { status: 'finished', result },
      publication: PUBLISHED,
      actionCount: 2,
    });
    expect(rows.map((row) => [row.status, row.detail])).toEqual([
      ['alreadyDone', 'Already in the meeting chat: not posted again.'],
      ['alreadyDone', 'Already sent to 2 people: not sent again.'],
      ['done', '1 task created; 1 task already there.'],
    ]);
  });

  it('names what failed, ending the sentence once', () => {
    const result = publishedResult(
      { state: 'inProgress', completedSteps: ['chatPosted'] },
      {
        report: report({
          mail: { outcome: 'skipped', sentTo: [], alreadySentTo: [] },
          tasks: [{ actionId: 'a-1' as never, outcome: 'failed' }],
        }),
        failures: [
          { step: 'tasks', actionId: 'a-1' as never, error: new Error('Planner is down.') },
        ],
      },
    );
    const rows = publishStepRows({
      publishing: { status: 'finished', result },
      publication: PUBLISHED,
      actionCount: 1,
    });
    expect(rows.map((row) => [row.status, row.detail])).toEqual([
      ['done', 'Posted in the meeting chat.'],
      ['skipped', 'Nobody to mail: no recipient has a mail address.'],
      ['failed', '1 task not created: Planner is down.'],
    ]);
  });
});
