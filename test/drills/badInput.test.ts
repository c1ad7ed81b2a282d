import { randomUUID } from 'node:crypto';
import { DEMO_CX_GROUP_ID, DEMO_USER_IDS, seedTenant } from '../../emulator/seed';
import type { EmulatorState } from '../../emulator/core/state';
import { councilCharter } from '../../bench/meetingOutcomes';
import type { Cadence } from '../../src/domain/cadence';
import { validateCharter } from '../../src/domain/charter';
import type { Charter } from '../../src/domain/charter';
import { ValidationError } from '../../src/domain/errors';
import { decisionCategoryId, memberId, occurrenceId } from '../../src/domain/ids';
import {
  MAX_SCHEDULES_PER_REQUEST,
  findBestSlots,
  scheduleCadence,
} from '../../src/graph/scheduling';
import { readMeetingPanel } from '../../src/graph/meetingPanel';
import { openCxWorkspace } from '../../src/graph/workspace';
import { NOAH, TEAM_IDS, scheduleOptions, writesIn } from '../graph/scheduling/fixtures';
import {
  AFTER_FIRST_MEETING,
  PLANNING_TIME,
  captureMeeting,
  firstMeetingOutcomes,
  quarterCadence,
  startDrillSession,
  type DrillSession,
} from './support';

jest.setTimeout(60_000);

/**
 * Bad input: each mistake a person can make gets a message that names the field and says what to
 * do, before anything is written, and what they already entered is still there (the draft they
 * passed is unchanged, what was saved before is unchanged).
 *
 * An attendee outside the tenant is drilled in test/graph/scheduling/scheduleCadence.test.ts
 * ("names an attendee from outside the organisation, before writing anything").
 */

