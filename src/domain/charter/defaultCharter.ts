import { decisionCategoryId, roleId, type DecisionCategoryId, type RoleId } from '../ids';
import type {
  Charter,
  CharterRole,
  DecisionCategory,
  DecisionRight,
  DecisionRightsMatrix,
  Department,
} from './types';

/** Human labels for departments, as the roster and the attendance-by-department chart show them. */
export const DEPARTMENT_LABELS: Readonly<Record<Department, string>> = {
  executive: 'Executive',
  cx: 'Customer experience',
  marketing: 'Marketing',
  sales: 'Sales',
  customerService: 'Customer service',
  customerSuccess: 'Customer success',
  product: 'Product',
  digital: 'Digital',
  it: 'IT',
  hrLearning: 'HR / learning',
  operations: 'Operations',
  other: 'Other',
};

/**
 * The departments a cross-functional CX team usually draws its champions from, in the order a
 * roster lists them. `executive`, `cx` and `other` are departments too but have no champion.
 */
export const CHAMPION_DEPARTMENTS = [
  'marketing',
  'sales',
  'customerService',
  'customerSuccess',
  'product',
  'digital',
  'it',
  'hrLearning',
  'operations',
] as const satisfies readonly Department[];

export type ChampionDepartment = (typeof CHAMPION_DEPARTMENTS)[number];

/** Every department, in display order: sponsor, CX, the champions' departments, then other. */
export const DEPARTMENTS: readonly Department[] = [
  'executive',
  'cx',
  ...CHAMPION_DEPARTMENTS,
  'other',
];

/** "Customer service" for `customerService`, "HR / learning" for `hrLearning`. */
export function departmentLabel(department: Department): string {
  return DEPARTMENT_LABELS[department];
}

/** Ids of the default charter's roles. Fixed, so other modules (agenda, demo data) can refer to them. */
export const DEFAULT_ROLE_IDS = {
  executiveSponsor: roleId('executive-sponsor'),
  cxLead: roleId('cx-lead'),
  marketing: roleId('marketing-champion'),
  sales: roleId('sales-champion'),
  customerService: roleId('customer-service-champion'),
  customerSuccess: roleId('customer-success-champion'),
  product: roleId('product-champion'),
  digital: roleId('digital-champion'),
  it: roleId('it-champion'),
  hrLearning: roleId('hr-learning-champion'),
  operations: roleId('operations-champion'),
} as const satisfies Readonly<Record<'executiveSponsor' | 'cxLead' | ChampionDepartment, RoleId>>;

/** Ids of the default charter's decision categories. */
export const DEFAULT_CATEGORY_IDS = {
  cxPriorities: decisionCategoryId('cx-priorities'),
  customerPolicy: decisionCategoryId('customer-facing-policy'),
  journeyChange: decisionCategoryId('journey-touchpoint-change'),
  resourcesBudget: decisionCategoryId('resources-budget'),
  measurement: decisionCategoryId('measurement'),
  teamOperations: decisionCategoryId('team-operations'),
} as const satisfies Readonly<Record<string, DecisionCategoryId>>;

/**
 * Text in square brackets in the template (`[Organisation]`, `[target]`) marks what a team must
 * fill in; `templatePlaceholderFields` finds what is still left.
 */
export const TEMPLATE_PLACEHOLDER_PATTERN = /\[[^\]\n]+\]/;

const CHAMPION_NAMES: Readonly<Record<ChampionDepartment, string>> = {
  marketing: 'Marketing champion',
  sales: 'Sales champion',
  customerService: 'Customer service champion',
  customerSuccess: 'Customer success champion',
  product: 'Product champion',
  digital: 'Digital champion',
  it: 'IT champion',
  hrLearning: 'HR / learning champion',
  operations: 'Operations champion',
};

/** What each champion brings beyond the duties every champion shares. */
const CHAMPION_FOCUS: Readonly<Record<ChampionDepartment, string>> = {
  marketing: 'Keeps brand promises and campaigns in line with the experience customers really get',
  sales:
    'Brings what prospects and new customers say, and makes sure sales commitments can be kept',
  customerService: 'Brings complaint themes, contact reasons and frontline ideas to every meeting',
  customerSuccess: 'Reports on adoption, renewal risk and the health of key accounts',
  product:
    'Links customer pain points to the product roadmap and reports what changed because of them',
  digital: 'Looks after the web, app and self-service journeys and their analytics',
  it: 'Says what systems and data changes cost and how long they take, and keeps customer data safe',
  hrLearning:
    'Turns CX decisions into training, onboarding and recognition for the people who serve customers',
  operations: 'Finds the process steps and hand-offs that cause customer effort and fixes them',
};

const SHARED_CHAMPION_DUTIES = [
  'Speaks for their department in CX decisions and carries decisions back to it',
  'Tells a Mission Moment when it is their turn',
] as const;

