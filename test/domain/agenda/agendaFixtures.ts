import {
  DEFAULT_CX_LEAD_ROLE_ID,
  DEFAULT_EXECUTIVE_SPONSOR_ROLE_ID,
  createStandardAgendaTemplate,
  type AgendaCarryOver,
  type AgendaRenderOptions,
} from '../../../src/domain/agenda';
import type { RoleId } from '../../../src/domain/ids';

export const MISSION =
  'We make every customer feel known, from first contact to renewal, across every department.';

export const ROLE_NAMES: Readonly<Partial<Record<RoleId, string>>> = {
  [DEFAULT_CX_LEAD_ROLE_ID]: 'CX Lead',
  [DEFAULT_EXECUTIVE_SPONSOR_ROLE_ID]: 'Executive Sponsor',
};

export const CARRY_OVER: AgendaCarryOver = {
  openActions: [
    { title: 'Publish the onboarding journey map', ownerName: 'Priya Shah', dueDate: '2025-03-14' },
    { title: 'Share churn interviews with product', ownerName: 'Lars Berg' },
  ],
  deferredDecisions: [
    {
      statement: 'Extend the refund window to 60 days',
      statusLabel: 'Pending approval by Executive Sponsor',
    },
  ],
};

export function standardRenderOptions(
  overrides: Partial<AgendaRenderOptions> = {},
): AgendaRenderOptions {
  return {
    template: createStandardAgendaTemplate(),
    mission: MISSION,
    roleNames: ROLE_NAMES,
    presenterName: 'Dana Kim',
    carryOver: CARRY_OVER,
    ...overrides,
  };
}

/** Freezes a value and everything it holds, so a test fails if a function mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** The time-box labels of the standard agenda in a 60-minute meeting. */
export const STANDARD_60_MINUTE_LABELS = [
  '0:00–0:05',
  '0:05–0:15',
  '0:15–0:30',
  '0:30–0:45',
  '0:45–0:55',
  '0:55–1:00',
];

/** Every tag the Outlook invite renderer emits: the standard agenda uses all of them, nothing else. */
export const INVITE_HTML_TAGS: ReadonlySet<string> = new Set([
  'div',
  'h2',
  'h3',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'p',
  'b',
  'br',
  'span',
  'ul',
  'li',
]);
