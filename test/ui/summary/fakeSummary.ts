import { DEMO_USER_IDS } from '../../../emulator/seed/constants';
import type { PublishSummaryReport } from '../../../src/graph/publishing';
import { NOT_PUBLISHED } from '../../../src/graph/records';
import type { SummaryPublication } from '../../../src/graph/records';
import type { PublishedMeetingSummary, SummarySources } from '../../../src/graph/summary';
import type { TeamMember } from '../../../src/graph/workspace';
import type { SummaryServices } from '../../../src/ui/summary/summaryServices';
import { councilCharter, meetingOutcomes, summaryCadence } from '../../graph/summary/support';

const member = (key: keyof typeof DEMO_USER_IDS, displayName: string): TeamMember => ({
  id: DEMO_USER_IDS[key],
  displayName,
  mail: `${key}@contoso.example`,
  department: undefined,
  jobTitle: undefined,
});

export const MEMBERS: TeamMember[] = [
  member('dana', 'Dana Kim'),
  member('amara', 'Amara Okafor'),
  member('sam', 'Sam Taylor'),
  member('marcus', 'Marcus Bell'),
];

export const outcomes = meetingOutcomes(councilCharter());

/** The 2 March meeting's sources, in memory, with the publication given. */
export function fakeSources(summary: SummaryPublication = NOT_PUBLISHED): SummarySources {
  return {
    meetingId: outcomes.meetingId,
    meeting: { value: { record: outcomes.record, summary }, itemId: '1', etag: '"1"' },
    cadence: {
      value: { cadence: summaryCadence(), seriesId: 'series-1' },
      itemId: '1',
      etag: '"1"',
    },
    charter: councilCharter(),
    members: MEMBERS,
    missionMoment: outcomes.moment,
    decisions: outcomes.decisions,
    actions: outcomes.actions.map((value, index) => ({
      value,
      itemId: String(index + 1),
      etag: '"1"',
    })),
    unreadable: [],
  };
}

export const PUBLISHED: SummaryPublication = {
  state: 'published',
  completedSteps: ['chatPosted', 'mailSent', 'tasksCreated'],
  chatMessageId: 'm-1',
  publishedAt: '2026-03-02T12:30:00Z',
};

export function report(change: Partial<PublishSummaryReport> = {}): PublishSummaryReport {
  return {
    reference: 'CX-REF',
    chat: { outcome: 'done', messageId: 'm-1' },
    mail: {
      outcome: 'done',
      sentTo: ['dana@contoso.example', 'sam@contoso.example'],
      alreadySentTo: [],
    },
    tasks: outcomes.actions.map((action, index) => ({
      actionId: action.id,
      outcome: 'done',
      taskId: `t-${index}`,
    })),
    actions: outcomes.actions,
    ...change,
  };
}

export function publishedResult(
  summary: SummaryPublication = PUBLISHED,
  change: Partial<PublishedMeetingSummary> = {},
): PublishedMeetingSummary {
  return {
    report: report(),
    meeting: { value: { record: outcomes.record, summary }, itemId: '1', etag: '"2"' },
    failures: [],
    ...change,
  };
}

/** A deferred answer the test settles when it wants. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/** In-memory services: each publish takes the next answer given. */
export function fakeServices(input: {
  sources?: SummarySources;
  load?: () => Promise<SummarySources>;
  publishes?: (() => Promise<PublishedMeetingSummary>)[];
}) {
  const calls = {
    load: 0,
    findChat: 0,
    publish: [] as Parameters<SummaryServices['publish']>[0][],
  };
  const publishes = [...(input.publishes ?? [])];
  const services: SummaryServices = {
    load: () => {
      calls.load += 1;
      return input.load ? input.load() : Promise.resolve(input.sources ?? fakeSources());
    },
    findChat: () => {
      calls.findChat += 1;
      return Promise.resolve('19:meeting@thread.v2');
    },
    publish: (request) => {
      calls.publish.push(request);
      const next = publishes.shift();
      return next ? next() : Promise.reject(new Error('No answer left'));
    },
  };
  return { services, calls };
}
