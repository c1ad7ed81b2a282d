import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MeetingSummary } from '../../domain/summary';
import type { SummaryChatFormat } from '../../graph/publishing';
import { summaryOfSources } from '../../graph/summary';
import type { PublishedMeetingSummary, SummarySources } from '../../graph/summary';
import type { SummaryServices } from './summaryServices';
import { summaryPreviewOf } from './summaryPreview';
import type { SummaryPreview } from './summaryPreview';

export type SummaryLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown; retry(): void }
  | {
      readonly status: 'ready';
      readonly sources: SummarySources;
      readonly summary: MeetingSummary;
      readonly preview: SummaryPreview;
    };

export type PublishState =
  | { readonly status: 'idle' }
  | { readonly status: 'publishing' }
  /** Ran to the end: `result.failures` says whether every step is done. */
  | { readonly status: 'finished'; readonly result: PublishedMeetingSummary }
  /** Stopped before the end (no network, a record failure): nothing to report per step. */
  | { readonly status: 'failed'; readonly error: unknown };

export interface SummaryReviewState {
  readonly load: SummaryLoad;
  readonly chatFormat: SummaryChatFormat;
  setChatFormat(format: SummaryChatFormat): void;
  readonly publishing: PublishState;
  /** Publishes (or resumes, or checks again): never posts twice. */
  publish(): void;
}

/**
 * The review screen's state: loads the meeting's sources once, builds the summary and the preview
 * of exactly what will be posted for the chosen chat format, and runs publishing. After a publish
 * the meeting's publication is taken from the saved record, so the screen shows it as published.
 */
export function useSummaryReview(services: SummaryServices): SummaryReviewState {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<
    | { status: 'loading' }
    | { status: 'failed'; error: unknown }
    | { status: 'ready'; sources: SummarySources; summary: MeetingSummary }
  >({ status: 'loading' });
  const [chatFormat, setChatFormat] = useState<SummaryChatFormat>('html');
  const [publishing, setPublishing] = useState<PublishState>({ status: 'idle' });

  useEffect(() => {
    let current = true;
    setLoaded({ status: 'loading' });
    services
      .load()
      .then((sources) => {
        if (current) setLoaded({ status: 'ready', sources, summary: summaryOfSources(sources) });
      })
      .catch((error: unknown) => {
        if (current) setLoaded({ status: 'failed', error });
      });
    return () => {
      current = false;
    };
  }, [services, attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);

  const load = useMemo<SummaryLoad>(() => {
    if (loaded.status === 'loading') return loaded;
    if (loaded.status === 'failed') return { ...loaded, retry };
    const preview = summaryPreviewOf({
      summary: loaded.summary,
      meetingId: loaded.sources.meetingId,
      actions: loaded.sources.actions.map((stored) => stored.value),
      chatFormat,
    });
    return { ...loaded, preview };
  }, [loaded, retry, chatFormat]);

  const publish = useCallback(() => {
    if (loaded.status !== 'ready') return;
    const { sources, summary } = loaded;
    setPublishing({ status: 'publishing' });
    void (async () => {
      try {
        const chatId = await services.findChat(sources);
        const result = await services.publish({ sources, summary, chatId, chatFormat });
        setLoaded({ status: 'ready', summary, sources: { ...sources, meeting: result.meeting } });
        setPublishing({ status: 'finished', result });
      } catch (error) {
        setPublishing({ status: 'failed', error });
      }
    })();
  }, [loaded, services, chatFormat]);

  return { load, chatFormat, setChatFormat, publishing, publish };
}
