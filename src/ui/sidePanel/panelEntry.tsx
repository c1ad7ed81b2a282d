/**
 * The side panel's own code, loaded as a separate chunk: `index.tsx` starts fetching it while
 * Teams initialises and the person signs in, so the page's entry stays small and the agenda's code
 * arrives alongside the token instead of after it.
 */
import type { SignedInSurface } from '../shell/SurfacePage';
import { openOutbox } from './outbox/outboxStore';
import { systemClock } from './panelClock';
import type { PanelParams } from './panelParams';
import { SidePanel } from './SidePanel';

const newEntryId = () => crypto.randomUUID();
const openPanelOutbox = () => openOutbox();

export interface PanelEntryProps {
  readonly surface: SignedInSurface;
  readonly params: Extract<PanelParams, { kind: 'meeting' }>;
}

/** The panel wired to the browser: IndexedDB outbox, `localStorage`, the system clock, UUIDs. */
export default function PanelEntry({ surface, params }: PanelEntryProps) {
  return (
    <SidePanel
      graph={surface.graph}
      account={surface.account}
      groupId={params.groupId}
      cadenceId={params.cadenceId}
      occurrenceId={params.occurrenceId}
      chatId={surface.context.chatId}
      locale={surface.context.locale}
      clock={systemClock}
      storage={localStorage}
      openOutbox={openPanelOutbox}
      newId={newEntryId}
    />
  );
}
