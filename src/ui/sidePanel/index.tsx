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
import { readPanelParams } from './panelParams';

/** In a meeting's details or chat tab Teams opens this page in the `content` frame, not the panel. */
const isMeetingTab = (context: HostContext): boolean =>
  context.surface === 'content' && context.meetingId !== undefined;

// Fetched at once, in parallel with Teams' initialisation and the sign-in, not when first shown.
const panelCode = import('./panelEntry');
const PanelEntry = lazy(() => panelCode);
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
  return (
    <Suspense fallback={<Spinner size="small" label="Loading the side panel…" />}>
      <PanelEntry surface={surface} params={params} />
    </Suspense>
  );
}

mountSurface(
  <HostProvider host={createTeamsHost({ theme: themeFromUrl(location.href) })}>
    <SurfacePage title="Meeting">{(surface) => <MeetingSidePanel {...surface} />}</SurfacePage>
  </HostProvider>,
);
