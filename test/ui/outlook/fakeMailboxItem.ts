import type {
  AgendaNotification,
  MailboxItemPort,
  MeetingTimes,
} from '../../../src/ui/outlook/mailboxItemPort';
import {
  TEAM_AGENDA_FORMAT_VERSION,
  type AgendaTemplateSource,
  parseStoredTeamAgenda,
} from '../../../src/ui/outlook/agendaTemplateSource';

export type FailingCall = 'getBodyHtml' | 'setBodyHtml' | 'prependBodyHtml' | 'getMeetingTimes';

export interface FakeMailboxItemOptions {
  readonly body?: string;
  readonly times?: MeetingTimes;
  readonly failing?: readonly FailingCall[];
  readonly notificationFails?: boolean;
}

/** A meeting being composed in Outlook: a body, start and end, and an information bar. */
export interface FakeMailboxItem extends MailboxItemPort {
  readonly body: () => string;
  readonly notifications: AgendaNotification[];
  readonly writes: ('set' | 'prepend')[];
}

export function fakeMailboxItem(options: FakeMailboxItemOptions = {}): FakeMailboxItem {
  let body = options.body ?? '';
  const notifications: AgendaNotification[] = [];
  const writes: ('set' | 'prepend')[] = [];
  const failing = new Set(options.failing ?? []);
  const failIf = (call: FailingCall) => {
    if (failing.has(call)) throw new Error(`${call} failed: 5001: An internal error has occurred.`);
  };
  return {
    body: () => body,
    notifications,
    writes,
    getBodyHtml: async () => {
      failIf('getBodyHtml');
      return body;
    },
    setBodyHtml: async (html) => {
      failIf('setBodyHtml');
      writes.push('set');
      body = html;
    },
    prependBodyHtml: async (html) => {
      failIf('prependBodyHtml');
      writes.push('prepend');
      body = html + body;
    },
    getMeetingTimes: async () => {
      failIf('getMeetingTimes');
      return options.times;
    },
    showNotification: async (notification) => {
      if (options.notificationFails) throw new Error('replaceAsync failed');
      notifications.push(notification);
    },
  };
}

/** A source holding exactly `stored` (serialised as the hub writes it), or nothing. */
export function sourceWith(stored?: unknown): AgendaTemplateSource {
  const raw =
    stored === undefined ? null : typeof stored === 'string' ? stored : JSON.stringify(stored);
  return { read: async () => parseStoredTeamAgenda(raw) };
}

export const TEAM_AGENDA = {
  version: TEAM_AGENDA_FORMAT_VERSION,
  mission: 'We make every renewal feel effortless for the customer.',
  roleNames: { 'cx-lead': 'Head of CX' },
  template: {
    name: 'Northwind CX steering',
    items: [
      { id: 'mm', kind: 'missionMoment', title: 'Mission Moment', minutes: 5, guidance: '' },
      {
        id: 'renewals',
        kind: 'custom',
        title: 'Renewal risks review',
        minutes: 25,
        ownerRoleId: 'cx-lead',
        guidance: 'Accounts at risk this quarter',
      },
    ],
  },
};

/** A fixed meeting: 14 January 2025, 15:00–15:30 UTC. */
export const THIRTY_MINUTES: MeetingTimes = {
  start: new Date('2025-01-14T15:00:00Z'),
  end: new Date('2025-01-14T15:30:00Z'),
};
