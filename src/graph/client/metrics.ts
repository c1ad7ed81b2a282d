/** One HTTP answer (or a failure to get one) as the telemetry middleware saw it. */
export interface GraphResponseRecord {
  readonly method: string;
  readonly url: string;
  /** Undefined when no answer came (network failure). */
  readonly status: number | undefined;
  /** Graph's `request-id`: what Microsoft support asks for. */
  readonly requestId: string | undefined;
  /** The `client-request-id` CX Cadence sent and Graph echoed. */
  readonly clientRequestId: string | undefined;
}

/** The figures at one moment. A new object after every change; never mutated. */
export interface GraphMetricsSnapshot {
  /** HTTP requests sent, retries included; a `$batch` counts once however many requests it carries. */
  readonly httpRequests: number;
  /**
   * Sequential round trips: the longest chain of requests in which each one started after the
   * previous one had answered. Three batches sent together count 1; a retry after a 429 adds 1.
   */
  readonly roundTrips: number;
  /** Answers with a status of 400 or more. */
  readonly failedResponses: number;
  /** Requests sent and not yet answered. */
  readonly inFlight: number;
  /** The latest answers, oldest first, at most {@link MAX_RECENT_RESPONSES}. */
  readonly recentResponses: readonly GraphResponseRecord[];
}

/** Bounded so a long-running app does not grow without limit. */
export const MAX_RECENT_RESPONSES = 100;

export type GraphMetricsListener = (snapshot: GraphMetricsSnapshot) => void;

const EMPTY: GraphMetricsSnapshot = {
  httpRequests: 0,
  roundTrips: 0,
  failedResponses: 0,
  inFlight: 0,
  recentResponses: [],
};

/**
 * Counts what a Graph client (or one flow run on it) costs, for benchmarks and error reports: a
 * small observable store (`snapshot`, `subscribe` returning its unsubscribe function).
 *
 * Round trips are measured without knowing which request needed which: each request's depth is 1 +
 * the deepest request that had already answered when it started. Worked example: a GET (depth 1),
 * then two batches sent together once it answered (both depth 2), then a retry of one of them
 * (depth 3) → 4 HTTP requests, 3 round trips. Treating every earlier answer as a possible
 * dependency makes the figure an upper bound on the true critical path, never an under-count.
 */
export class GraphRequestMetrics {
  private current: GraphMetricsSnapshot = EMPTY;
  private deepestAnswered = 0;
  private readonly listeners = new Set<GraphMetricsListener>();

  snapshot(): GraphMetricsSnapshot {
    return this.current;
  }

  subscribe(listener: GraphMetricsListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Back to zero, e.g. between benchmark runs. */
  reset(): void {
    this.deepestAnswered = 0;
    this.publish(EMPTY);
  }

  /**
   * Records that an HTTP request is being sent; call the returned function once with its answer.
   * Used by the telemetry middleware.
   */
  requestStarted(): (record: GraphResponseRecord) => void {
    const depth = this.deepestAnswered + 1;
    this.publish({
      ...this.current,
      httpRequests: this.current.httpRequests + 1,
      roundTrips: Math.max(this.current.roundTrips, depth),
      inFlight: this.current.inFlight + 1,
    });
    let answered = false;
    return (record) => {
      if (answered) return;
      answered = true;
      this.deepestAnswered = Math.max(this.deepestAnswered, depth);
      this.publish({
        ...this.current,
        inFlight: this.current.inFlight - 1,
        failedResponses: this.current.failedResponses + (isFailure(record) ? 1 : 0),
        recentResponses: [...this.current.recentResponses, record].slice(-MAX_RECENT_RESPONSES),
      });
    };
  }

  private publish(next: GraphMetricsSnapshot): void {
    this.current = next;
    for (const listener of this.listeners) listener(next);
  }
}

function isFailure(record: GraphResponseRecord): boolean {
  return record.status === undefined || record.status >= 400;
}
