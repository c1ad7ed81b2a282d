import {
  DEMO_CX_CADENCE_APP_EXTERNAL_ID,
  DEMO_CX_GROUP_ID,
  DEMO_CX_LEAD_UPN,
} from '../../../emulator/seed/constants';
import { occurrenceId } from '../../../src/domain/ids';
import { readMeetingPanel } from '../../../src/graph/meetingPanel';
import { scheduleCadence } from '../../../src/graph/scheduling';
import { startEmulatorSession, type EmulatorSession } from '../support/emulatorSession';
import {
  COUNCIL_CADENCE_ID,
  MISSION,
  councilCadence,
  councilCharter,
  seedCouncil,
} from './fixtures';

jest.setTimeout(60_000);

describe('readMeetingPanel on a scheduled cadence', () => {
  let session: EmulatorSession;

  beforeAll(async () => {
    session = await startEmulatorSession();
  });
  afterAll(() => session.close());

  it("names the presenter the occurrence's invite names, read from the attendee's calendar", async () => {
    const lead = await session.clientFor(DEMO_CX_LEAD_UPN);
    await seedCouncil(lead);
    const charter = councilCharter();
    const scheduled = await scheduleCadence({
      client: lead,
      cadence: councilCadence(),
      groupId: DEMO_CX_GROUP_ID,
      charter: {
        mission: MISSION,
        roleNames: Object.fromEntries(charter.roles.map((role) => [role.id, role.name])),
      },
      app: {
        externalId: DEMO_CX_CADENCE_APP_EXTERNAL_ID,
        tab: {
          entityId: 'cx-council',
          contentUrl: 'https://cxcadence.contoso.example/sidePanel.html',
        },
      },
      now: () => new Date('2026-03-02T12:00:00Z'),
    });
    const third = scheduled.occurrences[2];
    if (!third?.presenterId) throw new Error('The third meeting has no presenter');

    const marcus = await session.clientFor('marcus.bell@contoso.example');
    const panel = await readMeetingPanel({
      client: marcus,
      groupId: DEMO_CX_GROUP_ID,
      cadenceId: COUNCIL_CADENCE_ID,
      occurrenceId: occurrenceId(third.occurrenceId),
      now: () => new Date(third.occurrenceId),
    });
    expect(panel.presenter).toEqual({ memberId: third.presenterId, source: 'invite' });
  });
});
