import type { PublicationStepKey, PublicationState } from '../../domain/summaryReview';
import { stepsDone } from '../../domain/summaryReview';
import type { PublishStepOutcome } from '../../graph/publishing';
import type { PublishState } from './useSummaryReview';

export type StepStatus = 'waiting' | 'working' | 'done' | 'alreadyDone' | 'failed' | 'skipped';

/** One line of the publishing progress: a step, where it stands, in words. */
export interface PublishStepRow {
  readonly step: PublicationStepKey;
  readonly label: string;
  readonly status: StepStatus;
  readonly detail: string;
}

const LABELS: Readonly<Record<PublicationStepKey, string>> = {
  chat: 'Meeting chat',
  mail: 'Mail',
  tasks: 'Planner tasks',
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The three steps (chat, mail, Planner) as the publish panel lists them: from the run in progress
 * or just finished, else from the meeting's recorded publication.
 */
export function publishStepRows(input: {
  readonly publishing: PublishState;
  readonly publication: PublicationState;
  readonly actionCount: number;
}): PublishStepRow[] {
  const steps: PublicationStepKey[] = ['chat', 'mail', 'tasks'];
  const { publishing } = input;
  if (publishing.status === 'publishing') {
    return steps.map((step) => ({
      step,
      label: LABELS[step],
      status: 'working',
      detail: 'Publishing…',
    }));
  }
  if (publishing.status === 'finished') {
    const { report, failures } = publishing.result;
    const failureOf = (step: PublicationStepKey) =>
      failures.find((failure) => failure.step === step)?.error.message ?? '';
    const chat = rowOf('chat', report.chat.outcome, {
      done: 'Posted in the meeting chat.',
      alreadyDone: 'Already in the meeting chat: not posted again.',
      skipped: 'Nothing to post.',
      failed: failureOf('chat'),
    });
    const mail = rowOf('mail', report.mail.outcome, {
      done: `Sent to ${plural(report.mail.sentTo.length, 'person', 'people')}${report.mail.alreadySentTo.length > 0 ? ` (${report.mail.alreadySentTo.length} had it already)` : ''}.`,
      alreadyDone: `Already sent to ${plural(report.mail.alreadySentTo.length, 'person', 'people')}: not sent again.`,
      skipped: 'Nobody to mail: no recipient has a mail address.',
      failed: failureOf('mail'),
    });
    const created = report.tasks.filter((task) => task.outcome === 'done').length;
    const existing = report.tasks.filter((task) => task.outcome === 'alreadyDone').length;
    const failed = report.tasks.filter((task) => task.outcome === 'failed').length;
    const tasksStatus: StepStatus =
      report.tasks.length === 0
        ? 'skipped'
        : failed > 0
          ? 'failed'
          : created > 0
            ? 'done'
            : 'alreadyDone';
    const tasks: PublishStepRow = {
      step: 'tasks',
      label: LABELS.tasks,
      status: tasksStatus,
      detail:
        report.tasks.length === 0
          ? 'No actions: no task to create.'
          : [
              created > 0 ? `${plural(created, 'task', 'tasks')} created` : '',
              existing > 0 ? `${plural(existing, 'task', 'tasks')} already there` : '',
              failed > 0
                ? `${plural(failed, 'task', 'tasks')} not created: ${failureOf('tasks')}`
                : '',
            ]
              .filter(Boolean)
              .join('; ')
              // A failure's message usually ends its own sentence.
              .replace(/\.?$/, '.'),
    };
    return [chat, mail, tasks];
  }
  const done = new Set(stepsDone(input.publication));
  return steps.map((step) => {
    if (step === 'tasks' && input.actionCount === 0) {
      return {
        step,
        label: LABELS[step],
        status: 'skipped',
        detail: 'No actions: no task to create.',
      };
    }
    return done.has(step)
      ? { step, label: LABELS[step], status: 'done', detail: 'Done.' }
      : { step, label: LABELS[step], status: 'waiting', detail: 'Not yet.' };
  });
}

function rowOf(
  step: PublicationStepKey,
  outcome: PublishStepOutcome,
  details: Readonly<Record<PublishStepOutcome, string>>,
): PublishStepRow {
  return { step, label: LABELS[step], status: outcome, detail: details[outcome] };
}
