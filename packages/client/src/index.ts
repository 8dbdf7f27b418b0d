export { createRegRwsClient } from './client.js';
export type { RegRwsClient } from './client.js';
export { ENVIRONMENTS } from './config.js';
export type { EnvironmentName, FetchLike, RegRwsClientOptions } from './config.js';
export {
  RegRwsAbortError,
  RegRwsApiError,
  RegRwsArgumentError,
  RegRwsError,
  RegRwsNetworkError,
  RegRwsResponseError,
  RegRwsTicketWaitTimeoutError,
  RegRwsTimeoutError,
} from './errors.js';
export type { RegRwsErrorKind, RequestSummary, ResponseProblem } from './errors.js';
export { toTicketedResult } from './facade.js';
export type {
  CallOptions,
  Collection,
  Customer,
  Delegation,
  DelegationKey,
  ErrorPayload,
  Message,
  Nameserver,
  Net,
  Org,
  Phone,
  PhoneSelector,
  PhoneTypeCode,
  Poc,
  PocFunction,
  RegRwsFacade,
  SettableTicketStatus,
  Ticket,
  TicketedRequest,
  TicketedResult,
  TicketFilter,
  TicketStatus,
  TicketType,
  WaitForTicketOptions,
} from './facade.js';
export type { RegRwsRawClient } from './raw.js';
export { DEFAULT_RETRY, parseRetryAfter } from './retry.js';
export type { RetryOptions } from './retry.js';
export type { ErrorCode } from '@regrws/codec';
export type { components, operations, paths } from './generated/schema.js';
