import * as z from 'zod/mini';
import { ValidationError, parseWith, zodMessage, type FieldIssue } from '../errors';
import { decisionCategoryId, memberId, roleId } from '../ids';
import { DEPARTMENT_LABELS } from './defaultCharter';
import type { Charter, Department, DecisionRight, StakeholderNeed } from './types';

/**
 * How long each part of the charter may be, in characters (lists: in items). A charter is read in
 * meetings and printed at the top of invites, so the limits keep it short enough to be read aloud.
 */
export const CHARTER_LIMITS = {
  visionLength: 500,
  missionLength: 500,
  /** Problem statement, success statement and prioritisation approach. */
  statementLength: 1_000,
  /** Role, decision-category, stakeholder, indicator and goal names. */
  nameLength: 100,
  /** One responsibility, objective, working agreement, measure, baseline or target. */
  itemLength: 300,
  descriptionLength: 500,
  /** RFC 5321's longest forward path. */
  emailLength: 254,
  roles: 40,
  decisionCategories: 20,
  stakeholders: 50,
  /** Goals, objectives per goal, indicators, working agreements, responsibilities per role. */
  listItems: 20,
  membersPerRole: 100,
} as const;

export const DECISION_RIGHT_VALUES = [
  'driver',
  'approver',
  'contributor',
  'informed',
] as const satisfies readonly DecisionRight[];

export const STAKEHOLDER_NEED_VALUES = [
  'mustKnow',
  'mustApprove',
] as const satisfies readonly StakeholderNeed[];

export const isDepartment = (value: string): value is Department =>
  Object.hasOwn(DEPARTMENT_LABELS, value);
export const isDecisionRight = (value: string): value is DecisionRight =>
  (DECISION_RIGHT_VALUES as readonly string[]).includes(value);
export const isStakeholderNeed = (value: string): value is StakeholderNeed =>
  (STAKEHOLDER_NEED_VALUES as readonly string[]).includes(value);

interface TextRule {
  /** What to do when the text is missing, e.g. "Give the CX mission in one or two sentences". */
  readonly ask: string;
  /** The thing, as named in "Shorten … to at most N characters". */
  readonly subject: string;
  readonly max: number;
}

const lengthOf = (input: unknown): number => (typeof input === 'string' ? input.length : 0);

function tooLong(subject: string, max: number) {
  return (issue: { input?: unknown }) =>
    `Shorten ${subject} to at most ${max} characters (it has ${lengthOf(issue.input)})`;
}

/** Required text, trimmed. Missing, blank and too long each get a message that says what to do. */
function requiredText({ ask, subject, max }: TextRule) {
  const missing = `${ask} (at most ${max} characters)`;
  return z
    .string({ error: missing })
    .check(
      z.trim(),
      z.minLength(1, { error: missing }),
      z.maxLength(max, { error: tooLong(subject, max) }),
    );
}

/** Optional text, trimmed; blank is allowed. */
function optionalText({ ask, subject, max }: TextRule) {
  return z
    .string({ error: `${ask} (at most ${max} characters)` })
    .check(z.trim(), z.maxLength(max, { error: tooLong(subject, max) }));
}

interface ListRule {
  /** Message when the list is empty; omit to allow an empty list. */
  readonly empty?: string;
  /** The things in the list, as in "Keep at most 20 goals". */
  readonly things: string;
  readonly max: number;
}

function list<T extends z.ZodMiniType>(item: T, { empty, things, max }: ListRule) {
  const tooMany = `Keep at most ${max} ${things}: remove some, or merge those that overlap`;
  const schema = z
    .array(item, { error: `Give the ${things} as a list` })
    .check(z.maxLength(max, tooMany));
  return empty === undefined ? schema : schema.check(z.minLength(1, { error: empty }));
}

/**
 * A string that must be one of `values`. Checked with a refinement rather than `z.enum` so that a
 * wrong choice does not stop the cross-field checks: the person sees every problem at once.
 */
