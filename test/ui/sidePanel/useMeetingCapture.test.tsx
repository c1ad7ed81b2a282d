/** @jest-environment jsdom */
import { act, renderHook, waitFor } from '@testing-library/react';

/**
 * The code below the agenda arrives in its own chunk: while it loads the panel says so, a failed
 * fetch (the network dropped) is reported with a way to try again, and trying again loads it.
 */

const CAPTURE_MODULE = '../../../src/ui/sidePanel/MeetingCapture';

function MeetingCaptureStandIn() {
  return null;
}

describe('useMeetingCapture', () => {
  // No jest.resetModules: the hook and renderHook must share one React.
  it('reports a failed fetch, loads the code when asked to try again, and keeps it', async () => {
    jest.doMock(CAPTURE_MODULE, () => {
      throw new Error('Loading chunk 812 failed.');
    });
    const { useMeetingCapture } = await import('../../../src/ui/sidePanel/useMeetingCapture');
    const { result } = renderHook(() => useMeetingCapture());
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.status).toBe('failed'));
    const failed = result.current;
    if (failed.status !== 'failed') throw new Error('expected the failure');
    expect((failed.error as Error).message).toBe('Loading chunk 812 failed.');

    jest.doMock(CAPTURE_MODULE, () => ({ __esModule: true, default: MeetingCaptureStandIn }));
    act(() => failed.retry());
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.status === 'ready' && result.current.MeetingCapture).toBe(
      MeetingCaptureStandIn,
    );

    // A panel opened later gets the loaded code at once, without fetching it again.
    jest.doMock(CAPTURE_MODULE, () => {
      throw new Error('fetched a second time');
    });
    const later = renderHook(() => useMeetingCapture());
    await waitFor(() => expect(later.result.current.status).toBe('ready'));
  });
});
