import type { ScheduleInformation } from '@microsoft/microsoft-graph-types';
import type { PersonAvailability } from '../../domain/scheduling';
import type { GraphClient, GraphPage } from '../client';
import {
  planScheduleWindows,
  scheduleRequest,
  spanAroundDates,
  toPersonAvailability,
} from './freeBusy';
import { answerBody, sendBatch } from './graphCalls';
import type { GraphCost } from './steps';
import type { CadencePerson } from './team';

export interface ReadFreeBusyOptions {
  readonly client: GraphClient;
  readonly people: readonly CadencePerson[];
  /** Local meeting dates `YYYY-MM-DD` whose free/busy is needed. */
  readonly dates: readonly string[];
}

/**
 * Everyone's free/busy and working hours around `dates`: every getSchedule window of the plan in
 * one `$batch` call (the executor splits more than 20 into several batches sent together).
 */
export async function readFreeBusy(
  options: ReadFreeBusyOptions,
): Promise<{ readonly availability: PersonAvailability[]; readonly cost: GraphCost }> {
  const windows = planScheduleWindows({
    addresses: [...new Set(options.people.map((person) => person.address))],
    span: spanAroundDates(options.dates),
  });
  const answers = await sendBatch(options.client, windows.map(scheduleRequest));
  const availability = toPersonAvailability({
    people: options.people,
    answers: windows.map((window) => ({
      window,
      schedules: answerBody<GraphPage<ScheduleInformation>>(
        answers,
        window.id,
        "read the team's free/busy",
      ).value,
    })),
  });
  return { availability, cost: answers.cost };
}
