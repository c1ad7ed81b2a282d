/** The side panel wired to the browser, apart from the page's frame (`index.tsx`). */
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
