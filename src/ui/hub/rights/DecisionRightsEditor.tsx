import {
  Button,
  Field,
  Input,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Add20Regular, Delete20Regular } from '@fluentui/react-icons';
import { useId, useRef } from 'react';
import {
  DECISION_RIGHT_VALUES,
  addDecisionCategory,
  isDecisionRight,
  removeDecisionCategory,
  rightOf,
  setDecisionRight,
  updateDecisionCategory,
  type Charter,
  type CharterRole,
  type DecisionCategory,
} from '../../../domain/charter';
import {
  DECISION_RIGHT_LABELS,
  NO_RIGHT_LABEL,
  messageFor,
} from '../../../domain/charter/charterForm';
import type { FieldIssue } from '../../../domain/errors';
import type { DecisionCategoryId } from '../../../domain/ids';
import { EditorSection, useEditorStyles } from '../charter/CharterEditor';
import { FieldMessage } from '../charter/FieldMessage';
import { roleTitle } from '../roleTitle';
import { useElementWidth } from './useElementWidth';

/** The narrowest a matrix column may be before the grid turns into per-category lists, in CSS px. */
export const MIN_MATRIX_COLUMN_PX = 136;

export type MatrixLayout = 'list' | 'grid';

export interface DecisionRightsEditorProps {
  readonly charter: Charter;
  readonly issues: readonly FieldIssue[];
  edit(change: (charter: Charter) => Charter): void;
  /** Makes the id of a category the lead adds (a UUID in the app, a counter in tests). */
  newCategoryId(): DecisionCategoryId;
}

