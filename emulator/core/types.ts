import type { EmulatorState, GraphJson, StoredUser } from './state';

/** One Graph request as a handler sees it (also each inner request of a `$batch`). */
export interface GraphRequest {
  readonly method: string;
  /** Path after `/v1.0`, with `/me` already rewritten to `/users/{caller id}`, e.g. `/users/u1/events`. */
  readonly path: string;
  /** Path as the client sent it (after `/v1.0`), e.g. `/me/events`: for `@odata.context` and nextLinks. */
  readonly originalPath: string;
  readonly query: URLSearchParams;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON body, or undefined when there is none. */
  readonly body: unknown;
}

export interface GraphResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Everything a handler may use. Handlers never read the clock or make ids themselves. */
export interface HandlerContext {
  readonly request: GraphRequest;
  /** Values of the `{name}` segments of the route's template. */
  readonly params: Readonly<Record<string, string>>;
  /** The signed-in caller. */
  readonly caller: StoredUser;
  readonly callerId: string;
  readonly state: EmulatorState;
  /** The emulator's clock (fixed in tests). */
  now(): Date;
  /** A fresh id (GUID form). */
  newId(): string;
  /** `http://127.0.0.1:N/v1.0` */
  readonly graphBaseUrl: string;
  /** Marks the state changed: the server persists it after the request. */
  markChanged(): void;
  /**
   * Checks a request body against Graph's v1.0 metadata for `typeName` (e.g. `microsoft.graph.event`)
   * and throws Graph's 400 when a property is unknown or of the wrong type.
   */
  validateBody(typeName: string, body: unknown): GraphJson;
}

export type Handler = (context: HandlerContext) => GraphResponse | Promise<GraphResponse>;

export interface RouteDefinition {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Path template, e.g. `/users/{userId}/events/{eventId}/instances`. */
  readonly path: string;
  readonly handler: Handler;
}
