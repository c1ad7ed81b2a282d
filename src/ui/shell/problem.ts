import { ValidationError } from '../../domain/errors';
// The error modules themselves, not the barrels: a surface's first paint must not pull in every
// repository and validator just to word a failure.
import { GraphError, GraphPermissionError } from '../../graph/client/graphError';
import { RecordConflictError, RecordsAccessError } from '../../graph/records/errors';

/** What a surface shows when something failed: a title and what to do about it. */
export interface ProblemDescription {
  readonly title: string;
  readonly message: string;
}

/**
 * Turns any failure into words for the person in front of the screen, keeping the typed errors'
 * own messages (they already say what to do): a permission to grant, the fields to correct, a
 * record someone else saved first, Graph's code and status for support.
 */
export function describeProblem(error: unknown, doing: string): ProblemDescription {
  if (error instanceof ValidationError) {
    return {
      title: `Could not ${doing}: please check`,
      message: error.issues.map((issue) => issue.message).join(' '),
    };
  }
  if (error instanceof GraphPermissionError) {
    return { title: `Could not ${doing}: permission needed`, message: error.message };
  }
  if (error instanceof RecordConflictError) {
    return {
      title: `Could not ${doing}: someone else saved first`,
      message: `${error.message} Your entry is still here.`,
    };
  }
  if (error instanceof RecordsAccessError) {
    return { title: `Could not ${doing}: no access to the team's records`, message: error.message };
  }
  if (error instanceof GraphError) {
    return {
      title: `Could not ${doing}`,
      message: `${error.message} (Microsoft Graph ${error.status} ${error.code})`,
    };
  }
  return {
    title: `Could not ${doing}`,
    message: error instanceof Error ? error.message : String(error),
  };
}
