import { graphErrors, type GraphHttpError } from './errors';
import { splitTopLevel } from './odata';
import type { GraphJson } from './state';
import type { GraphRequest, HandlerContext } from './types';

/** Small pieces every Graph area's handlers use: route parameters, JSON bodies, `Prefer`. */

/** A JSON object (not an array, not null): what Graph resources and request bodies are. */
export function isPlainObject(value: unknown): value is GraphJson {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A `{name}` segment of the route's template. The router fills every one the template names, so a
 * missing one is a mistake in the route table, not a client error.
 */
export function paramOf(context: Pick<HandlerContext, 'params'>, name: string): string {
  const value = context.params[name];
  if (value === undefined) throw new Error(`Route parameter '${name}' missing`);
  return value;
}

/** Enum members in Graph's metadata are camelCase; clients often send them PascalCase. */
export function enumSpelling(value: string): string {
  return value.charAt(0).toLowerCase() + value.slice(1);
}

/** Graph's answer to a request without the JSON object it needs. */
export function emptyPayload(): GraphHttpError {
  return graphErrors.badRequest('Empty Payload. JSON content expected.', 'BadRequest');
}

/**
 * The request body, which must be a JSON object; otherwise `refusal()` is thrown (by default
 * Graph's "Empty Payload" 400; SharePoint and Planner word it their own way).
 */
export function objectBody(
  context: Pick<HandlerContext, 'request'>,
  refusal: () => GraphHttpError = emptyPayload,
): GraphJson {
  const body = context.request.body;
  if (!isPlainObject(body)) throw refusal();
  return body;
}

// ---------- Prefer ----------

/**
 * One preference of the `Prefer` header (RFC 7240), found by name case-insensitively: its value
 * (a quoted value without the quotes, a token up to `,` `;` or a space), `''` for a preference
 * sent without a value, or `undefined` when the client did not send it. Preferences are separated
 * by commas outside quotes, e.g. `outlook.timezone="Pacific Standard Time", return=minimal`.
 */
export function preferenceOf(request: GraphRequest, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const preference of splitTopLevel(request.headers.prefer ?? '', { quote: '"' })) {
    const match = /^\s*([^=;,\s]+)\s*(?:=\s*(?:"([^"]*)"|([^,;\s]*)))?/.exec(preference);
    if (match?.[1]?.toLowerCase() === wanted) return match[2] ?? match[3] ?? '';
  }
  return undefined;
}

/** Graph's confirmation of a preference it applied: `Preference-Applied: name="value"`. */
export function preferenceApplied(name: string, value: string): Record<string, string> {
  return { 'Preference-Applied': `${name}="${value}"` };
}