function oneOf<T extends string>(isValue: (value: string) => value is T, message: string) {
  // Typed as narrowed to `T`, as the `refine` method of full zod types a type guard.
  return z
    .string({ error: message })
    .check(z.refine(isValue, { error: message })) as z.core.$ZodNarrow<z.ZodMiniString<string>, T>;
}

const ID_MESSAGE = 'Every item needs an id: reload the charter and try again';
const idText = z.string({ error: ID_MESSAGE }).check(z.minLength(1, { error: ID_MESSAGE }));
const roleIdSchema = z.pipe(idText, z.transform(roleId));
const memberIdSchema = z.pipe(idText, z.transform(memberId));
const categoryIdSchema = z.pipe(idText, z.transform(decisionCategoryId));

const indicatorSchema = z.object(
  {
    name: requiredText({
      ask: 'Name the indicator, e.g. “Net Promoter Score”',
      subject: 'the indicator name',
      max: CHARTER_LIMITS.nameLength,
    }),
    measure: requiredText({
      ask: 'Say what is measured and how, e.g. “relationship NPS, quarterly survey”',
      subject: 'the measure',
      max: CHARTER_LIMITS.itemLength,
    }),
    baseline: z.optional(
      optionalText({
        ask: 'Give the baseline as text, e.g. “21 in Q1”, or leave it empty',
        subject: 'the baseline',
        max: CHARTER_LIMITS.itemLength,
      }),
    ),
    target: requiredText({
      ask: 'Give the target and when it should be reached, e.g. “35 by Q4”',
      subject: 'the target',
      max: CHARTER_LIMITS.itemLength,
    }),
  },
  { error: 'Give each indicator a name, a measure and a target' },
);

const goalSchema = z.object(
  {
    title: requiredText({
      ask: 'Give the goal a short title',
      subject: 'the goal title',
      max: CHARTER_LIMITS.nameLength,
    }),
    objectives: list(
      requiredText({
        ask: 'Write the objective in a sentence, or remove it',
        subject: 'the objective',
        max: CHARTER_LIMITS.itemLength,
      }),
      {
        things: 'objectives per goal',
        max: CHARTER_LIMITS.listItems,
        empty: 'Add at least one objective to this goal so the team can tell when it is met',
      },
    ),
  },
  { error: 'Give each goal a title and its objectives' },
);

/** A blank email box in a form means "no email", not a malformed one. */
const blankToUndefined = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};

const EMAIL_MESSAGE = 'Enter a full email address, like name@contoso.com, or leave it empty';

const stakeholderSchema = z.object(
  {
    name: requiredText({
      ask: 'Name the stakeholder: a person, a team or a board',
      subject: 'the stakeholder name',
      max: CHARTER_LIMITS.nameLength,
    }),
    email: z.pipe(
      z.transform(blankToUndefined),
      z.optional(
        z
          .email({ error: EMAIL_MESSAGE })
          .check(z.maxLength(CHARTER_LIMITS.emailLength, { error: EMAIL_MESSAGE })),
      ),
    ),
    need: oneOf(
      isStakeholderNeed,
      'Choose whether this stakeholder must know what the team decides or must approve it',
    ),
    categoryIds: list(categoryIdSchema, {
      things: 'decision categories per stakeholder',
      max: CHARTER_LIMITS.decisionCategories,
    }),
  },
  { error: 'Give each stakeholder a name and whether they must know or must approve' },
);

const roleSchema = z.object(
  {
    id: roleIdSchema,
    name: requiredText({
      ask: 'Name the role, e.g. “CX Lead” or “Sales champion”',
      subject: 'the role name',
      max: CHARTER_LIMITS.nameLength,
    }),
    responsibilities: list(
      requiredText({
        ask: 'Write the responsibility in a sentence, or remove it',
        subject: 'the responsibility',
        max: CHARTER_LIMITS.itemLength,
      }),
      {
        things: 'responsibilities per role',
        max: CHARTER_LIMITS.listItems,
        empty: 'Give this role at least one responsibility so its members know what it does',
      },
    ),
    department: oneOf(isDepartment, 'Choose the department this role comes from'),
    memberIds: list(memberIdSchema, {
      things: 'members per role',
      max: CHARTER_LIMITS.membersPerRole,
    }),
  },
  { error: 'Give each role a name, a department and its responsibilities' },
);

