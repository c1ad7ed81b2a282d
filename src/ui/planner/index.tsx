/**
 * The cadence planner (`planner.html`): a CX lead picks the team's members, length, frequency,
 * time zone and range, finds the best recurring time from everyone's free/busy, schedules the
 * Teams meeting series with the standard agenda, the Mission Moment rota and the side panel, and
 * later swaps presenters, reschedules or cancels. Opened with `?groupId=` or from the team's tab.
 */
import { useMemo } from 'react';
import { HostProvider, createTeamsHost, themeFromUrl } from '../../host';
import type { CxWorkspace } from '../../graph/workspace';
import { mountSurface } from '../shell/mountSurface';
import { SurfacePage, type SignedInSurface } from '../shell/SurfacePage';
import { WorkspaceGate } from '../shell/WorkspaceGate';
import { createPlannerService } from './plannerService';
import { PlannerScreen } from './PlannerScreen';

// The page's one clock and id source: the domain and the flows receive them as arguments.
const now = () => new Date();
const newCadenceId = () => crypto.randomUUID();
const browserTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const timeZones = Intl.supportedValuesOf('timeZone');

function Planner(props: { readonly surface: SignedInSurface; readonly workspace: CxWorkspace }) {
  const { surface, workspace } = props;
  const service = useMemo(
    () =>
      createPlannerService({
        workspace,
        config: surface.config,
        pageOrigin: location.origin,
        now,
      }),
    [workspace, surface.config],
  );
  return (
    <PlannerScreen
      service={service}
      groupId={workspace.groupId}
      linkMeetings={surface.config.authMode === 'emulator'}
      now={now}
      newCadenceId={newCadenceId}
      browserTimeZone={browserTimeZone}
      timeZones={timeZones}
    />
  );
}

mountSurface(
  <HostProvider host={createTeamsHost({ theme: themeFromUrl(location.href) })}>
    <SurfacePage title="Cadence planner">
      {(surface) => (
        <WorkspaceGate surface={surface}>
          {(workspace) => <Planner surface={surface} workspace={workspace} />}
        </WorkspaceGate>
      )}
    </SurfacePage>
  </HostProvider>,
);