async function refusal(attempt: Promise<unknown>): Promise<ValidationError> {
  const error = await attempt.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describe('drill: bad input', () => {
  let session: DrillSession;

  beforeAll(async () => {
    session = await startDrillSession();
  });
  beforeEach(() => session.reset('demo'));
  afterAll(() => session.close());

  it('an invalid charter names every wrong field and keeps both the draft and the saved charter', async () => {
    const workspace = await openCxWorkspace({
      client: await session.lead(),
      groupId: DEMO_CX_GROUP_ID,
    });
    const saved = await workspace.charter.create(councilCharter());
    const good = councilCharter();
    const draft: Charter = {
      ...good,
      mission: ' ',
      roles: good.roles.map((role, index) => (index === 1 ? { ...role, name: '' } : role)),
      decisionRights: { ...good.decisionRights, [decisionCategoryId('retired')]: {} },
    };
    const typed = structuredClone(draft);

    const fromDomain = await refusal(Promise.resolve().then(() => validateCharter(draft)));
    const fromStore = await refusal(workspace.charter.update(saved, draft));

    for (const error of [fromDomain, fromStore]) {
      expect(error.issues).toEqual([
        {
          field: 'mission',
          message: expect.stringMatching(/^Give the CX mission in one or two sentences/),
        },
        { field: 'roles.1.name', message: expect.stringMatching(/^Name the role, e\.g\./) },
        {
          field: 'decisionRights.retired',
          message: expect.stringMatching(/category that no longer exists: remove the row/),
        },
      ]);
    }
    expect(draft).toEqual(typed);
    expect((await workspace.charter.read())?.value).toEqual(saved.value);
  });

  it('a cadence with no meeting says which dates to change, before any write', async () => {
    const cadence = quarterCadence({
      recurrence: {
        frequency: { kind: 'everyNWeeks', interval: 2, daysOfWeek: ['thursday'] },
        range: { kind: 'untilDate', startDate: '2026-03-10', endDate: '2026-03-11' },
        firstDayOfWeek: 'sunday',
      },
    });
    const typed = structuredClone(cadence);
    const before = (await session.requests()).length;

    const error = await refusal(
      scheduleCadence(scheduleOptions(await session.lead(), { cadence, now: () => PLANNING_TIME })),
    );

    expect(error.issues).toEqual([
      {
        field: 'recurrence.range',
        message:
          'This cadence has no meeting between 2026-03-10 and 2026-03-11: check the start date, end date and days',
      },
    ]);
    expect(writesIn((await session.requests()).slice(before))).toEqual([]);
    expect(cadence).toEqual(typed);
  });

  it('an unknown time zone is named with examples of ones that work, before any request', async () => {
    const cadence = { ...quarterCadence(), timeZone: 'Mars/Olympus_Mons' } as Cadence;
    const before = (await session.requests()).length;

    const error = await refusal(
      findBestSlots({
        client: await session.lead(),
        cadence,
        groupId: DEMO_CX_GROUP_ID,
        now: () => PLANNING_TIME,
      }),
    );

    expect(error.issues).toEqual([
      {
        field: 'timeZone',
        message: expect.stringMatching(
          /Choose a time zone we recognise.*"Pacific Standard Time".*"America\/Los_Angeles"/,
        ),
      },
    ]);
    expect(await session.requests()).toHaveLength(before);
    expect(cadence.timeZone).toBe('Mars/Olympus_Mons');
  });

  it('more people than a cadence can invite are refused with the limit and what to do instead', async () => {
    const crowd = Array.from({ length: 101 }, (_, index) => memberId(`person-${index}`));
    const cadence = { ...quarterCadence(), attendeeIds: crowd } as Cadence;
    const before = (await session.requests()).length;

    const error = await refusal(
      findBestSlots({
        client: await session.lead(),
        cadence,
        groupId: DEMO_CX_GROUP_ID,
        now: () => PLANNING_TIME,
      }),
    );

    expect(error.issues).toEqual([
      {
        field: 'attendeeIds',
        message: expect.stringMatching(/at most 100 people; invite .* smaller core team instead/),
      },
    ]);
    expect(await session.requests()).toHaveLength(before);
  });

  it('a side panel opened for a meeting that is not one of the cadence’s says so and what to do, losing nothing', async () => {
    // A Thursday meeting of a Tuesday cadence, opened after the first meeting was captured.
    const charter = councilCharter();
    const cadence = quarterCadence();
    const stranger = occurrenceId('2026-03-12T15:00:00Z');
    const client = await session.lead();
    const workspace = await openCxWorkspace({ client, groupId: DEMO_CX_GROUP_ID });
    const savedCharter = await workspace.charter.create(charter);
    const savedCadence = await workspace.cadences.create({ cadence });
    const outcomes = firstMeetingOutcomes({ charter, decisions: 2, actions: 2 });
    await captureMeeting(workspace, outcomes);
    const openPanel = (occurrence: string) =>
      readMeetingPanel({
        client,
        groupId: DEMO_CX_GROUP_ID,
        cadenceId: cadence.id,
        occurrenceId: occurrence,
        siteId: workspace.location.siteId,
        now: () => AFTER_FIRST_MEETING,
      });
    const before = (await session.requests()).length;

    const error = await refusal(openPanel(stranger));

    expect(error.issues).toEqual([
      {
        field: 'occurrence',
        message:
          'No "CX Council" meeting starts at 2026-03-12T15:00:00Z: this is not a meeting of the cadence. Open the side panel from one of its meetings.',
      },
    ]);
    expect(writesIn((await session.requests()).slice(before))).toEqual([]);
    // Nothing entered is lost: the charter, the cadence and the first meeting's capture are as
    // saved, and the side panel opened from that meeting shows them.
    expect((await workspace.charter.read())?.value).toEqual(savedCharter.value);
    expect((await workspace.cadences.read(cadence.id))?.value).toEqual(savedCadence.value);
    expect(await workspace.meetings.byOccurrence(cadence.id, stranger)).toBeUndefined();
    const first = await openPanel(outcomes.record.occurrenceId);
    expect(first.meeting?.value.record).toEqual(outcomes.record);
    expect(first.thisMeeting.decisions).toEqual(outcomes.decisions);
    expect(first.thisMeeting.actions).toEqual(outcomes.actions);
    expect(first.thisMeeting.missionMoment).toEqual(outcomes.missionMoment);
  });
});

/** The demo tenant with 14 more colleagues (outside the CX team), for a 26-person cadence. */
function crowdedTenant(): { state: EmulatorState; extraIds: string[] } {
  const state = seedTenant('demo', {
    now: PLANNING_TIME,
    newId: () => randomUUID(),
    tokenSecret: 'drill-secret',
  });
  const template = state.users[DEMO_USER_IDS.noah];
  if (!template) throw new Error('The demo tenant has no Noah');
  const extraIds = Array.from({ length: 14 }, (_, index) => {
    const id = `0d0d0d0d-0000-4000-8000-${String(index).padStart(12, '0')}`;
    const address = `colleague${index + 1}@contoso.example`;
    state.users[id] = {
      user: {
        ...template.user,
        id,
        displayName: `Colleague ${index + 1}`,
        userPrincipalName: address,
        mail: address,
      },
      mailboxSettings: structuredClone(template.mailboxSettings),
    };
    return id;
  });
  return { state, extraIds };
}

describe('drill: more than 20 attendees (getSchedule’s limit)', () => {
  let session: DrillSession;
  let extraIds: string[];

  beforeAll(async () => {
    const tenant = crowdedTenant();
    extraIds = tenant.extraIds;
    session = await startDrillSession({ initialState: tenant.state });
  });
  afterAll(() => session.close());

  it('reads all 26 people’s free/busy in groups of at most 20 and ranks the slots, losing nobody', async () => {
    const attendeeIds = [...TEAM_IDS, NOAH, ...extraIds.map(memberId)];
    const cadence = quarterCadence({ attendeeIds });

    const best = await findBestSlots({
      client: await session.lead(),
      cadence,
      groupId: DEMO_CX_GROUP_ID,
      now: () => PLANNING_TIME,
      limit: 3,
    });

    expect(attendeeIds).toHaveLength(26);
    expect(best.availability.map((person) => person.memberId)).toEqual(attendeeIds);
    const schedules = (await session.requests()).filter((entry) =>
      entry.path.endsWith('/calendar/getSchedule'),
    );
    // The emulator answers 400 above 20 schedules a call, as Exchange does: every call was 200.
    expect(schedules.length).toBeGreaterThan(0);
    expect(schedules.every((entry) => entry.status === 200)).toBe(true);
    expect(schedules.length % Math.ceil(attendeeIds.length / MAX_SCHEDULES_PER_REQUEST)).toBe(0);
    expect(best.slots).toHaveLength(3);
  });
});