function championRole(department: ChampionDepartment): CharterRole {
  return {
    id: DEFAULT_ROLE_IDS[department],
    name: CHAMPION_NAMES[department],
    responsibilities: [CHAMPION_FOCUS[department], ...SHARED_CHAMPION_DUTIES],
    department,
    memberIds: [],
  };
}

function defaultRoles(): CharterRole[] {
  return [
    {
      id: DEFAULT_ROLE_IDS.executiveSponsor,
      name: 'Executive Sponsor',
      responsibilities: [
        'Champions the CX vision with the leadership team and removes obstacles between departments',
        'Approves CX priorities, resources and budget',
        'Attends the quarterly review and holds departments to what they agreed',
      ],
      department: 'executive',
      memberIds: [],
    },
    {
      id: DEFAULT_ROLE_IDS.cxLead,
      name: 'CX Lead',
      responsibilities: [
        'Runs the meeting cadence and keeps the agenda and the charter up to date',
        'Drives most CX decisions from proposal to approval',
        'Reports the success indicators and the progress of every action',
        'Makes sure the people who must know are told what was decided',
      ],
      department: 'cx',
      memberIds: [],
    },
    ...CHAMPION_DEPARTMENTS.map(championRole),
  ];
}

function defaultCategories(): DecisionCategory[] {
  return [
    {
      id: DEFAULT_CATEGORY_IDS.cxPriorities,
      name: 'CX priorities',
      description: 'Which CX initiatives the team takes on, pauses or stops, and in what order',
    },
    {
      id: DEFAULT_CATEGORY_IDS.customerPolicy,
      name: 'Customer-facing policy',
      description:
        'Rules customers meet directly: refunds, complaints, service levels, terms and guarantees',
    },
    {
      id: DEFAULT_CATEGORY_IDS.journeyChange,
      name: 'Journey or touchpoint change',
      description:
        'Changes to a step of the customer journey or to a channel, form, message or site',
    },
    {
      id: DEFAULT_CATEGORY_IDS.resourcesBudget,
      name: 'Resources and budget',
      description: 'Money, people and time committed to CX work',
    },
    {
      id: DEFAULT_CATEGORY_IDS.measurement,
      name: 'Measurement',
      description: 'Which indicators the team tracks, how they are measured and their targets',
    },
    {
      id: DEFAULT_CATEGORY_IDS.teamOperations,
      name: 'Team operations',
      description: 'How the team meets and works: cadence, agenda, membership and this charter',
    },
  ];
}

type Row = Partial<Record<RoleId, DecisionRight>>;

/** Every champion with the same right, then the named exceptions. */
function championRow(
  right: DecisionRight,
  exceptions: Partial<Record<ChampionDepartment, DecisionRight>> = {},
): Row {
  return Object.fromEntries(
    CHAMPION_DEPARTMENTS.map((department) => [
      DEFAULT_ROLE_IDS[department],
      exceptions[department] ?? right,
    ]),
  );
}

/**
 * The default DACI matrix. The CX Lead drives almost everything, because cross-functional work
 * stalls without one owner; the Executive Sponsor approves what commits the organisation (priorities,
 * money, policy customers see, journey changes, the indicators it is judged by); the CX Lead
 * approves how the team itself runs. Champions contribute where their department does the work and
 * are informed otherwise.
 */
function defaultDecisionRights(): DecisionRightsMatrix {
  const { executiveSponsor, cxLead } = DEFAULT_ROLE_IDS;
  const sponsorApproves = { [executiveSponsor]: 'approver', [cxLead]: 'driver' } as const;
  return {
    [DEFAULT_CATEGORY_IDS.cxPriorities]: { ...sponsorApproves, ...championRow('contributor') },
    [DEFAULT_CATEGORY_IDS.customerPolicy]: {
      ...sponsorApproves,
      ...championRow('informed', {
        customerService: 'contributor',
        customerSuccess: 'contributor',
        sales: 'contributor',
        operations: 'contributor',
        hrLearning: 'contributor',
      }),
    },
    [DEFAULT_CATEGORY_IDS.journeyChange]: {
      ...sponsorApproves,
      ...championRow('contributor', { hrLearning: 'informed' }),
    },
    [DEFAULT_CATEGORY_IDS.resourcesBudget]: { ...sponsorApproves, ...championRow('contributor') },
    [DEFAULT_CATEGORY_IDS.measurement]: {
      ...sponsorApproves,
      ...championRow('informed', {
        customerService: 'contributor',
        customerSuccess: 'contributor',
        digital: 'contributor',
        it: 'contributor',
      }),
    },
    // No driver: whoever proposes a change to how the team works drives it.
    [DEFAULT_CATEGORY_IDS.teamOperations]: {
      [cxLead]: 'approver',
      [executiveSponsor]: 'informed',
      ...championRow('contributor'),
    },
  };
}

