import { DEMO_CX_GROUP_ID, DEMO_USER_IDS } from '../../../emulator/seed/constants';
import { createStandardAgendaTemplate } from '../../../src/domain/agenda';
import { validateCadence, type Cadence } from '../../../src/domain/cadence';
import {
  DEFAULT_ROLE_IDS,
  assignMember,
  createDefaultCharter,
  validateCharter,
  type Charter,
} from '../../../src/domain/charter';
import { cadenceId, memberId, type MemberId } from '../../../src/domain/ids';
import type { GraphClient } from '../../../src/graph/client';
import { openCxWorkspace, type CxWorkspace } from '../../../src/graph/workspace';

/**
 * The CX Council as the side panel tests meet it: a charter whose roles have members (Amara the
 * Executive Sponsor, Dana the CX lead, Sam the marketing champion, Marcus the sales champion) and
 * a biweekly Tuesday cadence, saved through the real repositories.
 */

export const DANA = memberId(DEMO_USER_IDS.dana);
export const AMARA = memberId(DEMO_USER_IDS.amara);
export const SAM = memberId(DEMO_USER_IDS.sam);
export const MARCUS = memberId(DEMO_USER_IDS.marcus);

export const MISSION =
  'Every customer leaves every conversation with their problem solved, and we learn from each one.';

export function councilCharter(): Charter {
  const memberships: [keyof typeof DEFAULT_ROLE_IDS, MemberId][] = [
    ['executiveSponsor', AMARA],
    ['cxLead', DANA],
    ['marketing', SAM],
    ['sales', MARCUS],
  ];
  const charter = memberships.reduce(
    (current, [role, member]) => assignMember(current, { role: DEFAULT_ROLE_IDS[role], member }),
    { ...createDefaultCharter(), mission: MISSION },
  );
  return validateCharter(charter);
}

export const COUNCIL_CADENCE_ID = cadenceId('cx-council-panel');

/** Tuesdays 08:00 Los Angeles every two weeks from 2026-03-10 (15:00Z in summer time). */
export function councilCadence(change: Partial<Cadence> = {}): Cadence {
  return validateCadence({
    id: COUNCIL_CADENCE_ID,
    version: 1,
    title: 'CX Council',
    organizerId: DANA,
    attendeeIds: [DANA, AMARA, SAM, MARCUS],
    durationMinutes: 60,
    startTime: '08:00',
    timeZone: 'America/Los_Angeles',
    recurrence: {
      frequency: { kind: 'everyNWeeks', interval: 2, daysOfWeek: ['tuesday'] },
      range: { kind: 'untilDate', startDate: '2026-03-10', endDate: '2026-12-31' },
      firstDayOfWeek: 'sunday',
    },
    agenda: createStandardAgendaTemplate(),
    rotation: { memberIds: [SAM, DANA, AMARA, MARCUS], overrides: [] },
    ...change,
  });
}

/** The first two meetings' ids (their UTC starts). */
export const FIRST_MEETING = '2026-03-10T15:00:00Z';
export const SECOND_MEETING = '2026-03-24T15:00:00Z';

/** Saves the charter and the cadence as the CX lead; returns the workspace. */
export async function seedCouncil(lead: GraphClient): Promise<CxWorkspace> {
  const workspace = await openCxWorkspace({ client: lead, groupId: DEMO_CX_GROUP_ID });
  await workspace.charter.create(councilCharter());
  await workspace.cadences.create({ cadence: councilCadence() });
  return workspace;
}
