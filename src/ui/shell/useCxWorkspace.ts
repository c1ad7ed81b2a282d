import { useCallback, useEffect, useState } from 'react';
import type { GraphClient } from '../../graph/client';
import { openCxWorkspace, type CxWorkspace } from '../../graph/workspace';
import type { HostContext } from '../../host/hostContext';
import { listJoinedTeams } from '../configure/joinedTeams';
import type { JoinedTeam } from '../configure/tabConfiguration';
import { CHOSEN_TEAM_STORAGE_KEY, defaultCxTeam, knownCxTeam } from './cxTeamChoice';

/**
 * - `loading`: finding the team or opening its records.
 * - `chooseTeam`: the person belongs to several teams and the page does not say which; `choose`.
 * - `failed`: `error` says why; `retry` tries again (nothing entered is lost: nothing was yet).
 * - `ready`: the team's records.
 */
export type CxWorkspaceState =
  | { readonly status: 'loading'; readonly step: string }
  | {
      readonly status: 'chooseTeam';
      readonly teams: readonly JoinedTeam[];
      choose(groupId: string): void;
    }
  | { readonly status: 'failed'; readonly error: unknown; readonly doing: string; retry(): void }
  | { readonly status: 'ready'; readonly workspace: CxWorkspace; changeTeam(): void };

export interface CxWorkspaceOptions {
  readonly graph: GraphClient;
  readonly context: HostContext;
  readonly pageUrl: string;
  /** Where the chosen team is remembered; `localStorage` in the browser. */
  readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

/** Opens the CX team's records for a surface: the team from the tab, the host, or the person. */
export function useCxWorkspace(options: CxWorkspaceOptions): CxWorkspaceState {
  const { graph, context, pageUrl, storage } = options;
  const [groupId, setGroupId] = useState<string | undefined>(() => knownCxTeam(pageUrl, context));
  const [teams, setTeams] = useState<readonly JoinedTeam[] | undefined>(undefined);
  const [workspace, setWorkspace] = useState<CxWorkspace | undefined>(undefined);
  const [failure, setFailure] = useState<{ error: unknown; doing: string } | undefined>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (groupId !== undefined) return;
    let isCurrent = true;
    listJoinedTeams(graph).then(
      (joined) => {
        if (!isCurrent) return;
        const chosen = defaultCxTeam(
          joined.map((team) => team.groupId),
          storage.getItem(CHOSEN_TEAM_STORAGE_KEY),
        );
        if (joined.length === 0) {
          setFailure({
            error: new Error(
              'You are not a member of any team. Ask your CX lead to add you to the CX team in Teams, then reload.',
            ),
            doing: 'find your CX team',
          });
        }
        setTeams(joined);
        if (chosen) setGroupId(chosen);
      },
      (error: unknown) => isCurrent && setFailure({ error, doing: 'list your teams' }),
    );
    return () => {
      isCurrent = false;
    };
  }, [graph, groupId, storage, attempt]);

  useEffect(() => {
    if (groupId === undefined) return;
    let isCurrent = true;
    setWorkspace(undefined);
    openCxWorkspace({ client: graph, groupId }).then(
      (opened) => isCurrent && setWorkspace(opened),
      (error: unknown) => isCurrent && setFailure({ error, doing: "open the team's records" }),
    );
    return () => {
      isCurrent = false;
    };
  }, [graph, groupId, attempt]);

  const choose = useCallback(
    (chosen: string) => {
      storage.setItem(CHOSEN_TEAM_STORAGE_KEY, chosen);
      setFailure(undefined);
      setGroupId(chosen);
    },
    [storage],
  );
  const retry = useCallback(() => {
    setFailure(undefined);
    setAttempt((count) => count + 1);
  }, []);
  const changeTeam = useCallback(() => {
    storage.removeItem(CHOSEN_TEAM_STORAGE_KEY);
    setWorkspace(undefined);
    setGroupId(undefined);
  }, [storage]);

  if (failure) return { status: 'failed', ...failure, retry };
  if (workspace) return { status: 'ready', workspace, changeTeam };
  if (groupId === undefined && teams !== undefined && teams.length > 1) {
    return { status: 'chooseTeam', teams, choose };
  }
  return {
    status: 'loading',
    step: groupId === undefined ? 'Finding your CX team…' : "Opening the team's records…",
  };
}
