/**
 * The cadence planner's rules with no I/O: the form and the cadence it builds (and the field each
 * problem belongs to), the Mission Moment rota preview with swaps and overrides, and the words
 * that explain a ranked slot.
 */
export {
  PLANNER_FREQUENCIES,
  PLANNER_FREQUENCY_LABELS,
  cadenceFromForm,
  defaultPlannerForm,
  formFromCadence,
  plannerFieldOf,
  plannerIssuesByField,
} from './plannerForm';
export type {
  CadenceFromFormOptions,
  DefaultPlannerFormOptions,
  PlannerEnd,
  PlannerField,
  PlannerForm,
  PlannerFrequency,
} from './plannerForm';
export { describeRotaReason, overrideRotaPresenter, previewRota, swapRotaPresenters } from './rota';
export type { PreviewRotaOptions, RotaEntry } from './rota';
export { explainSlot } from './slotExplanation';
export type { SlotExplanation } from './slotExplanation';
