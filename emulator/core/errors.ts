/**
 * Graph's error bodies: `{"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}`.
 * Handlers throw `GraphHttpError`; the server turns it into Graph's body and status.
 */
export class GraphHttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly headers: Readonly<Record<string, string>>;

  constructor(options: {
    status: number;
    code: string;
    message: string;
    headers?: Record<string, string>;
  }) {
    super(options.message);
    this.name = 'GraphHttpError';
    this.status = options.status;
    this.code = options.code;
    this.headers = options.headers ?? {};
  }
}

export interface ErrorBodyOptions {
  readonly code: string;
  readonly message: string;
  readonly requestId: string;
  readonly clientRequestId: string;
  readonly date: Date;
}

export function graphErrorBody(options: ErrorBodyOptions): unknown {
  return {
    error: {
      code: options.code,
      message: options.message,
      innerError: {
        date: options.date.toISOString().replace(/\.\d{3}Z$/, ''),
        'request-id': options.requestId,
        'client-request-id': options.clientRequestId,
      },
    },
  };
}

/** The errors Graph answers most often, worded as Graph words them. */
export const graphErrors = {
  badRequest: (message: string, code = 'BadRequest') =>
    new GraphHttpError({ status: 400, code, message }),
  invalidRequest: (message: string) =>
    new GraphHttpError({ status: 400, code: 'invalidRequest', message }),
  requestBodyRead: (message: string) =>
    new GraphHttpError({ status: 400, code: 'RequestBodyRead', message }),
  unauthenticated: (message = 'Access token is empty.') =>
    new GraphHttpError({ status: 401, code: 'InvalidAuthenticationToken', message }),
  mailboxAccessDenied: () =>
    new GraphHttpError({
      status: 403,
      code: 'ErrorAccessDenied',
      message: 'Access is denied. Check credentials and try again.',
    }),
  accessDenied: (message = 'Either scp or roles claim need to be present in the token.') =>
    new GraphHttpError({ status: 403, code: 'accessDenied', message }),
  itemNotFound: (message = 'The specified object was not found in the store.') =>
    new GraphHttpError({ status: 404, code: 'ErrorItemNotFound', message }),
  resourceNotFound: (id: string) =>
    new GraphHttpError({
      status: 404,
      code: 'Request_ResourceNotFound',
      message: `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
    }),
  notFound: (message: string, code = 'itemNotFound') =>
    new GraphHttpError({ status: 404, code, message }),
  noRoute: (method: string, path: string) =>
    new GraphHttpError({
      status: 400,
      code: 'BadRequest',
      message: `Resource not found for the segment '${path.split('/').filter(Boolean).pop() ?? path}'.`,
      headers: { 'x-emulator-route': `${method} ${path}` },
    }),
  methodNotAllowed: () =>
    new GraphHttpError({
      status: 405,
      code: 'Request_BadRequest',
      message: 'Specified HTTP method is not allowed for the request target.',
    }),
  preconditionFailed: (code = 'ErrorIrresolvableConflict') =>
    new GraphHttpError({
      status: 412,
      code,
      message:
        'The change key passed in the request does not match the current change key of the item.',
    }),
  conflict: (message: string, code = 'conflict') =>
    new GraphHttpError({ status: 409, code, message }),
};
