/** @jest-environment jsdom */
import { TextDecoder, TextEncoder } from 'node:util';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { GraphError } from '../../../src/graph/client';
import { SummaryScreen } from '../../../src/ui/summary/SummaryScreen';
import type { PublishedMeetingSummary } from '../../../src/graph/summary';
import {
  PUBLISHED,
  deferred,
  fakeServices,
  fakeSources,
  publishedResult,
  report,
} from './fakeSummary';

// The summary's reference is a SHA-256 of the meeting id; jsdom lacks the encoder Node has.
Object.assign(globalThis, { TextEncoder, TextDecoder });

const renderIn = (ui: ReactElement) =>
  render(<FluentProvider theme={teamsLightTheme}>{ui}</FluentProvider>);

const stepsList = () => screen.getByRole('list', { name: 'Publishing steps' });
const publishRegion = () => screen.getByRole('region', { name: 'Publish' });

describe('SummaryScreen', () => {
  it('shows the review, then each step in progress while publishing, then published with when and where', async () => {
    const answer = deferred<PublishedMeetingSummary>();
    const { services, calls } = fakeServices({ publishes: [() => answer.promise] });
    renderIn(<SummaryScreen services={services} />);

    await screen.findByRole('heading', { name: 'CX Council' });
    expect(screen.getAllByText('Pilot a callback option').length).toBeGreaterThan(0);
    expect(within(publishRegion()).getByRole('status').textContent).toContain('Not published yet');
    fireEvent.click(screen.getByRole('button', { name: 'Publish summary' }));

    const busy = await screen.findByRole('button', { name: 'Publishing…' });
    expect((busy as HTMLButtonElement).disabled).toBe(true);
    expect(within(stepsList()).getAllByText('In progress')).toHaveLength(3);
    await waitFor(() => expect(calls.publish).toHaveLength(1));
    expect(calls.publish[0]).toMatchObject({ chatId: '19:meeting@thread.v2', chatFormat: 'html' });

    await act(async () => answer.resolve(publishedResult()));
    const status = within(publishRegion()).getByRole('status');
    expect(status.textContent).toContain('Published');
    expect(status.textContent).toContain(
      'Published on Monday 2 March 2026 at 12:30 GMT to the meeting chat, mail and Planner.',
    );
    expect(screen.getByText('Posted in the meeting chat.')).toBeTruthy();
    expect(screen.getByText('Sent to 2 people.')).toBeTruthy();
    expect(screen.getByText('2 tasks created.')).toBeTruthy();
    expect(
      (screen.getByRole('button', { name: 'Publish again' }) as HTMLButtonElement).disabled,
    ).toBe(false);
  });

  it('keeps the review when publishing fails, and Try again publishes the same summary', async () => {
    const { services, calls } = fakeServices({
      publishes: [
        () =>
          Promise.reject(
            new GraphError({ status: 503, code: 'ServiceUnavailable', graphMessage: 'Down' }),
          ),
        () => Promise.resolve(publishedResult()),
      ],
    });
    renderIn(<SummaryScreen services={services} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Publish summary' }));

    const again = await screen.findByRole('button', { name: 'Try again' });
    expect(screen.getByText(/Could not publish the summary/i)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'CX Council' })).toBeTruthy();
    expect(screen.getAllByText('Pilot a callback option').length).toBeGreaterThan(0);
    expect(calls.load).toBe(1);

    fireEvent.click(again);
    await screen.findByText('Posted in the meeting chat.');
    expect(calls.publish).toHaveLength(2);
    expect(calls.publish[1]?.summary).toBe(calls.publish[0]?.summary);
    expect(calls.load).toBe(1);
  });

  it('names the step that did not finish and offers Try again', async () => {
    const partial = publishedResult(
      { state: 'inProgress', completedSteps: ['mailSent', 'tasksCreated'] },
      {
        report: report({ chat: { outcome: 'failed' } }),
        failures: [{ step: 'chat', error: new Error('The chat refused the message.') }],
      },
    );
    const { services } = fakeServices({ publishes: [() => Promise.resolve(partial)] });
    renderIn(<SummaryScreen services={services} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Publish summary' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not finish publishing: the meeting chat');
    expect(alert.textContent).toContain('The chat refused the message.');
    expect(within(publishRegion()).getByRole('status').textContent).toContain(
      'Partly published to mail and Planner.',
    );
    expect((screen.getByRole('button', { name: 'Try again' }) as HTMLButtonElement).disabled).toBe(
      false,
    );
  });

  it('opens a published meeting as published, offering Publish again', async () => {
    const { services } = fakeServices({ sources: fakeSources(PUBLISHED) });
    renderIn(<SummaryScreen services={services} />);
    await screen.findByRole('button', { name: 'Publish again' });
    expect(within(publishRegion()).getByRole('status').textContent).toContain(
      'Published on Monday 2 March 2026 at 12:30 GMT to the meeting chat, mail and Planner.',
    );
    expect(within(stepsList()).getAllByText('Done')).toHaveLength(3);
  });

  it('says when the records cannot be read, and Try again reads them again', async () => {
    let attempts = 0;
    const { services, calls } = fakeServices({
      load: () =>
        ++attempts === 1
          ? Promise.reject(new Error('The network is down'))
          : Promise.resolve(fakeSources()),
    });
    renderIn(<SummaryScreen services={services} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'CX Council' });
    expect(calls.load).toBe(2);
  });
});
