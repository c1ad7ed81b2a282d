/** @jest-environment jsdom */
import { TextDecoder, TextEncoder } from 'node:util';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { AppConfig } from '../../../src/auth/config';
import { buildMeetingSummary } from '../../../src/domain/summary';
import type { MeetingTab } from '../../../src/graph/summary';
import { summaryMembersOf } from '../../../src/graph/summary';
import type { CxWorkspace } from '../../../src/graph/workspace';
import { MeetingTabView } from '../../../src/ui/summary/MeetingTabView';
import { SUMMARY_CADENCE_ID, councilCharter, summaryCadence } from '../../graph/summary/support';
import { MEMBERS, PUBLISHED, outcomes } from './fakeSummary';

Object.assign(globalThis, { TextEncoder, TextDecoder });

const NOW = new Date('2026-03-02T12:00:00Z');
const workspace = { groupId: 'group-1' } as CxWorkspace;
const config = { appUrl: 'https://cxcadence.contoso.example' } as AppConfig;

function tab(published: boolean): MeetingTab {
  const cadence = summaryCadence();
  return {
    cadence: { cadence, seriesId: 'series-1' },
    members: MEMBERS,
    ...(published
      ? {
          lastPublished: {
            meeting: {
              value: { record: outcomes.record, summary: PUBLISHED },
              itemId: '1',
              etag: '"1"',
            },
            summary: buildMeetingSummary({
              title: cadence.title,
              record: outcomes.record,
              timeZone: cadence.timeZone,
              charter: councilCharter(),
              members: summaryMembersOf(MEMBERS),
              missionMoment: outcomes.moment,
              decisions: outcomes.decisions,
              actions: outcomes.actions,
            }),
          },
        }
      : {}),
  };
}

const show = (load: () => Promise<MeetingTab>) =>
  render(
    <FluentProvider theme={teamsLightTheme}>
      <MeetingTabView
        workspace={workspace}
        cadenceId={SUMMARY_CADENCE_ID}
        now={() => NOW}
        config={config}
        load={load}
      />
    </FluentProvider>,
  );

describe('MeetingTabView', () => {
  it("shows the next meeting in the cadence's zone, its presenter and agenda, and the last summary", async () => {
    show(() => Promise.resolve(tab(true)));
    await screen.findByRole('heading', { name: 'Next meeting' });
    // 9 March, 09:00 London; the rotation's third turn (Sam, Dana, Amara).
    expect(screen.getByText('Monday 9 March 2026, 09:00–10:00 GMT')).toBeTruthy();
    expect(screen.getByText('Amara Okafor')).toBeTruthy();
    const agenda = screen.getByRole('heading', { name: 'Agenda' })
      .nextElementSibling as HTMLElement;
    expect(within(agenda).getAllByRole('listitem').length).toBe(
      summaryCadence().agenda.items.length,
    );
    expect(agenda.textContent).toContain('09:00–');

    expect(screen.getByRole('heading', { name: 'Last summary' })).toBeTruthy();
    expect(
      screen.getByText(
        'Published on Monday 2 March 2026 at 12:30 GMT to the meeting chat, mail and Planner.',
      ),
    ).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Open this summary' });
    expect(link.getAttribute('href')).toBe(
      `https://cxcadence.contoso.example/summary.html?groupId=group-1&cadenceId=${encodeURIComponent(SUMMARY_CADENCE_ID)}&occurrence=${encodeURIComponent(outcomes.occurrenceId)}`,
    );
  });

  it('says when nothing has been published yet', async () => {
    show(() => Promise.resolve(tab(false)));
    await screen.findByText('No summary of this cadence has been published yet.');
  });

  it('says what failed and reads again on Try again', async () => {
    let attempts = 0;
    show(() =>
      ++attempts === 1 ? Promise.reject(new Error('Offline')) : Promise.resolve(tab(false)),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'Next meeting' });
    expect(attempts).toBe(2);
  });
});
