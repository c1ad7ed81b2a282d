import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConfigurationToSave } from '../../host/configuration';
import type { HostContext } from '../../host/hostContext';
import { useHost } from '../../host/hostHooks';
import {
  tabConfigurationFor,
  tabContentOf,
  tabPlaceOf,
  type JoinedTeam,
  type TabContent,
  type TabPlace,
} from './tabConfiguration';

/** Options of {@link useTabConfiguration}. */
export interface TabConfigurationSetup {
  /** The host's context (`useHostContext()` once `ready`). */
  readonly context: HostContext;
  /** The signed-in user's teams, usually `() => listJoinedTeams(graph)`; called once. */
  readonly loadJoinedTeams: () => Promise<readonly JoinedTeam[]>;
  /** Where the app is served, without a trailing slash. */
  readonly appUrl: string;
}

/** The user's teams: being asked for, known, or not available (with what to do). */
export type JoinedTeamsState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly teams: readonly JoinedTeam[] }
  | { readonly status: 'failed'; readonly problem: string };

export interface TabConfiguration {
  readonly place: TabPlace;
  readonly content: TabContent;
  /** `true` in a team channel: the team is the channel's, there is nothing to choose. */
  readonly isTeamFixed: boolean;
  readonly joinedTeams: JoinedTeamsState;
  /** The CX team's group id, once known (the channel's, or the one chosen). */
  readonly groupId: string | undefined;
  /** The CX team's name when the joined teams name it. */
  readonly teamName: string | undefined;
  /** What Save will hand to Teams; `undefined` until a team is chosen. */
  readonly configuration: ConfigurationToSave | undefined;
  /** Chooses the CX team by group id (ignored in a channel, whose team is fixed). */
  choose(groupId: string | undefined): void;
  /** Asks for the teams again after they could not be loaded. */
  retry(): void;
}

/** Why Save was refused, shown by Teams. */
export const CHOOSE_TEAM_FIRST = 'Choose the CX team this tab is for, then save again.';

/**
 * The configuration page's logic: where the tab goes (channel, chat, meeting) and so what it
 * shows, which CX team it is for (the channel's team, or one the user chooses among their joined
 * teams), Teams' Save button enabled exactly when a team is known, and the Save handler answering
 * with the tab's configuration. Standalone the same state shows what would be saved.
 */
export function useTabConfiguration(setup: TabConfigurationSetup): TabConfiguration {
  const { context, loadJoinedTeams, appUrl } = setup;
  const host = useHost();
  const place = tabPlaceOf(context);
  const content = tabContentOf(place);
  const fixedGroupId = place === 'channel' ? context.groupId : undefined;
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [joinedTeams, setJoinedTeams] = useState<JoinedTeamsState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    setJoinedTeams({ status: 'loading' });
    loadJoinedTeams().then(
      (teams) => {
        if (isCurrent) setJoinedTeams({ status: 'ready', teams });
      },
      (error: unknown) => {
        if (isCurrent) setJoinedTeams({ status: 'failed', problem: couldNotLoad(error) });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [loadJoinedTeams, attempt]);

  const teams = joinedTeams.status === 'ready' ? joinedTeams.teams : [];
  const groupId =
    fixedGroupId ?? teams.find((team) => team.groupId === chosen)?.groupId ?? undefined;
  const teamName = teams.find((team) => team.groupId === groupId)?.displayName;
  const configuration =
    groupId === undefined ? undefined : tabConfigurationFor({ appUrl, groupId, content });

  // Save reads the latest configuration; the handler is registered once per host.
  const latest = useRef(configuration);
  latest.current = configuration;
  useEffect(() => {
    void host.registerConfigurationSave(() => {
      const current = latest.current;
      return current ? Promise.resolve(current) : Promise.reject(new Error(CHOOSE_TEAM_FIRST));
    });
  }, [host]);

  const isValid = configuration !== undefined;
  useEffect(() => {
    void host.setConfigurationValid(isValid);
  }, [host, isValid]);

  const choose = useCallback((next: string | undefined) => setChosen(next), []);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);

  return {
    place,
    content,
    isTeamFixed: fixedGroupId !== undefined,
    joinedTeams,
    groupId,
    teamName,
    configuration,
    choose,
    retry,
  };
}

function couldNotLoad(error: unknown): string {
  const reason = error instanceof Error ? error.message.trim().replace(/[.\s]+$/, '') : '';
  return `Your teams could not be loaded${reason ? `: ${reason}` : ''}. Try again.`;
}
