/** What the CX hub's insight sections read: the team's records and the actions' Planner statuses. */
export { readTeamInsights } from './readTeamInsights';
export type {
  InsightPart,
  PlannerStatusRead,
  ReadTeamInsightsOptions,
  TeamInsightRecords,
} from './readTeamInsights';
