/**
 * The post-meeting summary page (`summary.html?groupId=…&cadenceId=…&occurrence=…`): the CX lead
 * reviews the meeting's Mission Moment, decisions, actions and attendance, previews exactly what
 * will be posted, and publishes it to the meeting chat, mail and Planner.
 */
import { useMemo } from 'react';
import { HostProvider, createTeamsHost, themeFromUrl } from '../../host';
import type { CxWorkspace } from '../../graph/workspace';
import { ProblemMessage } from '../shell/ProblemMessage';
import { WorkspaceGate } from '../shell/WorkspaceGate';
import { mountSurface } from '../shell/mountSurface';
import { SurfacePage, type SignedInSurface } from '../shell/SurfacePage';
import { SummaryScreen } from './SummaryScreen';
import { summaryServicesFor } from './summaryServices';
import { summaryTargetOf } from './summaryUrl';
import type { SummaryTarget } from './summaryUrl';

/** The one place this page reads the clock. */
const now = () => new Date();

function SummaryForMeeting(props: {
  readonly workspace: CxWorkspace;
  readonly target: SummaryTarget;
  readonly hostChatId: string | undefined;
}) {
  const { workspace, target, hostChatId } = props;
  const services = useMemo(
    () =>
      summaryServicesFor({
        workspace,
        target,
        now,
        ...(hostChatId ? { hostChatId } : {}),
      }),
    [workspace, target, hostChatId],
  );
  return <SummaryScreen services={services} />;
}

function SummaryPage({ surface }: { readonly surface: SignedInSurface }) {
  const target = useMemo(() => summaryTargetOf(location.href), []);
  if (!target) {
    return (
      <ProblemMessage title="Which meeting?">
        This page needs the meeting in its address: summary.html?groupId=…&cadenceId=…&occurrence=…
        (the occurrence&apos;s start as an ISO date-time). Open the summary from the meeting&apos;s
        side panel or chat tab.
      </ProblemMessage>
    );
  }
  return (
    <WorkspaceGate surface={surface}>
      {(workspace) => (
        <SummaryForMeeting
          workspace={workspace}
          target={target}
          hostChatId={surface.context.chatId}
        />
      )}
    </WorkspaceGate>
  );
}

mountSurface(
  <HostProvider host={createTeamsHost({ theme: themeFromUrl(location.href) })}>
    <SurfacePage title="Meeting summary">
      {(surface) => <SummaryPage surface={surface} />}
    </SurfacePage>
  </HostProvider>,
);
