import { etagOf } from '../../core/access';
import { applySelect, isSelected, odataContext } from '../../core/odata';
import type { GraphJson } from '../../core/state';
import { formatInZone, isDateTimeTimeZone, type ResponseZone, toUtcMs } from './times';

/**
 * An item as Graph returns it: `@odata.etag` (`W/"<changeKey>"`) first, `start`/`end` in the
 * response zone (UTC unless `Prefer: outlook.timezone`), and `cancelledOccurrences` only when
 * `$select` asks for it (event resource: "Returned only on $select"). `$select` itself is left to
 * the caller (collections filter and sort before selecting).
 */
export function shapeEvent(event: GraphJson, zone: ResponseZone, select: string | null): GraphJson {
  // The etag is always derived from the current change key (a stored one may be stale).
  const { '@odata.etag': _staleEtag, ...properties } = event;
  const out: GraphJson = { '@odata.etag': etagOf(String(event.changeKey ?? '')), ...properties };
  if (isDateTimeTimeZone(event.start)) out.start = formatInZone(toUtcMs(event.start), zone);
  if (isDateTimeTimeZone(event.end)) out.end = formatInZone(toUtcMs(event.end), zone);
  if (!isSelected(select, 'cancelledOccurrences')) delete out.cancelledOccurrences;
  return out;
}

/** A single item's response body: shaped, then `$select` applied. */
export function presentEvent(
  event: GraphJson,
  zone: ResponseZone,
  select: string | null,
): GraphJson {
  const shaped = shapeEvent(event, zone, select);
  return select ? applySelect(shaped, select) : shaped;
}

/** `https://…/v1.0/$metadata#users('id')/events/$entity` and friends. */
export function contextUrl(graphBaseUrl: string, ownerId: string, suffix: string): string {
  return odataContext({ graphBaseUrl }, `users('${ownerId}')/${suffix}`);
}
