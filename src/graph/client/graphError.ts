import {
  GraphClientError as SdkGraphClientError,
  GraphError as SdkGraphError,
} from '@microsoft/microsoft-graph-client';
import { requiredPermission } from './permissions';

/**
 * Two kinds of failure, kept apart because they call for different responses:
 * - {@link GraphError}: Graph answered, with an error status. It carries Graph's `code` and the
 *   `request-id` Microsoft support asks for. {@link GraphPermissionError} is the 401/403 case.
 * - {@link GraphClientSideError}: no usable answer came back (network down, no token, a refused
 *   URL, a runaway paging loop). Its subclasses extend the SDK's `GraphClientError`, which is how
 *   the SDK lets client-side failures thrown inside the middleware chain pass through unchanged.
 */

/** What the failed request was, so the error can say what CX Cadence was trying to do. */
export interface GraphOperation {
  readonly method: string;
  /** Path after the version segment (`/me/events`) or the absolute URL. */
  readonly url: string;
}

/** An answer as the batch executor sees it: status, headers and parsed body. */
export interface GraphResponseParts {
  readonly status: number;
  readonly headers?: Headers | Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export interface GraphErrorOptions {
  readonly status: number;
  /** Graph's error code, e.g. `ErrorItemNotFound`, `TooManyRequests`. */
  readonly code: string;
  /** Graph's own message. */
  readonly graphMessage: string;
  readonly requestId?: string;
  readonly clientRequestId?: string;
  /** When Graph says the error happened (its `innerError.date`, or the `Date` header). */
  readonly date?: Date;
  /** The answer's `Retry-After` header as sent (seconds or an HTTP date), for 429/503/504. */
  readonly retryAfter?: string;
  readonly operation?: GraphOperation;
}

/** Graph answered with an error status. */
export class GraphError extends Error {
  override readonly name: string = 'GraphError';
  readonly status: number;
  readonly code: string;
  readonly graphMessage: string;
  readonly requestId: string | undefined;
  readonly clientRequestId: string | undefined;
  readonly date: Date | undefined;
  readonly retryAfter: string | undefined;
  readonly operation: GraphOperation | undefined;

  constructor(options: GraphErrorOptions, message = describeGraphError(options)) {
    super(message);
    this.status = options.status;
    this.code = options.code;
    this.graphMessage = options.graphMessage;
    this.requestId = options.requestId;
    this.clientRequestId = options.clientRequestId;
    this.date = options.date;
    this.retryAfter = options.retryAfter;
    this.operation = options.operation;
  }
}

/** What the signed-in user can do about a 401 or 403. */
export type PermissionRemedy = 'signInAgain' | 'askAdminToGrant';

/**
 * Graph refused the request (401: the sign-in is missing, expired or not accepted; 403: CX Cadence
 * lacks a permission). The message names the least-privileged delegated permission the operation
 * needs, when CX Cadence knows it, and what the user can do, e.g. "CX Cadence could not create or
 * update meetings in your calendar: it lacks the Calendars.ReadWrite permission. Ask your Microsoft
 * 365 admin to grant CX Cadence the Calendars.ReadWrite permission."
 */
export class GraphPermissionError extends GraphError {
  override readonly name: string = 'GraphPermissionError';
  /** E.g. `Calendars.ReadWrite`; undefined for an operation CX Cadence has no rule for. */
  readonly permission: string | undefined;
  readonly remedy: PermissionRemedy;
  /** What CX Cadence was doing, in the user's words. */
  readonly action: string;

  constructor(options: GraphErrorOptions) {
    const found = options.operation
      ? requiredPermission(options.operation.method, options.operation.url)
      : undefined;
    const action = found?.action ?? 'reach Microsoft 365 for this step';
    const remedy: PermissionRemedy = options.status === 401 ? 'signInAgain' : 'askAdminToGrant';
    super(options, permissionMessage({ action, remedy, permission: found?.permission, options }));
    this.permission = found?.permission;
    this.remedy = remedy;
    this.action = action;
  }
}

export type GraphClientSideErrorCode =
  'networkError' | 'signInFailed' | 'urlOutsideGraph' | 'pagingLimitReached' | 'unreadableResponse';

/** No usable answer came from Graph; nothing is known about what Graph did. */
export class GraphClientSideError extends SdkGraphClientError {
  override readonly name: string = 'GraphClientSideError';
  readonly code: GraphClientSideErrorCode;
  override readonly cause: unknown;

