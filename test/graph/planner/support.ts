import {
  DEMO_CX_GROUP_ID,
  DEMO_CX_LEAD_UPN,
  DEMO_CX_PLAN_ID,
  DEMO_USER_IDS,
} from '../../../emulator/seed/constants';
import type { DemoPersonKey } from '../../../emulator/seed/constants';
import { personByKey, upnOf } from '../../../emulator/seed/people';
import { actionItemId, meetingId, memberId, occurrenceId } from '../../../src/domain/ids';
import { createActionItem } from '../../../src/domain/records';
import type { ActionItem } from '../../../src/domain/records';
import type { GraphCall, GraphCallResponse, GraphClient } from '../../../src/graph/client';
import type { EmulatorRequest } from '../support/emulatorSession';

export { DEMO_CX_GROUP_ID, DEMO_CX_LEAD_UPN, DEMO_CX_PLAN_ID, DEMO_USER_IDS };

/** The CX team works in London time in these tests. */
export const TEAM_ZONE = 'GMT Standard Time';
export const MEETING = {
  meetingId: meetingId('cx-council-2026-03-02'),
  occurrenceId: occurrenceId('2026-03-02T15:00:00Z'),
  date: '2026-03-02',
};

/** The UPN of a demo persona: `upn('sam')` → `sam.taylor@contoso.example`. */
export function upn(key: DemoPersonKey): string {
  return upnOf(personByKey(key));
}

/** An action agreed in the 2 March meeting, owned by a demo persona. */
export function demoAction(input: {
  id: string;
  title: string;
  owner: DemoPersonKey;
  dueDate: string;
}): ActionItem {
  return createActionItem({
    id: actionItemId(input.id),
    title: input.title,
    owner: memberId(DEMO_USER_IDS[input.owner]),
    dueDate: input.dueDate,
    meetingDate: MEETING.date,
    source: { meetingId: MEETING.meetingId, occurrenceId: MEETING.occurrenceId },
  });
}

/** Requests that change something (inner `$batch` requests included; the `$batch` POST itself not). */
export function writesIn(log: readonly EmulatorRequest[]): EmulatorRequest[] {
  return log.filter((entry) => entry.method !== 'GET' && !entry.path.endsWith('/$batch'));
}

/** Thrown by {@link crashAfterWrites}: the process "died" at this point. */
export class SimulatedCrash extends Error {
  override readonly name = 'SimulatedCrash';
}

interface WireRequest {
  readonly id?: string;
  readonly method: string;
}

/**
 * The same client, except that the process "dies" once `writes` writes have reached Graph: the
 * write that uses up the budget lands, its answer is lost and a {@link SimulatedCrash} is thrown;
 * inside a `$batch`, only the first writes that fit are sent. What happens at Graph is real (the
 * emulator), so a re-run sees exactly what a crash would have left.
 */
export function crashAfterWrites(client: GraphClient, writes: number): GraphClient {
  let remaining = writes;
  const send = async <T>(call: GraphCall): Promise<GraphCallResponse<T>> => {
    if (call.method === 'GET') return client.send<T>(call);
    if (remaining === 0) throw new SimulatedCrash('crashed before this write');
    if (call.url !== '/$batch') {
      remaining -= 1;
      const answer = await client.send<T>(call);
      if (remaining === 0) throw new SimulatedCrash('crashed after this write landed');
      return answer;
    }
    const inner = (call.body as { requests: WireRequest[] }).requests;
    const innerWrites = inner.filter((request) => request.method !== 'GET').length;
    if (innerWrites < remaining) {
      remaining -= innerWrites;
      return client.send<T>(call);
    }
    const kept: WireRequest[] = [];
    for (const request of inner) {
      if (request.method !== 'GET') {
        if (remaining === 0) break;
        remaining -= 1;
      }
      kept.push(request);
    }
    if (kept.length > 0) await client.send({ ...call, body: { requests: kept } });
    throw new SimulatedCrash(`crashed after ${kept.length} requests of a batch landed`);
  };
  return { ...client, send, request: async <T>(call: GraphCall) => (await send<T>(call)).body };
}

/** Runs `run` again while it fails (a user pressing "try again"), at most `times` runs. */
export async function untilItSucceeds<T>(run: () => Promise<T>, times = 10): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= times) throw error;
    }
  }
}

interface WireResponse {
  readonly id: string;
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

/**
 * The same client, except that the answers to the first `$batch` carrying writes are lost: every
 * write in it lands at Graph, but its answer comes back as 503 with `Retry-After: 1`, as when a
 * gateway times out after the service did the work.
 */
export function loseFirstWriteAnswers(client: GraphClient): GraphClient {
  let lost = false;
  const send = async <T>(call: GraphCall): Promise<GraphCallResponse<T>> => {
    const answer = await client.send<T>(call);
    const inner = call.url === '/$batch' ? (call.body as { requests: WireRequest[] }).requests : [];
    if (lost || !inner.some((request) => request.method !== 'GET')) return answer;
    lost = true;
    const responses = (answer.body as { responses: WireResponse[] }).responses.map((response) =>
      response.status < 300 && inner.find((request) => request.id === response.id)?.method !== 'GET'
        ? {
            id: response.id,
            status: 503,
            headers: { 'Retry-After': '1', 'Content-Type': 'application/json' },
            body: { error: { code: 'ServiceUnavailable', message: 'The answer was lost.' } },
          }
        : response,
    );
    return { ...answer, body: { responses } as T };
  };
  return { ...client, send, request: async <T>(call: GraphCall) => (await send<T>(call)).body };
}
