import { findCurrentOccurrence } from '../../../src/domain/meetingPanel';
import {
  inviteTextOf,
  missionMomentPresenter,
  presenterNamedInInvite,
  rotaPresenterOf,
} from '../../../src/domain/meetingPanel';
import { memberId, occurrenceId } from '../../../src/domain/ids';
import { ANA, BEN, CHI, biweeklyCadence } from './fixtures';

const cadence = biweeklyCadence();
const occurrence = (id: string) =>
  findCurrentOccurrence({ cadence, now: '2026-01-01T00:00:00Z', occurrenceId: id });
const members = [
  { id: ANA, displayName: 'Ana Silva' },
  { id: BEN, displayName: 'Ben Lee' },
  { id: memberId('ben-2'), displayName: 'Ben Leeds' },
  { id: CHI, displayName: 'Chi Okoro' },
];

describe('rotaPresenterOf', () => {
  it.each([
    ['2026-03-10T15:00:00Z', BEN],
    ['2026-03-24T15:00:00Z', ANA],
    ['2026-04-07T15:00:00Z', CHI],
    ['2026-04-21T15:00:00Z', BEN],
  ])('gives the %s meeting to the member whose turn it is', (id, expected) => {
    expect(rotaPresenterOf(cadence, occurrence(id))).toEqual({
      memberId: expected,
      source: 'rotation',
    });
  });

  it('honours an override fixed for the meeting, and the rotation carries on after it', () => {
    const overridden = biweeklyCadence({
      rotation: {
        memberIds: [BEN, ANA, CHI],
        overrides: [{ occurrenceId: occurrenceId('2026-03-10T15:00:00Z'), memberId: CHI }],
      },
    });
    const first = findCurrentOccurrence({ cadence: overridden, now: '2026-03-10T15:00:00Z' });
    expect(rotaPresenterOf(overridden, first)).toEqual({ memberId: CHI, source: 'override' });
    const second = findCurrentOccurrence({ cadence: overridden, now: '2026-03-24T15:00:00Z' });
    expect(rotaPresenterOf(overridden, second)).toEqual({ memberId: BEN, source: 'rotation' });
  });
});

describe('presenterNamedInInvite', () => {
  it.each([
    ['Mission Moment — told by Ben Lee A true story', BEN],
    ['Mission Moment — told by Ben Leeds A true story', memberId('ben-2')],
    ['Mission Moment — told by Ben Lee, then questions', BEN],
    ['Mission Moment — presenter to be confirmed', undefined],
    ['Mission Moment — told by Benedict', undefined],
  ])('"%s" names %s', (text, expected) => {
    expect(presenterNamedInInvite(text, members)).toBe(expected);
  });
});

describe('inviteTextOf', () => {
  it('reads the words of an invite, decoding entities', () => {
    expect(
      inviteTextOf(
        '<style>p{}</style><p><b>Mission Moment &mdash; told by Ana&nbsp;Silva</b> &amp; &#8212; &#x2014; &#99999999;</p>',
      ),
    ).toBe('Mission Moment — told by Ana Silva & — — &#99999999;');
  });
});

describe('missionMomentPresenter', () => {
  it('prefers the presenter the invite names over the rota', () => {
    const first = occurrence('2026-03-10T15:00:00Z');
    const inviteText = inviteTextOf('<b>Mission Moment — told by Chi Okoro</b>');
    expect(missionMomentPresenter({ cadence, occurrence: first, inviteText, members })).toEqual({
      memberId: CHI,
      source: 'invite',
    });
    expect(missionMomentPresenter({ cadence, occurrence: first, members })).toEqual({
      memberId: BEN,
      source: 'rotation',
    });
  });
});
