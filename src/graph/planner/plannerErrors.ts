import type { PlannerActionTask } from './actionTaskMapper';

/** Why the team's plan could not be chosen. */
export type PlannerPlanErrorCode = 'noPlan' | 'planNotFound' | 'planAmbiguous';

/**
 * The CX team's Planner plan could not be chosen (see `pickTeamPlan` for the rule). The message
 * says what the team can do: create a plan, or name the one CX Cadence should use.
 */
export class PlannerPlanError extends Error {
  override readonly name: string = 'PlannerPlanError';
  readonly code: PlannerPlanErrorCode;
  readonly groupId: string;
  /** Titles of the plans the group has, for the message and the UI. */
  readonly planTitles: readonly string[];

  constructor(options: {
    code: PlannerPlanErrorCode;
    groupId: string;
    planTitles: readonly string[];
    message: string;
  }) {
    super(options.message);
    this.code = options.code;
    this.groupId = options.groupId;
    this.planTitles = options.planTitles;
  }
}

/**
 * Someone changed the Planner task after CX Cadence read it (Planner answered 412 to the
 * `If-Match` update). Nothing was overwritten: `ours` is what CX Cadence tried to write, `theirs`
 * is the task as it is now, so the user can choose.
 */
export class PlannerConflictError extends Error {
  override readonly name: string = 'PlannerConflictError';
  readonly code = 'plannerConflict' as const;
  readonly taskId: string;
  readonly ours: PlannerActionTask;
  readonly theirs: PlannerActionTask;

  constructor(options: { ours: PlannerActionTask; theirs: PlannerActionTask }) {
    super(
      `The Planner task "${options.theirs.title}" was changed by someone else since CX Cadence read it: ` +
        'nothing was overwritten. Compare both versions and apply your change again if it still holds.',
    );
    this.taskId = options.theirs.taskId;
    this.ours = options.ours;
    this.theirs = options.theirs;
  }
}