  constructor(code: GraphClientSideErrorCode, message: string, cause?: unknown) {
    super(message);
    // The SDK's class pins its own prototype in its constructor; restore the subclass's.
    Object.setPrototypeOf(this, new.target.prototype);
    this.code = code;
    this.cause = cause;
  }
}

/** The request never got an HTTP answer (offline, DNS, connection reset, emulator not running). */
export class GraphNetworkError extends GraphClientSideError {
  override readonly name: string = 'GraphNetworkError';
  constructor(operation: GraphOperation, cause: unknown) {
    super(
      'networkError',
      `CX Cadence could not reach Microsoft 365 (${operation.method} ${operation.url}): ` +
        `${errorText(cause)}. Check the network connection and try again.`,
      cause,
    );
  }
}

/** The token provider could not give a token: the user has to sign in (again). */
export class GraphSignInError extends GraphClientSideError {
  override readonly name: string = 'GraphSignInError';
  constructor(cause: unknown) {
    super(
      'signInFailed',
      `CX Cadence could not get a Microsoft 365 sign-in token: ${errorText(cause)}. Sign in again.`,
      cause,
    );
  }
}

/**
 * The Graph error a response, an SDK `GraphError` or a `$batch` inner response stands for.
 * 401 and 403 become {@link GraphPermissionError}; `operation` lets that error name the permission.
 * Reading a `Response` consumes its body.
 */
export async function toGraphError(
  source: Response | SdkGraphError | GraphResponseParts,
  operation?: GraphOperation,
): Promise<GraphError> {
  if (source instanceof SdkGraphError) return fromSdkError(source, operation);
  if (isFetchResponse(source)) {
    return graphErrorFromParts(
      { status: source.status, headers: source.headers, body: await readBody(source) },
      operation,
    );
  }
  return graphErrorFromParts(source, operation);
}

/** {@link toGraphError} for an answer whose body is already parsed (e.g. a `$batch` inner response). */
export function graphErrorFromParts(
  parts: GraphResponseParts,
  operation?: GraphOperation,
): GraphError {
  const error = errorObjectOf(parts.body);
  const inner = recordOf(error?.innerError ?? error?.innererror);
  return buildGraphError({
    status: parts.status,
    code: stringOf(error?.code) ?? `HTTP${parts.status}`,
    graphMessage: stringOf(error?.message) ?? `Graph answered HTTP ${parts.status}.`,
    requestId: stringOf(inner?.['request-id']) ?? headerOf(parts.headers, 'request-id'),
    clientRequestId:
      stringOf(inner?.['client-request-id']) ?? headerOf(parts.headers, 'client-request-id'),
    date: dateOf(stringOf(inner?.date) ?? headerOf(parts.headers, 'date')),
    retryAfter: headerOf(parts.headers, 'retry-after'),
    ...(operation ? { operation } : {}),
  });
}

/** Statuses that mean "not allowed" rather than "something went wrong". */
export function isPermissionStatus(status: number): boolean {
  return status === 401 || status === 403;
}

function fromSdkError(error: SdkGraphError, operation?: GraphOperation): GraphError {
  // The SDK keeps `JSON.stringify(body.error)` in `body`: the client-request-id is only there.
  const parsed = typeof error.body === 'string' ? parseJson(error.body) : error.body;
  const inner = recordOf(recordOf(parsed)?.innerError);
  return buildGraphError({
    status: error.statusCode,
    code: error.code ?? `HTTP${error.statusCode}`,
    graphMessage: error.message || `Graph answered HTTP ${error.statusCode}.`,
    requestId: error.requestId ?? headerOf(error.headers, 'request-id'),
    clientRequestId:
      stringOf(inner?.['client-request-id']) ?? headerOf(error.headers, 'client-request-id'),
    date: error.date,
    retryAfter: headerOf(error.headers, 'retry-after'),
    ...(operation ? { operation } : {}),
  });
}

function buildGraphError(options: GraphErrorOptions): GraphError {
  return isPermissionStatus(options.status)
    ? new GraphPermissionError(options)
    : new GraphError(options);
}

function describeGraphError(options: GraphErrorOptions): string {
  const what = options.operation ? ` to ${options.operation.method} ${options.operation.url}` : '';
  return `Microsoft Graph answered ${options.status} ${options.code}${what}: ${options.graphMessage}${requestIdNote(options)}`;
}

function permissionMessage(input: {
  action: string;
  remedy: PermissionRemedy;
  permission: string | undefined;
  options: GraphErrorOptions;
}): string {
  const { action, remedy, permission, options } = input;
  if (remedy === 'signInAgain') {
    const needs = permission ? ` (this step needs the ${permission} permission)` : '';
    return `CX Cadence could not ${action}: your Microsoft 365 sign-in has expired or was not accepted${needs}. Sign in again.${requestIdNote(options)}`;
  }
  if (!permission) {
    return `CX Cadence could not ${action}: Microsoft 365 refused access. Ask your Microsoft 365 admin to check the permissions granted to CX Cadence.${requestIdNote(options)}`;
  }
  return `CX Cadence could not ${action}: it lacks the ${permission} permission. Ask your Microsoft 365 admin to grant CX Cadence the ${permission} permission.${requestIdNote(options)}`;
}

function requestIdNote(options: GraphErrorOptions): string {
  return options.requestId ? ` (request-id ${options.requestId})` : '';
}

function isFetchResponse(source: unknown): source is Response {
  return typeof Response !== 'undefined' && source instanceof Response;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  return text === '' ? undefined : parseJson(text);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function errorObjectOf(body: unknown): Record<string, unknown> | undefined {
  return recordOf(recordOf(body)?.error);
}

function recordOf(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)
    : undefined;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function headerOf(
  headers: Headers | Readonly<Record<string, string>> | undefined,
  name: string,
): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

/** Graph's `innerError.date` is UTC without a zone (`2026-03-02T12:00:00`); HTTP dates carry one. */
function dateOf(text: string | undefined): Date | undefined {
  if (!text) return undefined;
  const zoned = /^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(text) ? `${text}Z` : text;
  const date = new Date(zoned);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function errorText(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
