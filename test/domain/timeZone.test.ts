import { ValidationError } from '../../src/domain/errors';
import { isKnownTimeZone, resolveIanaZone, toWindowsZone } from '../../src/domain/timeZone';

describe('time zones', () => {
  it.each([
    ['Pacific Standard Time', 'America/Los_Angeles'],
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['GMT Standard Time', 'Europe/London'],
    ['AUS Eastern Standard Time', 'Australia/Sydney'],
    ['Tokyo Standard Time', 'Asia/Tokyo'],
    ['UTC', 'Etc/UTC'],
    ['America/New_York', 'America/New_York'],
    ['  Europe/Paris  ', 'Europe/Paris'],
  ])('resolves %s to the IANA zone %s', (name, iana) => {
    expect(resolveIanaZone(name)).toBe(iana);
  });

  it.each([
    ['America/Los_Angeles', 'Pacific Standard Time'],
    ['Europe/Berlin', 'W. Europe Standard Time'],
    ['Asia/Kolkata', 'India Standard Time'],
    ['Eastern Standard Time', 'Eastern Standard Time'],
    ['UTC', 'UTC'],
  ])('gives Graph the Windows name of %s: %s', (name, windows) => {
    expect(toWindowsZone(name)).toBe(windows);
  });

  it('names the field and says what to type for an unknown zone', () => {
    let caught: unknown;
    try {
      resolveIanaZone('Mars/Olympus_Mons', 'cadence.timeZone');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as ValidationError).field).toBe('cadence.timeZone');
    expect((caught as ValidationError).message).toMatch(
      /"Mars\/Olympus_Mons" is not a time zone we recognise. Use a Windows name such as "Pacific Standard Time"/,
    );
  });

  it('refuses an unknown zone when asked for its Windows name', () => {
    expect(() => toWindowsZone('Nowhere Standard Time')).toThrow(ValidationError);
  });

  it.each([
    ['Pacific Standard Time', true],
    ['Europe/Berlin', true],
    ['', false],
    ['Pacific Time', false],
    ['Mars/Olympus_Mons', false],
  ])('knows whether %j is a time zone (%s)', (name, known) => {
    expect(isKnownTimeZone(name)).toBe(known);
  });
});
