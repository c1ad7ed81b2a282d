import { tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Charter } from '../../../domain/charter';
import {
  actionProgress,
  attendanceByDepartmentOverall,
  calendarDateIn,
  decisionsPerCategory,
  decisionsPerRole,
  meetingsHeldVersusPlanned,
  missionMomentCoverage,
  missionMomentOutcomes,
  percentOf,
  teamTimeZone,
} from '../../../domain/insights';
import type { TeamInsightRecords } from '../../../graph/insights';
import { countOf } from './displayDate';
import type { HealthChartModel } from './chartSpec';

/** Series colours: Fluent palette tokens, so every Teams theme (high contrast too) supplies them. */
const GOOD = tokens.colorPaletteGreenBorderActive;
const BAD = tokens.colorPaletteRedBorderActive;
const WAITING = tokens.colorPaletteMarigoldBorderActive;
const NEUTRAL = tokens.colorPaletteBlueBorderActive;
const SECOND = tokens.colorPaletteBerryBorderActive;

/** The six charts of cadence health, from the records read at `readAt`. */
export function useCadenceHealth(input: {
  readonly records: TeamInsightRecords;
  readonly charter: Charter | undefined;
  readonly readAt: Date;
}): HealthChartModel[] {
  const { records, charter, readAt } = input;
  return useMemo(
    () => [
      meetingsChart(records, readAt),
      missionMomentsChart(records),
      categoriesChart(records, charter),
      rolesChart(records, charter),
      actionsChart(records, readAt),
      attendanceChart(records),
    ],
    [records, charter, readAt],
  );
}

function meetingsChart(records: TeamInsightRecords, readAt: Date): HealthChartModel {
  const { cadences, totals } = meetingsHeldVersusPlanned({
    cadences: records.cadences,
    meetings: records.meetings,
    now: readAt.toISOString(),
  });
  const empty =
    records.cadences.length === 0
      ? 'No meetings planned yet: plan and schedule the cadence in the planner.'
      : totals.planned === 0
        ? 'No meetings held yet: the first meeting of the cadence is still to come.'
        : totals.held === 0
          ? 'No meetings held yet: schedule the cadence in the planner and open the side panel in each meeting to record it.'
          : undefined;
  return {
    id: 'meetings',
    title: 'Meetings held versus planned',
    summary: `${totals.held} of ${countOf(totals.planned, 'planned meeting')} held (${percentOf(totals.held, totals.planned)}%); ${totals.cancelled} cancelled, ${totals.notRecorded} not recorded.`,
    ...(empty ? { empty } : {}),
    spec: {
      kind: 'stackedBars',
      rowHeader: 'Cadence',
      series: [
        { label: 'Held', color: GOOD },
        { label: 'Cancelled', color: BAD },
        { label: 'Not recorded', color: WAITING },
      ],
      rows: cadences.map((row) => ({
        label: row.title,
        values: [row.held, row.cancelled, row.notRecorded],
      })),
    },
  };
}

function missionMomentsChart(records: TeamInsightRecords): HealthChartModel {
  const outcomes = missionMomentOutcomes(records.missionMoments);
  const coverage = missionMomentCoverage(records.meetings, records.missionMoments);
  return {
    id: 'missionMoments',
    title: 'Mission Moments: lived versus missed',
    summary: `${outcomes.lived} of ${countOf(outcomes.total, 'Mission Moment')} lived up to our CX mission, ${outcomes.missed} missed it; ${countOf(coverage.withoutMoment, 'held meeting')} had none.`,
    ...(outcomes.total === 0
      ? {
          empty:
            'No Mission Moments told yet: the rotation names a presenter for every meeting; they capture the story in the side panel.',
        }
      : {}),
    spec: {
      kind: 'donut',
      centre: `${percentOf(outcomes.lived, outcomes.total)}%`,
      slices: [
        { label: 'Lived up', value: outcomes.lived, color: GOOD },
        { label: 'Missed', value: outcomes.missed, color: BAD },
      ],
    },
  };
}