const categorySchema = z.object(
  {
    id: categoryIdSchema,
    name: requiredText({
      ask: 'Name the decision category, e.g. “Resources and budget”',
      subject: 'the category name',
      max: CHARTER_LIMITS.nameLength,
    }),
    description: optionalText({
      ask: 'Describe which decisions fall in this category',
      subject: 'the description',
      max: CHARTER_LIMITS.descriptionLength,
    }),
  },
  { error: 'Give each decision category a name and a description' },
);

const rightSchema = oneOf(isDecisionRight, 'Choose Driver, Approver, Contributor or Informed');

const matrixRowSchema = z.record(roleIdSchema, rightSchema, {
  error: 'Give each decision category’s rights as a list of roles and their rights',
});

const matrixSchema = z.record(categoryIdSchema, matrixRowSchema, {
  error: 'Give the decision rights as a table of categories and roles',
});

const charterShape = z.object(
  {
    vision: requiredText({
      ask: 'Give the CX vision: the experience you want customers to have, in a sentence or two',
      subject: 'the CX vision',
      max: CHARTER_LIMITS.visionLength,
    }),
    mission: requiredText({
      ask: 'Give the CX mission in one or two sentences',
      subject: 'the CX mission',
      max: CHARTER_LIMITS.missionLength,
    }),
    problemStatement: requiredText({
      ask: 'Describe the customer problem this team exists to solve',
      subject: 'the CX problem statement',
      max: CHARTER_LIMITS.statementLength,
    }),
    successStatement: z.object(
      {
        statement: requiredText({
          ask: 'Say in a few sentences what CX success will look like',
          subject: 'the CX success statement',
          max: CHARTER_LIMITS.statementLength,
        }),
        indicators: list(indicatorSchema, {
          things: 'indicators',
          max: CHARTER_LIMITS.listItems,
          empty: 'Add at least one measurable indicator so the team can tell whether CX improves',
        }),
      },
      { error: 'Give the CX success statement and its indicators' },
    ),
    goals: list(goalSchema, {
      things: 'goals',
      max: CHARTER_LIMITS.listItems,
      empty: 'Add at least one CX goal with its objectives',
    }),
    prioritisationApproach: requiredText({
      ask: 'Say how the team decides which CX efforts come first',
      subject: 'the prioritisation approach',
      max: CHARTER_LIMITS.statementLength,
    }),
    stakeholders: list(stakeholderSchema, {
      things: 'stakeholders',
      max: CHARTER_LIMITS.stakeholders,
    }),
    workingAgreements: list(
      requiredText({
        ask: 'Write the working agreement in a sentence, or remove it',
        subject: 'the working agreement',
        max: CHARTER_LIMITS.itemLength,
      }),
      {
        things: 'working agreements',
        max: CHARTER_LIMITS.listItems,
        empty: 'Add at least one working agreement: how this team works together',
      },
    ),
    roles: list(roleSchema, {
      things: 'roles',
      max: CHARTER_LIMITS.roles,
      empty: 'Add at least one role, e.g. an Executive Sponsor and a CX Lead',
    }),
    decisionCategories: list(categorySchema, {
      things: 'decision categories',
      max: CHARTER_LIMITS.decisionCategories,
      empty: 'Add at least one decision category, e.g. “CX priorities”',
    }),
    decisionRights: matrixSchema,
  },
  { error: 'Give the charter as an object with its vision, mission, roles and the rest' },
);

type CharterShape = z.output<typeof charterShape>;

