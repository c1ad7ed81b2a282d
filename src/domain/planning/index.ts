/**
 * The cadence planner's rules with no I/O: the form and the cadence it builds (and the field each
 * problem belongs to), the Mission Moment rota preview with swaps and overrides, and the words
 * that explain a ranked slot.
 */
export {
  DEFAULT_PLANNER_DAY_OF_WEEK,
  DEFAULT_PLANNER_DURATION_MINUTES,
  DEFAULT_PLANNER_INTERVAL_WEEKS,
  DEFAULT_PLANNER_LEAD_DAYS,
  DEFAULT_PLANNER_RANGE_DAYS,
  DEFAULT_PLANNER_START_TIME,
  DEFAULT_PLANNER_TITLE,
  PLANNER_ENDS,
  PLANNER_FREQUENCIES,
  PLANNER_FREQUENCY_LABELS,
  cadenceFromForm,
  defaultPlannerForm,
  formFromCadence,
  plannerFieldOf,
  plannerIssuesByField,
  plannerValidationError,
} from './plannerForm';
export type {
  CadenceFromFormOptions,
  DefaultPlannerFormOptions,
  PlannerEnd,
  PlannerField,
  PlannerForm,
  PlannerFrequency,
} from './plannerForm';
export {
  ROTA_PREVIEW_HORIZON_DAYS,
  describeRotaReason,
  overrideRotaPresenter,
  previewRota,
  swapRotaPresenters,
} from './rota';
export type { PreviewRotaOptions, RotaEntry } from './rota';
export { explainSlot } from './slotExplanation';
export type { SlotDateNotes, SlotExplanation } from './slotExplanation';