const NO_DECISIONS =
  'No decisions recorded yet: capture them in the side panel during the meeting.';

function categoriesChart(
  records: TeamInsightRecords,
  charter: Charter | undefined,
): HealthChartModel {
  const rows = decisionsPerCategory(records.decisions, charter);
  const busiest = [...rows].sort((a, b) => b.total - a.total)[0];
  return {
    id: 'categories',
    title: 'Decisions per category',
    summary: busiest
      ? `${countOf(records.decisions.length, 'decision')} in ${countOf(rows.length, 'category', 'categories')}; most in ${busiest.name} (${busiest.total}).`
      : 'No decisions yet.',
    ...(rows.length === 0 ? { empty: NO_DECISIONS } : {}),
    spec: {
      kind: 'stackedBars',
      rowHeader: 'Category',
      series: [
        { label: 'Approved', color: GOOD },
        { label: 'Pending approval', color: WAITING },
        { label: 'Deferred', color: NEUTRAL },
        { label: 'Rejected', color: BAD },
      ],
      rows: rows.map((row) => ({
        label: row.name,
        values: [
          row.byStatus.approved,
          row.byStatus.pendingApproval,
          row.byStatus.deferred,
          row.byStatus.rejected,
        ],
      })),
    },
  };
}

function rolesChart(records: TeamInsightRecords, charter: Charter | undefined): HealthChartModel {
  const rows = decisionsPerRole(records.decisions, charter);
  return {
    id: 'roles',
    title: 'Decisions per role',
    summary:
      rows.length === 0
        ? 'No decisions yet.'
        : `${countOf(rows.length, 'role')} drove or approved the team's ${countOf(records.decisions.length, 'decision')}.`,
    ...(rows.length === 0 ? { empty: NO_DECISIONS } : {}),
    spec: {
      kind: 'stackedBars',
      rowHeader: 'Role',
      series: [
        { label: 'Drove', color: NEUTRAL },
        { label: 'Approver', color: SECOND },
      ],
      rows: rows.map((row) => ({ label: row.name, values: [row.driven, row.approved] })),
    },
  };
}

function actionsChart(records: TeamInsightRecords, readAt: Date): HealthChartModel {
  const today = calendarDateIn(readAt.toISOString(), teamTimeZone(records.cadences));
  const progress = actionProgress(records.actions, today);
  return {
    id: 'actions',
    title: 'Action completion and overdue',
    summary: `${progress.completed} of ${countOf(progress.total, 'action')} completed (${progress.completionPercent}%); ${progress.overdue} overdue, ${progress.onTrack} open on time.`,
    ...(progress.total === 0
      ? {
          empty: 'No actions yet: capture them in the side panel with an owner and a due date.',
        }
      : {}),
    spec: {
      kind: 'donut',
      centre: `${progress.completionPercent}%`,
      slices: [
        { label: 'Completed', value: progress.completed, color: GOOD },
        { label: 'Open on time', value: progress.onTrack, color: NEUTRAL },
        { label: 'Overdue', value: progress.overdue, color: BAD },
      ],
    },
  };
}

function attendanceChart(records: TeamInsightRecords): HealthChartModel {
  const rows = attendanceByDepartmentOverall(records.meetings);
  const lowest = rows[0];
  return {
    id: 'attendance',
    title: 'Attendance by department',
    summary: lowest
      ? `Lowest attendance: ${lowest.label}, ${lowest.attended} of ${lowest.invited} (${lowest.attendancePercent}%). Departments that stop coming are the first sign of a silo.`
      : 'No attendance recorded yet.',
    ...(rows.length === 0
      ? {
          empty:
            'No attendance recorded yet: attendance is recorded with each held meeting in the side panel.',
        }
      : {}),
    spec: {
      kind: 'stackedBars',
      rowHeader: 'Department',
      series: [
        { label: 'Attended', color: GOOD },
        { label: 'Missed', color: BAD },
      ],
      rows: rows.map((row) => ({ label: row.label, values: [row.attended, row.missed] })),
    },
  };
}
