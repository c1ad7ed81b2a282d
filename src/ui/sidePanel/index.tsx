/**
 * The meeting side panel (`sidePanel.html?groupId=<g>&cadenceId=<c>[&occurrence=<id>]&theme=…`):
 * what a presenter and the CX lead need during a CX meeting, at Teams' 280 px side panel width.
 * The planner pins it to the meeting chat; the local meeting page of `npm start` frames it beside a
 * meeting placeholder.
 */
import { Spinner } from '@fluentui/react-components';
import { Suspense, lazy, type ReactNode } from 'react';
import { HostProvider, createTeamsHost, themeFromUrl } from '../../host';
import { ProblemMessage } from '../shell/ProblemMessage';
import { mountSurface } from '../shell/mountSurface';
import { SurfacePage, type SignedInSurface } from '../shell/SurfacePage';
import { readPanelParams } from './panelParams';

// Fetched at once, in parallel with Teams' initialisation and the sign-in, not when first shown.
const panelCode = import('./panelEntry');
const PanelEntry = lazy(() => panelCode);

/**
 * Seam for the meeting details / chat tab: in a meeting, Teams opens the same page in the `content`
 * frame context, which shows the meeting summary view (built separately). Return that view here
 * for `surface.context.surface === 'content' && surface.context.meetingId`; `undefined` shows the
 * side panel. TODO(issue 5): the lead wires the summary view.
 */
function meetingDetailsView(_surface: SignedInSurface): ReactNode | undefined {
  return undefined;
}

function MeetingSidePanel(surface: SignedInSurface) {
  const details = meetingDetailsView(surface);
  if (details !== undefined) return details;
  const params = readPanelParams(location.href);
  if (params.kind === 'incomplete') {
    return <ProblemMessage title="Which meeting is this?">{params.message}</ProblemMessage>;
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