/** A cross-field problem, with the path zod reports it under. */
interface CrossIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

const normalisedName = (name: string): string => name.trim().toLocaleLowerCase();

/** Indexes of items whose key repeats an earlier item's key (the first one is not reported). */
function repeatedIndexes<T>(items: readonly T[], keyOf: (item: T) => string): number[] {
  const seen = new Set<string>();
  const repeats: number[] = [];
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (key === '') return;
    if (seen.has(key)) repeats.push(index);
    seen.add(key);
  });
  return repeats;
}

function roleIssues(charter: CharterShape): CrossIssue[] {
  const { roles } = charter;
  const duplicateIds = repeatedIndexes(roles, (role) => role.id).map((index) => ({
    path: ['roles', index, 'id'],
    message: `Two roles share the id “${roles[index]?.id}”: remove one of them and add it again`,
  }));
  const duplicateNames = repeatedIndexes(roles, (role) => normalisedName(role.name)).map(
    (index) => ({
      path: ['roles', index, 'name'],
      message: `Another role is already called “${roles[index]?.name}”: give this role a different name`,
    }),
  );
  const duplicateMembers = roles.flatMap((role, roleIndex) =>
    repeatedIndexes(role.memberIds, (member) => member).map((memberIndex) => ({
      path: ['roles', roleIndex, 'memberIds', memberIndex],
      message: `This person is already a member of “${role.name}”: remove the repeat`,
    })),
  );
  return [...duplicateIds, ...duplicateNames, ...duplicateMembers];
}

function categoryIssues(charter: CharterShape): CrossIssue[] {
  const categories = charter.decisionCategories;
  const duplicateIds = repeatedIndexes(categories, (category) => category.id).map((index) => ({
    path: ['decisionCategories', index, 'id'],
    message: `Two decision categories share the id “${categories[index]?.id}”: remove one of them and add it again`,
  }));
  const duplicateNames = repeatedIndexes(categories, (category) =>
    normalisedName(category.name),
  ).map((index) => ({
    path: ['decisionCategories', index, 'name'],
    message: `Another decision category is already called “${categories[index]?.name}”: give this one a different name`,
  }));
  return [...duplicateIds, ...duplicateNames];
}

/**
 * The matrix may only name roles and categories the charter has, and every category needs its
 * decision-makers.
 *
 * The DACI rule applied here: **at least one Approver and at most one Driver per category.**
 * - An Approver is required because decisions are checked against the matrix: a category with no
 *   approver could never have a decision accepted, only left "pending approval" forever. More than
 *   one approver is allowed because some charters let either of two roles approve (an Executive
 *   Sponsor and a deputy sponsor, say); each decision still names the one approver who signed off.
 * - Two Drivers means nobody owns the decision, which is the failure DACI exists to prevent, so the
 *   second driver is refused. No driver is allowed: in small teams whoever raises a decision
 *   drives it, and each decision record names its driver anyway.
 */
function matrixIssues(charter: CharterShape): CrossIssue[] {
  const roleNames = new Map(charter.roles.map((role) => [role.id as string, role.name]));
  const categoryIds = new Set<string>(charter.decisionCategories.map((category) => category.id));
  const issues: CrossIssue[] = [];
  for (const [category, row] of Object.entries(charter.decisionRights)) {
    if (!categoryIds.has(category)) {
      issues.push({
        path: ['decisionRights', category],
        message:
          'This row of the decision-rights table is for a decision category that no longer exists: remove the row',
      });
      continue;
    }
    for (const role of Object.keys(row)) {
      if (!roleNames.has(role)) {
        issues.push({
          path: ['decisionRights', category, role],
          message:
            'The decision-rights table gives a right to a role that no longer exists: remove it from the row',
        });
      }
    }
  }
  for (const category of charter.decisionCategories) {
    issues.push(...categoryRightsIssues(charter, category));
  }
  return issues;
}

