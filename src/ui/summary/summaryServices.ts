import type { MeetingSummary } from '../../domain/summary';
import type { SummaryChatFormat } from '../../graph/publishing';
import { findMeetingChat, loadSummarySources, publishMeetingSummary } from '../../graph/summary';
import type { PublishedMeetingSummary, SummarySources } from '../../graph/summary';
import type { CxWorkspace } from '../../graph/workspace';
import type { SummaryTarget } from './summaryUrl';

/** What the summary screen asks of Graph; tests give in-memory fakes. */
export interface SummaryServices {
  load(): Promise<SummarySources>;
  /** The meeting chat to post in. */
  findChat(sources: SummarySources): Promise<string>;
  publish(input: {
    readonly sources: SummarySources;
    readonly summary: MeetingSummary;
    readonly chatId: string;
    readonly chatFormat: SummaryChatFormat;
  }): Promise<PublishedMeetingSummary>;
}

/**
 * The services over the CX team's workspace. The meeting chat is the host's when the page runs in
 * the meeting's chat (Teams gives its id), otherwise found from the cadence's series.
 */
export function summaryServicesFor(input: {
  readonly workspace: CxWorkspace;
  readonly target: SummaryTarget;
  readonly hostChatId?: string;
  readonly now: () => Date;
}): SummaryServices {
  const { workspace, target } = input;
  return {
    load: () => loadSummarySources({ workspace, ...target }),
    findChat: async (sources) =>
      input.hostChatId ?? findMeetingChat(workspace.client, sources.cadence.value),
    publish: (publish) => publishMeetingSummary({ workspace, ...publish, now: input.now }),
  };
}
