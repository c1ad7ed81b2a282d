/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Cadence } from '../../../src/domain/cadence';
import { memberId, occurrenceId } from '../../../src/domain/ids';
import {
  PLANNED_SCHEDULE_STEPS,
  type PlannedSchedule,
  type PlannerData,
} from '../../../src/graph/planning';
import type { CadenceRecord, StoredRecord } from '../../../src/graph/records';
import type { ScheduledCadence } from '../../../src/graph/scheduling';
import { PlannerScreen } from '../../../src/ui/planner/PlannerScreen';
import {
  cadenceApp,
  localMeetingUrl,
  type PlannerService,
  type ScheduleRequest,
} from '../../../src/ui/planner/plannerService';

const DANA = memberId('dana');
const SAM = memberId('sam');
const NOW = new Date('2026-11-23T17:00:00Z');

const data: PlannerData = {
  organizer: { id: DANA, displayName: 'Dana Kim', timeZone: 'Pacific Standard Time' },
  members: [
    {
      id: DANA,
      displayName: 'Dana Kim',
      mail: 'dana@contoso.example',
      department: 'CX',
      jobTitle: undefined,
    },
    {
      id: SAM,
      displayName: 'Sam Taylor',
      mail: 'sam@contoso.example',
      department: undefined,
      jobTitle: undefined,
    },
  ],
  charter: undefined,
  cadences: [],
  unreadable: [],
};

/** An in-memory planner port: records what was scheduled and answers like the flows do. */
function fakeService() {
  const scheduled: Cadence[] = [];
  const service: PlannerService = {
    load: () => Promise.resolve(data),
    searchPeople: () => Promise.resolve([]),
    findSlots: () => Promise.reject(new Error('not used')),
    readRota: () => Promise.reject(new Error('not used')),
    cancel: (stored) => Promise.resolve({ ...stored, value: { cadence: stored.value.cadence } }),
    schedule: async ({ cadence, onStep }: ScheduleRequest): Promise<PlannedSchedule> => {
      scheduled.push(cadence);
      for (const step of PLANNED_SCHEDULE_STEPS) onStep(step);
      const result: ScheduledCadence = {
        seriesId: 'series-1',
        cadenceVersion: cadence.version,
        joinUrl: 'https://teams.example/join',
        chatId: '19:meeting@thread.v2',
        occurrences: [
          {
            occurrenceId: occurrenceId('2026-12-01T18:00:00Z'),
            eventId: 'e1',
            date: '2026-12-01',
            presenterId: SAM,
            presenterName: 'Sam Taylor',
            reason: 'rotation',
            skipped: [{ memberId: DANA, reason: 'outOfOffice' }],
          },
        ],
        attendeesOutsideTeam: [],
        writes: { series: 'created', presenterUpdates: 1, appInstalled: true, tabAdded: true },
        cost: { httpRequests: 6, roundTrips: 5 },
      };
      const record: StoredRecord<CadenceRecord> = {
        value: { cadence, seriesId: 'series-1' },
        itemId: '1',
        etag: '"1"',
      };
      return { record, scheduled: result };
    },
  };
  return { service, scheduled };
}

function renderPlanner(service: PlannerService) {
  render(
    <FluentProvider theme={teamsLightTheme}>
      <PlannerScreen
        service={service}
        groupId="group-cx"
        linkMeetings
        now={() => NOW}
        newCadenceId={() => 'cadence-1'}
        browserTimeZone="America/Los_Angeles"
        timeZones={['America/Los_Angeles', 'Europe/Berlin']}
      />
    </FluentProvider>,
  );
}

describe('cadence planner screen', () => {
  it('starts a new cadence with the whole team, in the organizer’s mailbox time zone, every two weeks', async () => {
    renderPlanner(fakeService().service);
    await screen.findByRole('heading', { name: 'Plan the meetings' });
    expect(screen.getByText('2 chosen', { exact: false })).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Time zone' }) as HTMLInputElement).value).toBe(
      'Pacific Standard Time',
    );
    expect((screen.getByRole('combobox', { name: 'How often' }) as HTMLSelectElement).value).toBe(
      'everyNWeeks',
    );
    expect((screen.getByLabelText('First meeting on or after') as HTMLInputElement).value).toBe(
      '2026-11-30',
    );
  });

  it('shows the unknown time zone beside its field and keeps everything typed', async () => {
    const { service, scheduled } = fakeService();
    renderPlanner(service);
    const title = (await screen.findByRole('textbox', { name: 'Title' })) as HTMLInputElement;
    fireEvent.change(title, { target: { value: 'CX Council' } });
    fireEvent.input(screen.getByRole('combobox', { name: 'Time zone' }), {
      target: { value: 'Mars/Olympus_Mons' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Schedule' }));
    await screen.findByText(/"Mars\/Olympus_Mons" is not a time zone we recognise/);
    expect(title.value).toBe('CX Council');
    expect(scheduled).toEqual([]);
  });

  it('schedules, shows each step and the result, then the rota with its meeting links', async () => {
    const { service, scheduled } = fakeService();
    renderPlanner(service);
    fireEvent.click(await screen.findByRole('button', { name: 'Schedule' }));
    await screen.findByText('Meeting series created');
    expect(scheduled[0]).toMatchObject({
      id: 'cadence-1',
      organizerId: DANA,
      attendeeIds: [DANA, SAM],
    });
    const rota = screen.getByRole('list', { name: 'Meetings and their presenters' });
    expect(within(rota).getByText(/: Sam Taylor$/)).toBeTruthy();
    expect(within(rota).getByText('Away that day: Dana Kim')).toBeTruthy();
    expect(within(rota).getByRole('link').getAttribute('href')).toBe(
      localMeetingUrl({
        groupId: 'group-cx',
        cadenceId: 'cadence-1',
        occurrenceId: '2026-12-01T18:00:00Z',
      }),
    );
    expect(screen.getByRole('heading', { name: 'Reschedule the meetings' })).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Update the series' })).toBeTruthy(),
    );
  });

  it('points the side panel tab at this team and cadence', () => {
    const app = cadenceApp({
      config: { appUrl: 'https://cx.contoso.example', teamsAppId: 'app-id' },
      pageOrigin: 'http://127.0.0.1',
      workspace: { groupId: 'g 1' },
      cadenceId: 'c1',
    });
    expect(app).toEqual({
      externalId: 'app-id',
      tab: {
        entityId: 'cx-cadence:g 1',
        contentUrl:
          'https://cx.contoso.example/sidePanel.html?groupId=g%201&cadenceId=c1&theme={theme}',
        websiteUrl: 'https://cx.contoso.example/planner.html?groupId=g%201&cadenceId=c1',
      },
    });
  });
});
