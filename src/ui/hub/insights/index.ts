/**
 * The CX hub's insight sections, each reading what it shows when it appears: the decision log,
 * the Mission Moment library, the action tracker and cadence health with its charts.
 */
export { ActionTrackerSection } from './ActionTrackerSection';
export { CadenceHealthSection } from './CadenceHealthSection';
export { DecisionLogSection } from './DecisionLogSection';
export { MissionMomentLibrarySection } from './MissionMomentLibrarySection';
export type { InsightSectionProps } from './insightSection';
