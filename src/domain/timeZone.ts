import { IANAZone } from 'luxon';
import { findIana, findWindows } from 'windows-iana';
import { ValidationError } from './errors';

/**
 * Graph speaks Windows time-zone names ("Pacific Standard Time") in events, mailbox settings and
 * getSchedule working hours, and accepts IANA names too. The domain computes in IANA zones (via
 * luxon); these functions translate at the edges using the CLDR mapping that `windows-iana` keeps.
 */

/** A time-zone name as a person or Graph wrote it: Windows or IANA. */
export type TimeZoneName = string;

/** An IANA zone name that luxon (and the platform's Intl) can compute with. */
export type IanaZone = string;

/**
 * Resolves a Windows or IANA time-zone name to a valid IANA zone.
 *
 * @example resolveIanaZone('Pacific Standard Time') // 'America/Los_Angeles'
 * @example resolveIanaZone('Europe/Berlin') // 'Europe/Berlin'
 * @throws ValidationError when the name is neither, naming `field`.
 */
export function resolveIanaZone(name: TimeZoneName, field = 'timeZone'): IanaZone {
  const trimmed = name.trim();
  if (isKnownIanaZone(trimmed)) return canonicalIana(trimmed);
  // findIana lists the CLDR "golden" zone first: the one Windows itself maps to.
  const fromWindows = findIana(trimmed)?.find(isKnownIanaZone);
  if (fromWindows) return canonicalIana(fromWindows);
  throw ValidationError.single(
    field,
    `"${name}" is not a time zone we recognise. Use a Windows name such as "Pacific Standard Time" or an IANA name such as "America/Los_Angeles".`,
  );
}

/**
 * The Windows name Graph uses for an IANA zone, e.g. `Europe/Berlin` → `W. Europe Standard Time`.
 * Windows names pass through unchanged.
 */
export function toWindowsZone(name: TimeZoneName, field = 'timeZone'): string {
  const trimmed = name.trim();
  if (isWindowsZone(trimmed)) return trimmed;
  const iana = resolveIanaZone(trimmed, field);
  const windows = findWindows(iana)?.[0] ?? findWindows(trimmed)?.[0];
  if (windows) return windows;
  if (iana === 'Etc/UTC') return 'UTC';
  throw ValidationError.single(field, `"${name}" has no Windows time-zone equivalent.`);
}

/** True for a name that is a valid IANA zone on this platform ("UTC" included). */
export function isKnownIanaZone(name: string): boolean {
  if (name.length === 0) return false;
  let valid = validityByZone.get(name);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(name);
    validityByZone.set(name, valid);
  }
  return valid;
}

// luxon checks a zone by building an Intl.DateTimeFormat (~0.15 ms); slot ranking asks thousands
// of times for the same few names. A zone's validity never changes while the platform runs, so
// remembering it keeps every result identical: this memo is the one piece of module state here.
const validityByZone = new Map<string, boolean>();

/** What a form says about a zone name `isKnownTimeZone` rejects. */
export function unknownTimeZoneMessage(zone: string): string {
  return `"${zone}" is not a time zone we recognise. Use a Windows name such as "Pacific Standard Time" or an IANA name such as "America/Los_Angeles"`;
}

/** True when the name is a valid Windows or IANA zone. */
export function isKnownTimeZone(name: TimeZoneName): boolean {
  const trimmed = name.trim();
  return isKnownIanaZone(trimmed) || Boolean(findIana(trimmed)?.some(isKnownIanaZone));
}

function isWindowsZone(name: string): boolean {
  return !isKnownIanaZone(name) && Boolean(findIana(name)?.length);
}

function canonicalIana(zone: string): IanaZone {
  return zone === 'UTC' || zone === 'Etc/UCT' || zone === 'Etc/Universal' ? 'Etc/UTC' : zone;
}
