import type { CadenceId } from '../../domain/ids';
import type { SignedInSurface } from '../shell/SurfacePage';
import { WorkspaceGate } from '../shell/WorkspaceGate';
import { MeetingTabView } from '../summary/MeetingTabView';

/**
 * The meeting's details and chat tab: the same page Teams loads in the side panel, opened in the
 * `content` frame, shows the last published summary and the next meeting's agenda instead.
 * Loaded on demand, so the side panel itself never ships the summary's code.
 */
export default function MeetingTab(props: {
  readonly surface: SignedInSurface;
  readonly cadenceId: CadenceId;
}) {
  const { surface, cadenceId } = props;
  return (
    <WorkspaceGate surface={surface}>
      {(workspace) => (
        <MeetingTabView
          workspace={workspace}
          cadenceId={cadenceId}
          config={surface.config}
          now={() => new Date()}
        />
      )}
    </WorkspaceGate>
  );
}
