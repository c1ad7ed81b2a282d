/** One served Graph request, as `GET /emulator/requests` lists it. */
export interface RequestLogEntry {
  readonly method: string;
  /** Path and query as requested, e.g. `/v1.0/me/events?$top=5`; inner batch requests likewise. */
  readonly path: string;
  readonly status: number;
  /** The caller's userPrincipalName, or null when the request carried no valid token. */
  readonly user: string | null;
  readonly startedAt: string;
  readonly endedAt: string;
  /** The `request-id` of the `$batch` request an inner request belongs to. */
  readonly batchId?: string;
}

/** Bounded so a long-running emulator does not grow without limit; drills reset it anyway. */
export const MAX_LOGGED_REQUESTS = 50_000;

export class RequestLog {
  private entries: RequestLogEntry[] = [];

  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
    if (this.entries.length > MAX_LOGGED_REQUESTS) this.entries.shift();
  }

  list(): readonly RequestLogEntry[] {
    return this.entries;
  }

  clear(): void {
    this.entries = [];
  }
}
