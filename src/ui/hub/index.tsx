/**
 * The CX hub (`hub.html`, the tab the configuration page saves and the personal tab): the CX team's
 * charter, roster and decision rights, and its decisions, Mission Moments, actions and health.
 */
import { HostProvider, createTeamsHost, themeFromUrl } from '../../host';
import { mountSurface } from '../shell/mountSurface';
import { SurfacePage } from '../shell/SurfacePage';
import { WorkspaceGate } from '../shell/WorkspaceGate';
import { HubScreen } from './HubScreen';

/** The hub's only reading of the clock: every section gets this. */
const readClock = () => new Date();

mountSurface(
  <HostProvider host={createTeamsHost({ theme: themeFromUrl(location.href) })}>
    <SurfacePage title="CX hub">
      {(surface) => (
        <WorkspaceGate surface={surface}>
          {(workspace) => (
            <HubScreen workspace={workspace} now={readClock} agendaStorage={localStorage} />
          )}
        </WorkspaceGate>
      )}
    </SurfacePage>
  </HostProvider>,
);
