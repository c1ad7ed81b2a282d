/**
 * The meeting side panel (`sidePanel.html?groupId=<g>&cadenceId=<c>[&occurrence=<id>]&theme=…`):
 * what a presenter and the CX lead need during a CX meeting, at Teams' 280 px side panel width.
 * The planner pins it to the meeting chat; the local meeting page of `npm start` frames it beside a
 * meeting placeholder.
 */
import { Spinner } from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import { HostProvider, createTeamsHost, themeFromUrl, type HostContext } from '../../host';
import { ProblemMessage } from '../shell/ProblemMessage';
import { mountSurface } from '../shell/mountSurface';
import { SurfacePage, type SignedInSurface } from '../shell/SurfacePage';
import PanelEntry from './panelEntry';
import { readPanelParams } from './panelParams';

/** In a meeting's details or chat tab Teams opens this page in the `content` frame, not the panel. */
const isMeetingTab = (context: HostContext): boolean =>
  context.surface === 'content' && context.meetingId !== undefined;

// The panel's own code ships in this entry, not a lazy chunk: a chunk fetched after the entry ran
// arrived after Teams' initialisation anyway, and React holds a Suspense boundary's content back
// for 300 ms once its fallback showed (bench/sidePanelLoad.ts measured the agenda 300 ms later).
// The meeting tab's summary view is another frame's content, fetched only there.
const MeetingTab = lazy(() => import('./MeetingTab'));

function MeetingSidePanel(surface: SignedInSurface) {
  const params = readPanelParams(location.href);
  if (params.kind === 'incomplete') {
    return <ProblemMessage title="Which meeting is this?">{params.message}</ProblemMessage>;
  }
  if (isMeetingTab(surface.context)) {
    return (
      <Suspense fallback={<Spinner size="small" label="Loading the meeting's summary…" />}>
        <MeetingTab surface={surface} cadenceId={params.cadenceId} />
      </Suspense>
    );
  }
  return <PanelEntry surface={surface} params={params} />;
}

mountSurface(
  <HostProvider host={createTeamsHost({ theme: themeFromUrl(location.href) })}>
    <SurfacePage title="Meeting">{(surface) => <MeetingSidePanel {...surface} />}</SurfacePage>
  </HostProvider>,
);
