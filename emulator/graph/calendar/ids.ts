/**
 * Ids of calendar items. Exchange ids are opaque URL-safe base64; an occurrence's id encodes its
 * series master and its original start, so an occurrence keeps its id when it becomes an
 * exception, and `GET`/`PATCH`/`DELETE …/events/{occurrenceId}` find it without storing it.
 */

const EVENT_ID_PREFIX = 'AAMkA';
const OCCURRENCE_ID_PREFIX = 'AAMkOcc';
/** MS-OXOCAL GlobalObjectId header: the fixed class id every Exchange iCalUId starts with. */
const GLOBAL_OBJECT_ID_CLASS = '040000008200E00074C5B7101A82E008';

/** A new stored event id, from a fresh GUID. */
export function newEventId(guid: string): string {
  return `${EVENT_ID_PREFIX}${Buffer.from(guid.replace(/-/g, ''), 'hex').toString('base64url')}AAA=`;
}

/** The Outlook on the web link of a calendar item (`webLink`). */
export function eventWebLink(id: string): string {
  return `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(id)}&exvsurl=1&path=/calendar/item`;
}

/** The id of the occurrence of `masterId` that originally starts at `originalStartUtc`. */
export function occurrenceIdOf(masterId: string, originalStartUtc: string): string {
  const payload = JSON.stringify([masterId, originalStartUtc]);
  return `${OCCURRENCE_ID_PREFIX}${Buffer.from(payload).toString('base64url')}`;
}

export interface OccurrenceKey {
  readonly masterId: string;
  /** `YYYY-MM-DDTHH:mm:ssZ` */
  readonly originalStartUtc: string;
}

/** Reads an occurrence id back, or `undefined` for any other id. */
export function parseOccurrenceId(id: string): OccurrenceKey | undefined {
  if (!id.startsWith(OCCURRENCE_ID_PREFIX)) return undefined;
  try {
    const decoded: unknown = JSON.parse(
      Buffer.from(id.slice(OCCURRENCE_ID_PREFIX.length), 'base64url').toString(),
    );
    if (!Array.isArray(decoded) || decoded.length !== 2) return undefined;
    const [masterId, originalStartUtc] = decoded as unknown[];
    if (typeof masterId !== 'string' || typeof originalStartUtc !== 'string') return undefined;
    return { masterId, originalStartUtc };
  } catch {
    return undefined;
  }
}

/**
 * An Exchange-shaped iCalUId (MS-OXOCAL GlobalObjectId as hex): class id, instance date (zero for
 * a series or single item), creation time, reserved bytes, then a 16-byte uid from a GUID. Every
 * mailbox's copy of a meeting shares it.
 */
export function newICalUId(guid: string): string {
  const uid = guid.replace(/-/g, '').toUpperCase();
  return `${GLOBAL_OBJECT_ID_CLASS}00000000${'0'.repeat(16)}${'0'.repeat(16)}10000000${uid}`;
}

/** An instance's iCalUId: the series' with the instance date bytes set (YYYY MM DD), as Exchange. */
export function instanceICalUId(seriesICalUId: string, localDate: string): string {
  const [year, month, day] = localDate.split('-').map(Number);
  const hex = (value: number, width: number) =>
    value.toString(16).toUpperCase().padStart(width, '0');
  const dateBytes = `${hex(year ?? 0, 4)}${hex(month ?? 0, 2)}${hex(day ?? 0, 2)}`;
  const start = GLOBAL_OBJECT_ID_CLASS.length;
  if (!seriesICalUId.startsWith(GLOBAL_OBJECT_ID_CLASS)) return `${seriesICalUId}-${localDate}`;
  return `${seriesICalUId.slice(0, start)}${dateBytes}${seriesICalUId.slice(start + 8)}`;
}

/**
 * A cancelled occurrence as the master's `cancelledOccurrences` lists it: Graph's occurrence id
 * form `OID.{seriesMasterId}.{YYYY-MM-DD}` (the occurrence's original local date).
 */
export function cancelledOccurrenceKey(masterId: string, localDate: string): string {
  return `OID.${masterId}.${localDate}`;
}
