/**
 * The configuration page (`configure.html`, the manifest's `configurationUrl`): Teams shows it when
 * someone adds CX Cadence as a tab to a channel, a group chat or a meeting. Signed in, it shows
 * which CX team the tab is for and what it will show, and answers Teams' Save. Opened in a browser
 * (`npm start`), it says what it is and shows what would be saved.
 */
import { useCallback } from 'react';
import { HostProvider, createTeamsHost, themeFromUrl } from '../../host';
import { mountSurface } from '../shell/mountSurface';
import { SurfacePage, type SignedInSurface } from '../shell/SurfacePage';
import { ConfigureScreen } from './ConfigureScreen';
import { listJoinedTeams } from './joinedTeams';

function ConfigureTab({ config, context, account, graph }: SignedInSurface) {
  const loadJoinedTeams = useCallback(() => listJoinedTeams(graph), [graph]);
  return (
    <ConfigureScreen
      context={context}
      appUrl={config.appUrl ?? location.origin}
      loadJoinedTeams={loadJoinedTeams}
      signedInAs={account.displayName ?? account.userPrincipalName}
    />
  );
}

mountSurface(
  <HostProvider host={createTeamsHost({ theme: themeFromUrl(location.href) })}>
    <SurfacePage title="Set up the tab">{(surface) => <ConfigureTab {...surface} />}</SurfacePage>
  </HostProvider>,
);
