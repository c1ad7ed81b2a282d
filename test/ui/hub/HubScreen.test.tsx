/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import {
  DEFAULT_CATEGORY_IDS,
  DEFAULT_ROLE_IDS,
  createDefaultCharter,
  removeRole,
  type Charter,
} from '../../../src/domain/charter';
import { GraphError } from '../../../src/graph/client';
import { HubScreen, type HubSectionDefinition, HUB_SECTIONS } from '../../../src/ui/hub/HubScreen';
import type { HubSectionProps } from '../../../src/ui/hub/hubSection';
import { TEAM_AGENDA_STORAGE_KEY } from '../../../src/ui/outlook/agendaTemplateSource';
import { fakeTeam, memoryStorage, type FakeTeam } from './fakeWorkspace';

// Fluent positions popups with Floating UI, which reads computed styles up the tree on every
// render: in jsdom that is seconds per step and positions nothing anyone sees, so place them at 0,0.
jest.mock('@floating-ui/dom', () => ({
  ...jest.requireActual<object>('@floating-ui/dom'),
  computePosition: async (
    _reference: unknown,
    _floating: unknown,
    options?: { placement?: string; strategy?: string },
  ) => ({
    x: 0,
    y: 0,
    placement: options?.placement ?? 'bottom',
    strategy: options?.strategy ?? 'absolute',
    middlewareData: {},
  }),
  autoUpdate: () => () => undefined,
}));

// The charter form is large; skipping the per-element visibility check keeps role queries fast.
configure({ defaultHidden: true });
jest.setTimeout(90_000);

const NOW = new Date('2025-03-04T09:00:00Z');
const MISSION_MISSING = /Give the CX mission in one or two sentences/;

/** The standard charter with only its sponsor and CX lead: a small form renders fast in jsdom. */
function twoRoleCharter(): Charter {
  const charter = createDefaultCharter();
  const kept: string[] = [DEFAULT_ROLE_IDS.executiveSponsor, DEFAULT_ROLE_IDS.cxLead];
  return charter.roles
    .filter((role) => !kept.includes(role.id))
    .reduce((current, role) => removeRole(current, role.id), charter);
}

/** The people picker's list of matches (the popup), not the chosen tags. */
async function pickerOption(name: RegExp): Promise<HTMLElement> {
  return waitFor(() => {
    const lists = screen
      .getAllByRole('listbox')
      .filter((list) => !list.getAttribute('aria-label')?.startsWith('Chosen'));
    const [option] = lists.flatMap((list) => within(list).queryAllByRole('option', { name }));
    if (!option) throw new Error(`No option ${name}`);
    return option;
  });
}

function renderHub(team: FakeTeam, sections?: readonly HubSectionDefinition[]) {
  const storage = memoryStorage();
  let count = 0;
  render(
    <FluentProvider theme={teamsLightTheme}>
      <HubScreen
        workspace={team.workspace}
        now={() => NOW}
        agendaStorage={storage}
        newId={() => `new-${++count}`}
        {...(sections ? { sections } : {})}
      />
    </FluentProvider>,
  );
  return storage;
}

const missionBox = () => screen.getByLabelText<HTMLTextAreaElement>(/^CX mission/);
const visionBox = () => screen.getByLabelText<HTMLTextAreaElement>(/^CX vision/);
const statusText = () => screen.getByRole('status').textContent;
const saveButton = () => screen.getByRole('button', { name: /^Save/ });
const openTab = (name: RegExp) => fireEvent.click(screen.getByRole('tab', { name }));

async function save() {
  await act(async () => {
    fireEvent.click(saveButton());
  });
}

function graphFailure(): GraphError {
  return new GraphError({
    status: 503,
    code: 'serviceNotAvailable',
    graphMessage: 'The service is temporarily unavailable.',
  });
}

