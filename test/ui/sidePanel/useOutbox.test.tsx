/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { deserialize, serialize } from 'node:v8';
import { act, renderHook, waitFor } from '@testing-library/react';
import {
  actionItemId,
  cadenceId,
  meetingId,
  memberId,
  occurrenceId,
} from '../../../src/domain/ids';
import { createActionItem, type ActionItem } from '../../../src/domain/records';
import { GraphNetworkError } from '../../../src/graph/client';
import type { MeetingRef } from '../../../src/graph/meetingPanel';
import { openOutbox, type Outbox } from '../../../src/ui/sidePanel/outbox/outboxStore';
import { useOutbox } from '../../../src/ui/sidePanel/useOutbox';

// jest 29's jsdom lacks structuredClone, which IndexedDB (fake-indexeddb) stores values with.
globalThis.structuredClone ??= <T,>(value: T): T => deserialize(serialize(value)) as T;

const meeting: MeetingRef = {
  cadenceId: cadenceId('council'),
  occurrenceId: occurrenceId('2026-03-24T15:00:00Z'),
  meetingId: meetingId('council@2026-03-24T15:00:00Z'),
  scheduledStart: '2026-03-24T15:00:00Z',
};

function action(id: string): ActionItem {
  return createActionItem({
    id: actionItemId(id),
    title: `Do ${id}`,
    owner: memberId('ana'),
    dueDate: '2026-03-31',
    meetingDate: '2026-03-24',
    source: { meetingId: meeting.meetingId, occurrenceId: meeting.occurrenceId },
  });
}

/** In-memory records: appends keyed by id (a replay is not a duplicate); Graph "down" on demand. */
function fakeRecords() {
  const actions = new Map<string, ActionItem>();
  let meetingRecord: { value: { record: { actionIds: string[] } } } | undefined;
  const state = { isDown: false, appends: 0 };
  const down = () => {
    if (state.isDown)
      throw new GraphNetworkError(
        { method: 'POST', url: '/$batch' },
        new TypeError('Failed to fetch'),
      );
  };
  const workspace = {
    actions: {
      appendMany: async (values: readonly ActionItem[]) => {
        down();
        state.appends += 1;
        values.forEach((value) => actions.set(value.id, value));
        return [];
      },
    },
    decisions: { appendMany: async () => [] },
    missionMoments: { append: async () => ({}) },
    meetings: {
      read: async () => meetingRecord,
      create: async (entry: { record: { actionIds: string[] } }) => {
        meetingRecord = { value: entry };
        return meetingRecord;
      },
      update: async (_current: unknown, next: { record: { actionIds: string[] } }) => {
        meetingRecord = { value: next };
        return meetingRecord;
      },
    },
  };
  return { workspace, actions, state, linked: () => meetingRecord?.value.record.actionIds ?? [] };
}

describe('useOutbox', () => {
  let outbox: Outbox;
  let dbCount = 0;

  beforeEach(async () => {
    dbCount += 1;
    outbox = await openOutbox(`test-outbox-${dbCount}`);
  });
  afterEach(() => outbox.close());

  function render(records: ReturnType<typeof fakeRecords>, box: Outbox = outbox) {
    return renderHook(() =>
      useOutbox({
        outbox: box,
        cadenceKey: 'group|council',
        workspace: async () => records.workspace as never,
        now: () => '2026-03-24T15:20:00Z',
      }),
    );
  }

  it('saves on the device, syncs, and says all is synced', async () => {
    const records = fakeRecords();
    const { result } = render(records);
    await waitFor(() => expect(result.current.entries).toEqual([]));
    await act(() => result.current.add(meeting, { kind: 'action', value: action('a1') }));
    await waitFor(() => expect(result.current.summary.headline).toBe('All synced'));
    expect([...records.actions.keys()]).toEqual(['a1']);
    expect(records.linked()).toEqual(['a1']);
  });

  it('keeps entries while Graph is unreachable, across a reload, and syncs each once when it answers', async () => {
    const records = fakeRecords();
    records.state.isDown = true;
    const first = render(records);
    await waitFor(() => expect(first.result.current.entries).toEqual([]));
    await act(() => first.result.current.add(meeting, { kind: 'action', value: action('a1') }));
    await act(() => first.result.current.add(meeting, { kind: 'action', value: action('a2') }));
    await waitFor(() =>
      expect(first.result.current.summary).toMatchObject({
        headline: 'Offline — will sync when Graph answers',
        detail: 'Saved on this device · 2 waiting to sync',
      }),
    );
    first.unmount();

    // The panel is closed and opened again (a new hook over the same database).
    records.state.isDown = false;
    const again = render(records);
    await waitFor(() => expect(again.result.current.summary.headline).toBe('All synced'));
    expect([...records.actions.keys()].sort()).toEqual(['a1', 'a2']);
    expect(records.linked()).toEqual(['a1', 'a2']);
    expect((await outbox.entriesOf('group|council')).map((entry) => entry.state)).toEqual([
      'synced',
      'synced',
    ]);
  });

  it('tries again when the browser comes back online', async () => {
    const records = fakeRecords();
    records.state.isDown = true;
    const { result } = render(records);
    await waitFor(() => expect(result.current.entries).toEqual([]));
    await act(() => result.current.add(meeting, { kind: 'action', value: action('a1') }));
    await waitFor(() => expect(result.current.entries?.[0]?.state).toBe('failed'));
    records.state.isDown = false;
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(result.current.summary.headline).toBe('All synced'));
    expect(records.actions.size).toBe(1);
  });
});
