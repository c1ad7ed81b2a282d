/** CX Cadence's Graph client: the one way `src/graph` talks to Microsoft Graph. */
export { createGraphClient, buildMiddlewareChain } from './createGraphClient';
export type { GraphCall, GraphCallResponse, GraphClient, GraphMethod } from './createGraphClient';
export {
  DEFAULT_GRAPH_SCOPES,
  DEFAULT_RETRY_OPTIONS,
  GRAPH_V1_BASE_URL,
  RETRY_LIMITS,
} from './options';
export type {
  FetchLike,
  GraphClientOptions,
  GraphClientSettings,
  RandomSource,
  RetryOptions,
  Sleep,
} from './options';
export { GraphRequestOptions } from './requestOptions';
export type { GraphRequestOverrides } from './requestOptions';
export { GraphRequestMetrics, MAX_RECENT_RESPONSES } from './metrics';
export type { GraphMetricsSnapshot, GraphResponseRecord } from './metrics';
export {
  GraphClientSideError,
  GraphError,
  GraphNetworkError,
  GraphPermissionError,
  GraphSignInError,
  graphErrorFromParts,
  isPermissionStatus,
  toGraphError,
} from './graphError';
export type { GraphOperation, GraphResponseParts, PermissionRemedy } from './graphError';
export { GRAPH_PERMISSION_RULES, requiredPermission } from './permissions';
export type { GraphPermissionRule } from './permissions';
export {
  isRetrySafeRequest,
  isRetryableStatus,
  parseRetryAfterMs,
  retryDelayMs,
} from './retryPolicy';
export {
  DEFAULT_MAX_CONCURRENT_BATCHES,
  MAX_BATCH_SIZE,
  OUTLOOK_MAILBOX_CONCURRENCY,
  executeBatch,
  outlookMailboxOf,
} from './batch';
export type { BatchOptions, BatchReport, BatchRequest, BatchResult } from './batch';
export { DEFAULT_MAX_PAGES, collectAll, iteratePages } from './paging';
export type { GraphPage, PagingOptions } from './paging';
