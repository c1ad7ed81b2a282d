import { GraphRequestMetrics, type GraphClient } from '../client';
import { isNotFound } from './graphCalls';
import type { GraphCost } from './steps';

export interface CancelCadenceOptions {
  /** Signed in as the organizer: the series is in their calendar. */
  readonly client: GraphClient;
  /** The `seriesId` `scheduleCadence` returned. */
  readonly seriesId: string;
}

export interface CancelledCadence {
  /** False when the series was already gone (cancelled before, or deleted in Outlook). */
  readonly deleted: boolean;
  readonly cost: GraphCost;
}

/**
 * Cancels the cadence's meeting series: the organizer's delete, which sends every attendee the
 * cancellation and takes the meetings off their calendars. Idempotent: a series that is already
 * gone (404) counts as cancelled, so a retried or repeated cancel succeeds. One request.
 *
 * @throws GraphError when Graph refuses the delete for another reason (e.g. 403).
 */
export async function cancelCadence(options: CancelCadenceOptions): Promise<CancelledCadence> {
  const metrics = new GraphRequestMetrics();
  const cost = (): GraphCost => {
    const { httpRequests, roundTrips } = metrics.snapshot();
    return { httpRequests, roundTrips };
  };
  try {
    await options.client.request({
      method: 'DELETE',
      url: `/me/events/${encodeURIComponent(options.seriesId)}`,
      options: { metrics },
    });
    return { deleted: true, cost: cost() };
  } catch (error) {
    if (isNotFound(error)) return { deleted: false, cost: cost() };
    throw error;
  }
}
