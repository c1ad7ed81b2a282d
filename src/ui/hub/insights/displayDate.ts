/**
 * A calendar date (`YYYY-MM-DD`) as people read it: "10 Mar 2026". The date is a day, not an
 * instant, so it is formatted in UTC: no zone can move it to the day before.
 */
export function displayDate(calendarDate: string, locale = 'en-GB'): string {
  const date = new Date(`${calendarDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return calendarDate;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** "1 decision", "3 decisions". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