/**
 * A ready-to-edit CX Charter: every part filled with an example a team can adapt, the standard
 * roles (Executive Sponsor, CX Lead and a champion per department, with nobody assigned yet), the
 * standard decision categories and a DACI matrix for them. It passes `validateCharter` as it is, so
 * a team can save it and improve it over time.
 *
 * The text is a template: words in square brackets (`[Organisation]`, `[target]`) are placeholders
 * to replace, and the rest is meant to be rewritten in the team's own words. Each call returns a
 * new charter, so editing one never affects another.
 */
export function createDefaultCharter(): Charter {
  return {
    vision:
      'Customers of [Organisation] find us easy to deal with, feel we keep our promises and would recommend us without being asked.',
    mission:
      'Every department works from the customer’s point of view: we fix what makes customers work hard, keep the promises we make, and learn from every interaction.',
    problemStatement:
      'Customers experience [Organisation] as separate departments: they repeat themselves, wait for hand-offs and get different answers in different channels. No one group can fix this alone, and improvements in one department are undone by decisions made in another.',
    successStatement: {
      statement:
        'We will know CX is improving when customers resolve what they came for at the first attempt, with little effort, and stay with us longer. We review these indicators at every meeting and report them to the leadership team each quarter.',
      indicators: [
        {
          name: 'Net Promoter Score',
          measure: 'Relationship NPS from the quarterly customer survey',
          baseline: '[current score]',
          target: '[target score] by [date]',
        },
        {
          name: 'Customer effort',
          measure: 'Customer effort score asked after support contacts and key online tasks',
          baseline: '[current score]',
          target: '[target score] by [date]',
        },
        {
          name: 'First-contact resolution',
          measure: 'Share of contacts resolved without a repeat contact within 7 days',
          baseline: '[current %]',
          target: '[target %] by [date]',
        },
        {
          name: 'Customer retention',
          measure: 'Share of customers active a year ago who are still customers today',
          baseline: '[current %]',
          target: '[target %] by [date]',
        },
      ],
    },
    goals: [
      {
        title: 'Make it easy to get help',
        objectives: [
          'Find the five most common reasons customers contact us and remove the cause of two of them',
          'Let customers finish the three most common requests online without calling',
        ],
      },
      {
        title: 'Keep the promises we make',
        objectives: [
          'List what marketing and sales promise and check each promise against what service delivers',
          'Close every promise gap we find or change the promise',
        ],
      },
      {
        title: 'Build a customer-centred culture',
        objectives: [
          'Start every team meeting with a Mission Moment',
          'Recognise a person or team for great customer experience every month',
        ],
      },
    ],
    prioritisationApproach:
      'Each proposed CX effort is scored from 1 to 5 on customer impact (how many customers, how much it matters to them), business value (retention, revenue, cost to serve) and effort (5 = least effort). We take on the highest customer impact × business value × effort scores first, and never more at once than the team can finish in a quarter.',
    stakeholders: [
      {
        name: 'Leadership team',
        need: 'mustApprove',
        categoryIds: [DEFAULT_CATEGORY_IDS.cxPriorities, DEFAULT_CATEGORY_IDS.resourcesBudget],
      },
    ],
    workingAgreements: [
      'We start every meeting with a Mission Moment, told by a different member each time.',
      'Champions speak for their department and take decisions back to it within a week.',
      'If you cannot attend, send a delegate who can speak for your department.',
      'Every action has one owner and a due date; every decision names its driver and approver.',
      'We disagree in the meeting, not after it, and support decisions once they are made.',
      'We review this charter every [six months] and whenever the team changes.',
    ],
    roles: defaultRoles(),
    decisionCategories: defaultCategories(),
    decisionRights: defaultDecisionRights(),
  };
}

/**
 * Field paths (as in validation issues) of the charter's texts that still hold a template
 * placeholder such as `[Organisation]`: what the charter editor highlights as "still to fill in".
 */
export function templatePlaceholderFields(charter: Charter): string[] {
  const texts: [string, string | undefined][] = [
    ['vision', charter.vision],
    ['mission', charter.mission],
    ['problemStatement', charter.problemStatement],
    ['successStatement.statement', charter.successStatement.statement],
    ...charter.successStatement.indicators.flatMap((indicator, index) => {
      const path = `successStatement.indicators.${index}`;
      return [
        [`${path}.name`, indicator.name],
        [`${path}.measure`, indicator.measure],
        [`${path}.baseline`, indicator.baseline],
        [`${path}.target`, indicator.target],
      ] as [string, string | undefined][];
    }),
    ...charter.goals.flatMap((goal, index) => [
      [`goals.${index}.title`, goal.title] as [string, string],
      ...goal.objectives.map(
        (objective, objectiveIndex) =>
          [`goals.${index}.objectives.${objectiveIndex}`, objective] as [string, string],
      ),
    ]),
    ['prioritisationApproach', charter.prioritisationApproach],
    ...charter.workingAgreements.map(
      (agreement, index) => [`workingAgreements.${index}`, agreement] as [string, string],
    ),
  ];
  return texts
    .filter(([, text]) => text !== undefined && TEMPLATE_PLACEHOLDER_PATTERN.test(text))
    .map(([field]) => field);
}