describe('HubScreen', () => {
  it('offers the standard charter to a team without one, then saves it, syncs the roster and leaves the Outlook agenda', async () => {
    const team = fakeTeam();
    const storage = renderHub(team);
    fireEvent.click(await screen.findByRole('button', { name: 'Start from the standard charter' }));

    fireEvent.change(missionBox(), { target: { value: 'We keep our promises to customers.' } });
    expect(statusText()).toBe('You have unsaved changes.');
    await save();

    expect(team.writes).toEqual(['create']);
    expect(team.stored()?.value.mission).toBe('We keep our promises to customers.');
    expect(team.rosterSyncs).toHaveLength(1);
    expect(team.rosterSyncs[0]?.map((role) => role.id)).toContain(DEFAULT_ROLE_IDS.cxLead);
    expect(statusText()).toBe('Charter saved.');
    const agenda = JSON.parse(storage.items.get(TEAM_AGENDA_STORAGE_KEY) ?? '{}');
    expect(agenda).toMatchObject({
      version: 1,
      mission: 'We keep our promises to customers.',
      roleNames: { [DEFAULT_ROLE_IDS.cxLead]: 'CX Lead' },
    });
  });

  it('shows the mission’s message next to it, counts it on the tab and keeps everything typed', async () => {
    const team = fakeTeam(createDefaultCharter());
    renderHub(team);
    await screen.findByLabelText(/^CX mission/);
    fireEvent.change(visionBox(), { target: { value: 'A vision of our own.' } });
    fireEvent.change(missionBox(), { target: { value: '   ' } });
    await save();

    expect(team.writes).toEqual([]);
    expect(screen.getByText(MISSION_MISSING)).toBeTruthy();
    expect(missionBox().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('tab', { name: /^Charter/ }).textContent).toContain('1 to fix');
    expect(screen.getByText(/marked next to the fields: Charter \(1\)/)).toBeTruthy();
    expect(visionBox().value).toBe('A vision of our own.');
    expect(missionBox().value).toBe('   ');

    fireEvent.change(missionBox(), { target: { value: 'Fixed.' } });
    expect(screen.queryByText(MISSION_MISSING)).toBeNull();
    await save();
    expect(team.stored()?.value).toMatchObject({
      vision: 'A vision of our own.',
      mission: 'Fixed.',
    });
  });

  it('says someone else saved first, keeps the edits, and loads their version on request', async () => {
    const team = fakeTeam(createDefaultCharter());
    renderHub(team);
    await screen.findByLabelText(/^CX mission/);
    team.saveAsSomeoneElse({ ...createDefaultCharter(), mission: 'Their mission.' });
    fireEvent.change(missionBox(), { target: { value: 'My mission.' } });
    await save();

    expect(screen.getByText('Someone else saved the charter first')).toBeTruthy();
    expect(missionBox().value).toBe('My mission.');
    fireEvent.click(screen.getByRole('button', { name: 'Load their version' }));
    expect(missionBox().value).toBe('Their mission.');
    expect(statusText()).toBe('No unsaved changes.');
  });

  it('saves the person’s version over theirs only when asked, with their ETag', async () => {
    const team = fakeTeam(createDefaultCharter());
    renderHub(team);
    await screen.findByLabelText(/^CX mission/);
    team.saveAsSomeoneElse({ ...createDefaultCharter(), mission: 'Their mission.' });
    fireEvent.change(missionBox(), { target: { value: 'My mission.' } });
    await save();
    expect(saveButton().textContent).toBe('Save mine over theirs');
    await save();
    expect(team.stored()?.value.mission).toBe('My mission.');
    expect(statusText()).toBe('Charter saved.');
  });

  it('shows a Graph failure with Try again, keeping the draft', async () => {
    const team = fakeTeam(createDefaultCharter());
    renderHub(team);
    await screen.findByLabelText(/^CX mission/);
    team.failNext('update', graphFailure());
    fireEvent.change(missionBox(), { target: { value: 'Kept through a failure.' } });
    await save();

    expect(screen.getByText('Could not save the charter')).toBeTruthy();
    expect(missionBox().value).toBe('Kept through a failure.');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    });
    expect(team.stored()?.value.mission).toBe('Kept through a failure.');
  });

  it('says when the charter saved but the roster did not, and updates the roster on request', async () => {
    const team = fakeTeam(createDefaultCharter());
    renderHub(team);
    await screen.findByLabelText(/^CX mission/);
    team.failNext('sync', graphFailure());
    fireEvent.change(missionBox(), { target: { value: 'Saved anyway.' } });
    await save();

    expect(team.stored()?.value.mission).toBe('Saved anyway.');
    expect(screen.getByText('Charter saved; the CX Roster list was not updated')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Update the roster now' }));
    });
    expect(team.rosterSyncs).toHaveLength(1);
    expect(screen.queryByText('Charter saved; the CX Roster list was not updated')).toBeNull();
  });

  it('explains a failed load and reads again on Try again', async () => {
    const team = fakeTeam(createDefaultCharter());
    team.failNext('members', graphFailure());
    renderHub(team);
    expect(await screen.findByText("Could not read the team's charter and members")).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByLabelText(/^CX mission/)).toBeTruthy();
  });

  it('adds a team member to a role with the people picker and saves the roster', async () => {
    const team = fakeTeam(twoRoleCharter());
    renderHub(team);
    await screen.findByLabelText(/^CX mission/);
    openTab(/^Roles & roster/);
    expect(
      screen.getByText(/Team members without a role: Ava Patel, Dana Kim, Li Wei/),
    ).toBeTruthy();

    const lead = screen.getByRole('region', { name: 'CX Lead' });
    const picker = within(lead).getByRole('combobox', { name: 'Members' });
    fireEvent.click(picker);
    fireEvent.change(picker, { target: { value: 'dana' } });
    fireEvent.click(await pickerOption(/Dana Kim/));
    expect(within(lead).getByRole('option', { name: 'Dana Kim: remove' })).toBeTruthy();
    await save();

    const saved = team.stored()?.value.roles.find((role) => role.id === DEFAULT_ROLE_IDS.cxLead);
    expect(saved?.memberIds).toEqual(['u-dana']);
    expect(screen.getByText(/Team members without a role: Ava Patel, Li Wei/)).toBeTruthy();
  });

  it('adds, names and removes roles; a new role’s missing name shows next to it', async () => {
    const team = fakeTeam(twoRoleCharter());
    renderHub(team);
    await screen.findByLabelText(/^CX mission/);
    openTab(/^Roles & roster/);
    fireEvent.click(screen.getByRole('button', { name: 'Add a role' }));
    const added = screen.getByRole('region', { name: /Role 3 \(unnamed\)/ });
    await save();
    expect(within(added).getByText(/Name the role/)).toBeTruthy();
    expect(screen.getByRole('tab', { name: /^Roles & roster/ }).textContent).toContain('to fix');

    fireEvent.change(within(added).getByRole('textbox', { name: /^Role name/ }), {
      target: { value: 'Partner champion' },
    });
    fireEvent.change(within(added).getByRole('textbox', { name: /^Responsibility 1/ }), {
      target: { value: 'Speaks for our channel partners' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add a role' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove role Role 4 (unnamed)' }));
    await save();

    const roles = team.stored()?.value.roles ?? [];
    expect(roles.map((role) => role.name)).toContain('Partner champion');
    expect(roles.find((role) => role.name === 'Partner champion')?.id).toBe('new-1');
    expect(roles.map((role) => role.id)).toEqual([
      DEFAULT_ROLE_IDS.executiveSponsor,
      DEFAULT_ROLE_IDS.cxLead,
      'new-1',
    ]);
  });

  it('edits the decision-rights matrix as per-category lists and shows the domain’s approver rule', async () => {
    const team = fakeTeam(twoRoleCharter());
    renderHub(team);
    await screen.findByLabelText(/^CX mission/);
    openTab(/^Decision rights/);
    const priorities = screen.getByRole('region', { name: 'CX priorities' });
    fireEvent.change(within(priorities).getByRole('combobox', { name: 'Executive Sponsor' }), {
      target: { value: '' },
    });
    await save();

    expect(
      within(priorities).getByText(/Choose a role to approve “CX priorities” decisions/),
    ).toBeTruthy();
    fireEvent.change(within(priorities).getByRole('combobox', { name: 'CX Lead' }), {
      target: { value: 'approver' },
    });
    await save();
    const rights = team.stored()?.value.decisionRights[DEFAULT_CATEGORY_IDS.cxPriorities];
    expect(rights).toEqual({ [DEFAULT_ROLE_IDS.cxLead]: 'approver' });
  });

  it('gives other sections the stored charter, the members and the clock', async () => {
    const seen: HubSectionProps[] = [];
    const probe: HubSectionDefinition = {
      id: 'probe',
      label: 'Probe',
      render: ({ section }) => {
        seen.push(section);
        return <p>probe</p>;
      },
    };
    const charter: Charter = createDefaultCharter();
    const team = fakeTeam(charter);
    renderHub(team, [probe, ...HUB_SECTIONS]);
    await screen.findByText('probe');
    const last = seen.at(-1);
    expect(last?.charter?.value).toBe(charter);
    expect(last?.members.map((member) => member.displayName)).toEqual([
      'Ava Patel',
      'Dana Kim',
      'Li Wei',
    ]);
    expect(last?.now()).toBe(NOW);
    expect(screen.queryByRole('button', { name: /^Save/ })).toBeNull();
  });
});

describe('HubScreen before any charter', () => {
  it('shows the start offer on every governance tab and no save until a draft exists', async () => {
    renderHub(fakeTeam());
    await screen.findByRole('button', { name: 'Start from the standard charter' });
    for (const tab of [/^Roles & roster/, /^Decision rights/]) {
      openTab(tab);
      expect(screen.getByRole('heading', { name: 'This team has no charter yet' })).toBeTruthy();
    }
    expect(screen.queryByRole('button', { name: /^Save/ })).toBeNull();
    expect(screen.getAllByRole('tab')).toHaveLength(HUB_SECTIONS.length);
    for (const section of HUB_SECTIONS) {
      expect(screen.getByRole('tab', { name: new RegExp(`^${section.label}`) })).toBeTruthy();
    }
  });
});