const useStyles = makeStyles({
  tableScroller: { overflowX: 'auto', maxWidth: '100%' },
  table: { minWidth: 0 },
  select: { width: '100%', minWidth: '8rem' },
  roleCell: { fontWeight: tokens.fontWeightSemibold },
  rows: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  problems: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

/** What the lead sees for a right, including "No part". */
const RIGHT_OPTIONS: readonly { readonly value: string; readonly label: string }[] = [
  { value: '', label: NO_RIGHT_LABEL },
  ...DECISION_RIGHT_VALUES.map((right) => ({ value: right, label: DECISION_RIGHT_LABELS[right] })),
];

function RightSelect(props: {
  readonly charter: Charter;
  readonly category: DecisionCategory;
  readonly role: CharterRole;
  readonly className?: string;
  readonly 'aria-label'?: string;
  edit(change: (charter: Charter) => Charter): void;
}) {
  const { charter, category, role, edit } = props;
  return (
    <Select
      className={props.className}
      aria-label={props['aria-label']}
      value={rightOf(charter.decisionRights, category.id, role.id) ?? ''}
      onChange={(_, data) => {
        const right = isDecisionRight(data.value) ? data.value : undefined;
        edit((current) =>
          setDecisionRight(current, { category: category.id, role: role.id, right }),
        );
      }}
    >
      {RIGHT_OPTIONS.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </Select>
  );
}

const categoryTitle = (category: DecisionCategory, index: number): string =>
  category.name.trim() || `Category ${index + 1} (unnamed)`;

/**
 * The decision categories and the DACI matrix: for every category, each role's right (Driver,
 * Approver, Contributor, Informed or no part). Wide enough, a grid of roles by categories; narrow
 * (the 280 px side panel, a phone), a list of roles under each category. The domain's rules (every
 * category needs an approver, at most one driver) show next to the category or the role concerned.
 */
export function DecisionRightsEditor(props: DecisionRightsEditorProps) {
  const styles = useEditorStyles();
  const own = useStyles();
  const { charter, issues, edit } = props;
  const container = useRef<HTMLDivElement>(null);
  const width = useElementWidth(container);
  const columns = charter.decisionCategories.length + 1;
  // A grid when every column gets MIN_MATRIX_COLUMN_PX.
  const layout: MatrixLayout =
    width !== undefined && width >= columns * MIN_MATRIX_COLUMN_PX ? 'grid' : 'list';
  const categoryProblems = charter.decisionCategories.flatMap((category, index) => {
    const message = messageFor(issues, `decisionRights.${category.id}`);
    return message ? [{ category, index, message }] : [];
  });
  const categoriesMessage = messageFor(issues, 'decisionCategories');

  return (
    <div className={styles.root} ref={container}>
      <EditorSection
        title="Decision categories"
        intro="The kinds of decision the team takes. Each needs a role to approve it."
      >
        {charter.decisionCategories.map((category, index) => (
          <CategoryCard
            key={category.id}
            category={category}
            index={index}
            issues={issues}
            edit={edit}
          />
        ))}
        {categoriesMessage && <FieldMessage>{categoriesMessage}</FieldMessage>}
        <Button
          className={styles.add}
          icon={<Add20Regular />}
          onClick={() =>
            edit((current) =>
              addDecisionCategory(current, {
                id: props.newCategoryId(),
                name: '',
                description: '',
              }),
            )
          }
        >
          Add a decision category
        </Button>
      </EditorSection>
      <EditorSection
        title="Who decides what"
        intro="Driver: owns the decision and brings it to the team. Approver: makes the final call. Contributor: is consulted. Informed: is told the outcome."
      >
        {layout === 'grid' ? (
          <>
            {categoryProblems.length > 0 && (
              <div className={own.problems}>
                {categoryProblems.map(({ category, index, message }) => (
                  <FieldMessage key={category.id}>
                    {`${categoryTitle(category, index)}: ${message}`}
                  </FieldMessage>
                ))}
              </div>
            )}
            <MatrixGrid charter={charter} issues={issues} edit={edit} />
          </>
        ) : (
          charter.decisionCategories.map((category, index) => (
            <CategoryRights
              key={category.id}
              charter={charter}
              category={category}
              index={index}
              issues={issues}
              edit={edit}
            />
          ))
        )}
      </EditorSection>
    </div>
  );
}

function CategoryCard(props: {
  readonly category: DecisionCategory;
  readonly index: number;
  readonly issues: readonly FieldIssue[];
  edit(change: (charter: Charter) => Charter): void;
}) {
  const styles = useEditorStyles();
  const { category, index, issues, edit } = props;
  const path = `decisionCategories.${index}`;
  const title = categoryTitle(category, index);
  return (
    <div className={styles.item} role="group" aria-label={`Decision category ${index + 1}`}>
      <div className={styles.grid}>
        <Field
          label={`Category ${index + 1} name`}
          required
          validationMessage={messageFor(issues, `${path}.name`)}
        >
          <Input
            value={category.name}
            onChange={(_, data) =>
              edit((current) =>
                updateDecisionCategory(current, { category: category.id, name: data.value }),
              )
            }
          />
        </Field>
        <Field
          label={`Category ${index + 1} description`}
          validationMessage={messageFor(issues, `${path}.description`)}
        >
          <Textarea
            value={category.description}
            resize="vertical"
            onChange={(_, data) =>
              edit((current) =>
                updateDecisionCategory(current, {
                  category: category.id,
                  description: data.value,
                }),
              )
            }
          />
        </Field>
      </div>
      <Button
        className={styles.add}
        appearance="subtle"
        icon={<Delete20Regular />}
        aria-label={`Remove category ${title}`}
        onClick={() => edit((current) => removeDecisionCategory(current, category.id))}
      >
        Remove category
      </Button>
    </div>
  );
}

/** One category's rights as a list of role → right: the narrow layout. */
function CategoryRights(props: {
  readonly charter: Charter;
  readonly category: DecisionCategory;
  readonly index: number;
  readonly issues: readonly FieldIssue[];
  edit(change: (charter: Charter) => Charter): void;
}) {
  const styles = useEditorStyles();
  const own = useStyles();
  const headingId = useId();
  const { charter, category, index, issues, edit } = props;
  const problem = messageFor(issues, `decisionRights.${category.id}`);
  return (
    <section aria-labelledby={headingId} className={styles.item}>
      <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.subheading}>
        {categoryTitle(category, index)}
      </Text>
      {problem && <FieldMessage>{problem}</FieldMessage>}
      <div className={own.rows}>
        {charter.roles.map((role, roleIndex) => (
          <Field
            key={role.id}
            label={roleTitle(role, roleIndex)}
            validationMessage={messageFor(issues, `decisionRights.${category.id}.${role.id}`)}
          >
            <RightSelect charter={charter} category={category} role={role} edit={edit} />
          </Field>
        ))}
      </div>
    </section>
  );
}

/** Roles down, categories across: the wide layout. */
function MatrixGrid(props: {
  readonly charter: Charter;
  readonly issues: readonly FieldIssue[];
  edit(change: (charter: Charter) => Charter): void;
}) {
  const own = useStyles();
  const { charter, issues, edit } = props;
  return (
    <div className={own.tableScroller}>
      <Table size="small" className={own.table} aria-label="Decision rights by role and category">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Role</TableHeaderCell>
            {charter.decisionCategories.map((category, index) => (
              <TableHeaderCell key={category.id} scope="col">
                {categoryTitle(category, index)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {charter.roles.map((role, roleIndex) => (
            <TableRow key={role.id}>
              <TableHeaderCell scope="row" className={own.roleCell}>
                {roleTitle(role, roleIndex)}
              </TableHeaderCell>
              {charter.decisionCategories.map((category, index) => {
                const problem = messageFor(issues, `decisionRights.${category.id}.${role.id}`);
                return (
                  <TableCell key={category.id}>
                    <Field validationMessage={problem}>
                      <RightSelect
                        className={own.select}
                        charter={charter}
                        category={category}
                        role={role}
                        edit={edit}
                        aria-label={`${roleTitle(role, roleIndex)}: right in ${categoryTitle(category, index)}`}
                      />
                    </Field>
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