function categoryRightsIssues(
  charter: CharterShape,
  category: CharterShape['decisionCategories'][number],
): CrossIssue[] {
  const row: Partial<Record<string, string>> = charter.decisionRights[category.id] ?? {};
  // A repeated role id is reported once, under roles.N.id, not again here as a second driver.
  const roles = charter.roles.filter(
    (role, index) => charter.roles.findIndex((other) => other.id === role.id) === index,
  );
  const holders = (right: DecisionRight) => roles.filter((role) => row[role.id] === right);
  const issues: CrossIssue[] = [];
  if (holders('approver').length === 0) {
    issues.push({
      path: ['decisionRights', category.id],
      message: `Choose a role to approve “${category.name}” decisions: every decision category needs an approver`,
    });
  }
  const [driver, ...extraDrivers] = holders('driver');
  for (const extra of extraDrivers) {
    issues.push({
      path: ['decisionRights', category.id, extra.id],
      message: `Only one role can drive “${category.name}” decisions and “${driver?.name}” already does: make “${extra.name}” a contributor or informed instead`,
    });
  }
  return issues;
}

function stakeholderIssues(charter: CharterShape): CrossIssue[] {
  const categoryIds = new Set<string>(charter.decisionCategories.map((category) => category.id));
  return charter.stakeholders.flatMap((stakeholder, index) => {
    const issues: CrossIssue[] = stakeholder.categoryIds.flatMap((category, categoryIndex) =>
      categoryIds.has(category)
        ? []
        : [
            {
              path: ['stakeholders', index, 'categoryIds', categoryIndex],
              message: `Stakeholder “${stakeholder.name}” follows a decision category that no longer exists: remove it from their list`,
            },
          ],
    );
    if (stakeholder.need === 'mustKnow' && stakeholder.email === undefined) {
      issues.push({
        path: ['stakeholders', index, 'email'],
        message: `Add an email address for stakeholder “${stakeholder.name}” so they can be sent summaries`,
      });
    }
    return issues;
  });
}

/**
 * The whole CX Charter. Strings are trimmed; a blank stakeholder email becomes "no email".
 *
 * Field rules run first; the cross-field rules (unique names, the decision-rights matrix,
 * stakeholders' categories and emails) run as well whenever every field has the right type, so a
 * form sees all of its problems at once. Only input of the wrong shape altogether (a number where
 * text belongs, a missing list) stops the cross-field rules, because there is nothing to compare.
 */
export const charterSchema = charterShape.check(
  z.superRefine((charter, ctx) => {
    const issues = [
      ...roleIssues(charter),
      ...categoryIssues(charter),
      ...matrixIssues(charter),
      ...stakeholderIssues(charter),
    ];
    for (const issue of issues) {
      ctx.addIssue({ code: 'custom', path: [...issue.path], message: issue.message });
    }
  }),
);

/** What a charter form may hold before validation: anything, since people type freely. */
export type CharterInput = z.input<typeof charterSchema>;

/**
 * Parses a charter from storage or a form. Throws a `ValidationError` listing every problem, each
 * under its field path (`roles.2.name`, `decisionRights.<categoryId>.<roleId>`, …).
 */
export function validateCharter(input: unknown): Charter {
  return parseWith(charterSchema, input);
}

/**
 * The outcome of checking a charter draft: the parsed charter, or every problem found. The draft
 * itself is never changed, so a form keeps everything the person typed and shows the issues.
 */
export type CharterCheck =
  | { readonly ok: true; readonly charter: Charter }
  | { readonly ok: false; readonly issues: readonly FieldIssue[] };

/** Like `validateCharter`, for forms: returns the problems instead of throwing them. */
export function checkCharter(input: unknown): CharterCheck {
  const result = charterSchema.safeParse(input, { error: zodMessage });
  if (result.success) return { ok: true, charter: result.data };
  return { ok: false, issues: ValidationError.fromZod(result.error).issues };
}
