/// <reference types="office-js" />
/**
 * The Outlook add-in's function-command page (`outlookCommands.html`): no UI, it loads Office.js
 * and registers `insertCxAgenda`, the function the manifest's "Insert CX agenda" button runs in the
 * meeting organizer's compose window. A `.tsx` only because every surface's entry is
 * `src/ui/<surface>/index.tsx`; it renders nothing.
 */
import {
  storageAgendaTemplateSource,
  type AgendaTemplateSource,
} from '../outlook/agendaTemplateSource';
import { INSERT_CX_AGENDA_ACTION, runInsertCxAgendaCommand } from '../outlook/insertCxAgenda';
import { officeEnums, officeMailboxItem } from '../outlook/officeMailboxItem';
import { loadOfficeJs } from './loadOfficeJs';

function templateSource(): AgendaTemplateSource {
  try {
    return storageAgendaTemplateSource(window.localStorage);
  } catch {
    // Reading `localStorage` itself throws where the browser blocks storage: use the standard agenda.
    return { read: async () => ({ kind: 'none' }) };
  }
}

function onInsertCxAgenda(event: Office.AddinCommands.Event): void {
  const item = Office.context.mailbox.item as Office.AppointmentCompose;
  void runInsertCxAgendaCommand({
    item: officeMailboxItem(item, officeEnums()),
    templateSource: templateSource(),
    completed: () => event.completed(),
  });
}

void loadOfficeJs(document)
  .then(() => Office.onReady())
  .then(() => Office.actions.associate(INSERT_CX_AGENDA_ACTION, onInsertCxAgenda))
  .catch((error: unknown) => {
    // Without Office.js there is no Outlook to report to: the button then shows Outlook's own error.
    console.error('CX Cadence: the Outlook command could not start.', error);
  });
