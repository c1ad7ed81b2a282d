/** CX actions as Planner tasks in the team's plan, a bucket per cadence. */
export {
  ACTION_TASK_KEY_PATTERN,
  actionTaskKey,
  splitActionTitle,
  titleWithActionKey,
} from './actionTaskKey';
export {
  PLANNER_DUE_HOUR,
  fromPlannerTask,
  hasTaskChanges,
  plannerDueDateTime,
  toPlannerTaskCreate,
  toPlannerTaskPatch,
  withPlannerStatus,
  withTaskChanges,
} from './actionTaskMapper';
export type {
  ActionTaskChanges,
  ActionTaskLocation,
  PlannerActionTask,
  PlannerTaskResource,
} from './actionTaskMapper';
export {
  ActionTasksIncompleteError,
  actionTaskCreateRequests,
  bucketTasksUrl,
  createActionTasks,
  matchActionTasks,
  planTasksUrl,
  readActionTasks,
  syncActionStatuses,
  taskRequestId,
  updateActionTask,
} from './actionTasks';
export type {
  ActionTaskResult,
  ActionTasksReport,
  CreateActionTasksOptions,
  ReadActionTasksOptions,
  UpdateActionTaskOptions,
} from './actionTasks';
export { allItemsOf } from './batchPages';
export {
  MAX_WRITE_ATTEMPTS,
  isRetryableWriteFailure,
  waitBeforeNextRound,
  writeAttempts,
} from './lookBeforeWrite';
export type { WriteOutcome } from './lookBeforeWrite';
export { PlannerConflictError, PlannerPlanError } from './plannerErrors';
export type { PlannerPlanErrorCode } from './plannerErrors';
export {
  ensureCadenceBucket,
  findTeamPlan,
  pickCadenceBucket,
  pickTeamPlan,
  planBucketsUrl,
  teamPlansUrl,
} from './teamPlan';
export type { EnsureCadenceBucketOptions, EnsuredBucket, TeamPlanOptions } from './teamPlan';
