/**
 * The CX hub's insights: the decision log, the Mission Moment library, the action tracker and the
 * cadence-health numbers behind its charts. Pure functions over the team's records: the hub reads
 * the records (src/graph/insights) and passes them in with the clock's reading.
 */
export * from './actionTracker';
export * from './cadenceHealth';
export * from './decisionLog';
export * from './memberDirectory';
export * from './missionMomentLibrary';
export * from './teamCalendar';
export * from './actionStatusEdit';
