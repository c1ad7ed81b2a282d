import {
  ALL_SYNCED,
  NOTHING_CAPTURED,
  OFFLINE_HEADLINE,
  entrySyncLabel,
  summarizeSync,
  type EntrySyncState,
} from '../../../src/domain/meetingPanel';

const entries = (...states: EntrySyncState[]) => states.map((state) => ({ state }));

describe('summarizeSync', () => {
  it.each([
    [
      'nothing captured',
      { entries: [], isOnline: true, isSyncing: false },
      { tone: 'info', headline: NOTHING_CAPTURED },
    ],
    [
      'everything synced',
      { entries: entries('synced', 'synced'), isOnline: false, isSyncing: false },
      { tone: 'success', headline: ALL_SYNCED },
    ],
    [
      'offline with two waiting',
      { entries: entries('synced', 'waiting', 'failed'), isOnline: false, isSyncing: false },
      {
        tone: 'warning',
        headline: OFFLINE_HEADLINE,
        detail: 'Saved on this device · 2 waiting to sync',
      },
    ],
    [
      'syncing',
      { entries: entries('waiting'), isOnline: true, isSyncing: true },
      { tone: 'info', headline: 'Syncing…', detail: 'Saved on this device · 1 waiting to sync' },
    ],
    [
      'a failure that is not the network',
      {
        entries: entries('failed'),
        isOnline: true,
        isSyncing: false,
        lastProblem: 'no access to the records',
      },
      {
        tone: 'error',
        headline: 'Not synced yet: no access to the records',
        detail: 'Saved on this device · 1 waiting to sync',
      },
    ],
    [
      'waiting, online, between attempts',
      { entries: entries('waiting'), isOnline: true, isSyncing: false },
      { tone: 'info', headline: 'Saved on this device · 1 waiting to sync' },
    ],
  ] as const)('%s', (_case, options, expected) => {
    expect(summarizeSync(options)).toEqual(expected);
  });
});

describe('entrySyncLabel', () => {
  it.each([
    ['waiting', 'Saved on this device, waiting to sync'],
    ['failed', 'Saved on this device, not synced yet (will retry)'],
    ['synced', 'Synced'],
  ] as const)('%s → %s', (state, label) => {
    expect(entrySyncLabel(state)).toBe(label);
  });
});
