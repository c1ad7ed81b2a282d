/**
 * Reading JSON values as EDM primitive types the way Graph's OData reader (Microsoft.OData.Core's
 * `ODataPayloadValueConverter`) does: a JSON string converts to any primitive type when its text
 * parses (`"true"` is a valid Edm.Boolean, `"5"` a valid Edm.Int32), a JSON number only to numeric
 * types, a JSON boolean only to Edm.Boolean. Anything else is Graph's 400 `RequestBodyRead`
 * "Cannot convert the literal '…' to the expected type '…'." (built by the caller).
 */

export type JsonPrimitive = string | number | boolean;

/** The value to store, or `undefined` when the literal does not convert. */
export type Conversion = { readonly value: unknown } | undefined;

type Converter = (value: JsonPrimitive) => Conversion;

const INTEGER_TEXT = /^\s*[+-]?\d+\s*$/;
const DECIMAL_TEXT = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
/** ODL accepts these spellings for Edm.Double and Edm.Single (JSON has no literal for them). */
const SPECIAL_FLOATS = new Set(['INF', '-INF', 'NaN', 'Infinity', '-Infinity']);

const GUID_TEXT =
  /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32}|\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}|\([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\))$/i;
/** ISO 8601 with a mandatory offset: ODL rejects a DateTimeOffset without time-zone information. */
const DATE_TIME_OFFSET_TEXT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?(?:Z|[+-](\d{2}):(\d{2}))$/i;
const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_OF_DAY_TEXT = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?$/;
const DURATION_TEXT =
  /^[+-]?P(?=\d|T\d)(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/;
const BASE64_TEXT = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function accepted(value: unknown): Conversion {
  return { value };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function isClockTime(hour: number, minute: number, second: number): boolean {
  return hour <= 23 && minute <= 59 && second <= 59;
}

/** A captured number, or 0 for an optional group that did not match (e.g. missing seconds). */
function numberAt(match: RegExpExecArray, group: number): number {
  return Number(match[group] ?? 0);
}

function isDateTimeOffsetText(text: string): boolean {
  const match = DATE_TIME_OFFSET_TEXT.exec(text.trim());
  return (
    match !== null &&
    isCalendarDate(numberAt(match, 1), numberAt(match, 2), numberAt(match, 3)) &&
    isClockTime(numberAt(match, 4), numberAt(match, 5), numberAt(match, 6)) &&
    numberAt(match, 7) <= 14 &&
    numberAt(match, 8) <= 59
  );
}

function isDateText(text: string): boolean {
  const match = DATE_TEXT.exec(text);
  return (
    match !== null && isCalendarDate(numberAt(match, 1), numberAt(match, 2), numberAt(match, 3))
  );
}

function isTimeOfDayText(text: string): boolean {
  const match = TIME_OF_DAY_TEXT.exec(text);
  return match !== null && isClockTime(numberAt(match, 1), numberAt(match, 2), numberAt(match, 3));
}

function isBase64Text(text: string): boolean {
  return BASE64_TEXT.test(text.replace(/\s+/g, ''));
}

/** A string-only type whose text must match a predicate; the string itself is stored. */
function textType(isValid: (text: string) => boolean): Converter {
  return (value) => (typeof value === 'string' && isValid(value) ? accepted(value) : undefined);
}

function integerType([min, max]: readonly [number, number]): Converter {
  return (value) => {
    let number: number | undefined;
    if (typeof value === 'number') number = value;
    else if (typeof value === 'string' && INTEGER_TEXT.test(value)) number = Number(value);
    return number !== undefined && Number.isInteger(number) && number >= min && number <= max
      ? accepted(number)
      : undefined;
  };
}

function floatType(allowSpecial: boolean): Converter {
  return (value) => {
    if (typeof value === 'number') return accepted(value);
    if (typeof value !== 'string') return undefined;
    if (DECIMAL_TEXT.test(value)) return accepted(Number(value));
    return allowSpecial && SPECIAL_FLOATS.has(value.trim()) ? accepted(value.trim()) : undefined;
  };
}

function booleanType(value: JsonPrimitive): Conversion {
  if (typeof value === 'boolean') return accepted(value);
  if (typeof value !== 'string') return undefined;
  // .NET Boolean.Parse: case-insensitive, surrounding white space ignored.
  const text = value.trim().toLowerCase();
  if (text === 'true' || text === 'false') return accepted(text === 'true');
  return undefined;
}

const CONVERTERS: Readonly<Record<string, Converter>> = {
  'Edm.String': textType(() => true),
  'Edm.Boolean': booleanType,
  'Edm.Byte': integerType([0, 255]),
  'Edm.SByte': integerType([-128, 127]),
  'Edm.Int16': integerType([-32768, 32767]),
  'Edm.Int32': integerType([-2147483648, 2147483647]),
  // JSON numbers beyond 2^53 lose precision in JavaScript anyway.
  'Edm.Int64': integerType([Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER]),
  'Edm.Double': floatType(true),
  'Edm.Single': floatType(true),
  'Edm.Decimal': floatType(false),
  'Edm.Guid': textType((text) => GUID_TEXT.test(text)),
  'Edm.DateTimeOffset': textType(isDateTimeOffsetText),
  'Edm.Date': textType(isDateText),
  'Edm.TimeOfDay': textType(isTimeOfDayText),
  'Edm.Duration': textType((text) => DURATION_TEXT.test(text)),
  'Edm.Binary': textType(isBase64Text),
};

/**
 * EDM types whose values are not checked: `Edm.Untyped` holds any JSON by definition, streams are
 * not sent inline, and spatial values are GeoJSON objects the emulator has no use for.
 */
export function isUncheckedEdmType(typeName: string): boolean {
  return (
    typeName === 'Edm.Untyped' ||
    typeName === 'Edm.Stream' ||
    typeName === 'Edm.PrimitiveType' ||
    typeName.startsWith('Edm.Geography') ||
    typeName.startsWith('Edm.Geometry')
  );
}

export function isEdmType(typeName: string): boolean {
  return typeName.startsWith('Edm.');
}

/** Converts a JSON primitive to an EDM primitive type, or `undefined` when Graph would reject it. */
export function convertPrimitive(value: JsonPrimitive, edmType: string): Conversion {
  const converter = CONVERTERS[edmType];
  // An EDM type this table does not know: accept the value as sent rather than invent a rule.
  return converter ? converter(value) : accepted(value);
}

/** How .NET prints the literal in "Cannot convert the literal '…'" (`True`, not `true`). */
export function dotNetLiteral(value: JsonPrimitive): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return String(value);
}
