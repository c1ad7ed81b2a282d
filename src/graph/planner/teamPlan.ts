import type { PlannerBucket, PlannerPlan } from '@microsoft/microsoft-graph-types';
import type { GraphClient } from '../client';
import { collectAll } from '../client';
import { isRetryableWriteFailure, waitBeforeNextRound, writeAttempts } from './lookBeforeWrite';
import { PlannerPlanError } from './plannerErrors';

/**
 * The team's plan and the cadence's bucket in it.
 *
 * Which plan: a Microsoft 365 group can hold several plans (one per Planner tab added in Teams).
 * CX Cadence uses the plan whose title equals `planTitle` (compared without regard to case or
 * surrounding spaces; callers pass the title the team chose in CX Cadence's settings, by default
 * the team's name). Without `planTitle` it uses the group's only plan. Anything else is a
 * {@link PlannerPlanError} naming the plans there are, never a guess.
 *
 * Which bucket: one per cadence, found by name (same comparison); when people made two with the
 * same name, the one with the smallest id, so every run and every user picks the same one.
 */

export const teamPlansUrl = (groupId: string): string =>
  `/groups/${encodeURIComponent(groupId)}/planner/plans`;
export const planBucketsUrl = (planId: string): string =>
  `/planner/plans/${encodeURIComponent(planId)}/buckets`;

export interface TeamPlanOptions {
  /** The CX team's Microsoft 365 group. */
  readonly groupId: string;
  /** The plan's title; see the module comment for the rule when it is left out. */
  readonly planTitle?: string;
}

/** The plan CX Cadence uses among the group's plans. @throws PlannerPlanError */
export function pickTeamPlan(
  plans: readonly PlannerPlan[],
  options: TeamPlanOptions,
): PlannerPlan & { id: string } {
  const titles = plans.map((plan) => plan.title ?? '');
  const fail = (code: PlannerPlanError['code'], message: string) =>
    new PlannerPlanError({ code, groupId: options.groupId, planTitles: titles, message });
  const named = options.planTitle;
  const candidates =
    named === undefined ? plans : plans.filter((plan) => sameName(plan.title ?? '', named));
  const [only, ...others] = candidates;
  if (only?.id && others.length === 0) return { ...only, id: only.id };
  if (plans.length === 0) {
    throw fail(
      'noPlan',
      'The CX team has no Planner plan yet: add a Planner tab to the team in Teams, then publish again.',
    );
  }
  if (candidates.length === 0) {
    throw fail(
      'planNotFound',
      `The CX team has no Planner plan titled "${named ?? ''}" (it has ${quoteList(titles)}): ` +
        "choose one of these in CX Cadence's settings.",
    );
  }
  throw fail(
    'planAmbiguous',
    `The CX team has ${candidates.length} Planner plans${named === undefined ? '' : ` titled "${named}"`} ` +
      `(${quoteList(titles)}): choose the one for CX actions in CX Cadence's settings` +
      (named === undefined ? '.' : ', or rename the others.'),
  );
}

/** Reads the group's plans (every page) and picks the team's. @throws PlannerPlanError */
export async function findTeamPlan(
  client: GraphClient,
  options: TeamPlanOptions,
): Promise<PlannerPlan & { id: string }> {
  return pickTeamPlan(
    await collectAll<PlannerPlan>(client, teamPlansUrl(options.groupId)),
    options,
  );
}

/** The cadence's bucket among a plan's buckets, if there is one. */
export function pickCadenceBucket(
  buckets: readonly PlannerBucket[],
  bucketName: string,
): (PlannerBucket & { id: string }) | undefined {
  const found = buckets
    .filter((bucket) => bucket.id && sameName(bucket.name ?? '', bucketName))
    .sort((a, b) => ((a.id ?? '') < (b.id ?? '') ? -1 : 1))[0];
  return found?.id ? { ...found, id: found.id } : undefined;
}

export interface EnsureCadenceBucketOptions {
  readonly planId: string;
  /** The cadence's bucket name, e.g. the cadence title "CX Council". */
  readonly bucketName: string;
  /** The plan's buckets if already read (e.g. in a `$batch`): saves the first look. */
  readonly knownBuckets?: readonly PlannerBucket[];
  /** Look-then-write rounds; default the client's retries + 1. */
  readonly maxAttempts?: number;
}

export interface EnsuredBucket {
  readonly bucketId: string;
  /** True when this call created it. */
  readonly created: boolean;
}

/**
 * The cadence's bucket, created once. Looks before it writes: a create that failed with 429/5xx
 * (which may have landed) is followed by another look, never by a blind second create.
 */
export async function ensureCadenceBucket(
  client: GraphClient,
  options: EnsureCadenceBucketOptions,
): Promise<EnsuredBucket> {
  const attempts = writeAttempts(client, options.maxAttempts);
  let buckets = options.knownBuckets;
  for (let round = 0; ; round++) {
    buckets ??= await collectAll<PlannerBucket>(client, planBucketsUrl(options.planId));
    const found = pickCadenceBucket(buckets, options.bucketName);
    if (found) return { bucketId: found.id, created: round > 0 };
    try {
      const created = await client.request<PlannerBucket>({
        method: 'POST',
        url: '/planner/buckets',
        body: { name: options.bucketName.trim(), planId: options.planId, orderHint: ' !' },
      });
      return { bucketId: created.id ?? '', created: true };
    } catch (error) {
      const again =
        isRetryableWriteFailure(error) &&
        round + 1 < attempts &&
        (await waitBeforeNextRound(client, { round, failures: [error] }));
      if (!again) throw error;
      buckets = undefined;
    }
  }
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function quoteList(titles: readonly string[]): string {
  return titles.map((title) => `"${title}"`).join(', ');
}
