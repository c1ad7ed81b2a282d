import { useCallback, useEffect, useState, type ComponentType } from 'react';
import type { MeetingCaptureProps } from './MeetingCapture';

/**
 * The code below the agenda (`MeetingCapture`: the capture forms and Fluent's text inputs) is a
 * chunk of its own, fetched once the agenda is on screen: the agenda comes first, and the rest
 * of the meeting's data is still on its way then, so the forms rarely wait. Without React's
 * `lazy`: a Suspense boundary holds content back for 300 ms once its fallback showed.
 *
 * Fetches the chunk, or resolves at once when it is here; after a failed fetch, webpack fetches
 * it again on the next call.
 */
export function loadMeetingCapture(): Promise<ComponentType<MeetingCaptureProps>> {
  return import('./MeetingCapture').then((module) => module.default);
}

export type MeetingCaptureState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly MeetingCapture: ComponentType<MeetingCaptureProps> }
  | { readonly status: 'failed'; readonly error: unknown; retry(): void };

/** The capture component once its code is here; a failed fetch can be retried. */
export function useMeetingCapture(): MeetingCaptureState {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<
    | { readonly component: ComponentType<MeetingCaptureProps> }
    | { readonly error: unknown; readonly attempt: number }
    | undefined
  >(undefined);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  useEffect(() => {
    let isCurrent = true;
    loadMeetingCapture().then(
      (component) => isCurrent && setState({ component }),
      (error: unknown) => isCurrent && setState({ error, attempt }),
    );
    return () => {
      isCurrent = false;
    };
  }, [attempt]);
  if (state && 'component' in state) return { status: 'ready', MeetingCapture: state.component };
  if (state && state.attempt === attempt) return { status: 'failed', error: state.error, retry };
  return { status: 'loading' };
}
