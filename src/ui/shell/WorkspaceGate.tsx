import { Button, Field, Select, Spinner } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import type { CxWorkspace } from '../../graph/workspace';
import type { JoinedTeam } from '../configure/tabConfiguration';
import { FailureMessage } from './ProblemMessage';
import type { SignedInSurface } from './SurfacePage';
import { useCxWorkspace } from './useCxWorkspace';

export interface WorkspaceGateProps {
  readonly surface: SignedInSurface;
  readonly children: (workspace: CxWorkspace) => ReactNode;
}

/**
 * Shows the surface once the CX team's records are open; until then what is happening, a choice
 * of team when the person is on several, or what failed with a way to try again.
 */
export function WorkspaceGate({ surface, children }: WorkspaceGateProps) {
  const state = useCxWorkspace({
    graph: surface.graph,
    context: surface.context,
    pageUrl: location.href,
    storage: localStorage,
  });
  if (state.status === 'loading') return <Spinner size="small" label={state.step} />;
  if (state.status === 'failed') {
    return (
      <FailureMessage
        error={state.error}
        doing={state.doing}
        actions={<Button onClick={state.retry}>Try again</Button>}
      />
    );
  }
  if (state.status === 'chooseTeam')
    return <TeamChoice teams={state.teams} onChoose={state.choose} />;
  return children(state.workspace);
}

function TeamChoice(props: {
  readonly teams: readonly JoinedTeam[];
  onChoose(groupId: string): void;
}) {
  const [chosen, setChosen] = useState(props.teams[0]?.groupId ?? '');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        props.onChoose(chosen);
      }}
    >
      <Field
        label="Which team is your CX team?"
        hint="CX Cadence keeps its records in this team's site."
      >
        <Select value={chosen} onChange={(_, data) => setChosen(data.value)}>
          {props.teams.map((team) => (
            <option key={team.groupId} value={team.groupId}>
              {team.displayName}
            </option>
          ))}
        </Select>
      </Field>
      <Button appearance="primary" type="submit">
        Open
      </Button>
    </form>
  );
}
