import {
  Button,
  Dropdown,
  Field,
  Input,
  Option,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Add20Regular, Delete20Regular } from '@fluentui/react-icons';
import { useId, useMemo, type ReactNode } from 'react';
import {
  addGoal,
  addIndicator,
  addStakeholder,
  removeGoal,
  removeIndicator,
  removeStakeholder,
  templatePlaceholderFields,
  updateCharterText,
  type Charter,
  type CharterTextChange,
} from '../../../domain/charter';
import {
  STAKEHOLDER_NEED_LABELS,
  messageFor,
  messagesUnder,
  updateGoal,
  updateIndicator,
  updateStakeholder,
} from '../../../domain/charter/charterForm';
import type { FieldIssue } from '../../../domain/errors';
import { decisionCategoryId } from '../../../domain/ids';
import { FieldMessage } from './FieldMessage';
import { PLACEHOLDER_HINT, TextListEditor } from './TextListEditor';

export interface CharterEditorProps {
  readonly charter: Charter;
  readonly issues: readonly FieldIssue[];
  edit(change: (charter: Charter) => Charter): void;
}

export const useEditorStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  itemHeader: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
  },
  subheading: { margin: 0 },
  add: { alignSelf: 'flex-start' },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 16rem), 1fr))',
    gap: tokens.spacingHorizontalM,
    // A grid item is as wide as its widest content by default; a long option must not widen the page.
    '& > *': { minWidth: 0 },
  },
  full: { minWidth: 0 },
});

/** A section of the editor: a heading, an optional explanation, its fields. */
export function EditorSection(props: {
  readonly title: string;
  readonly intro?: string;
  readonly children: ReactNode;
}) {
  const styles = useEditorStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {props.title}
      </Text>
      {props.intro && <Text>{props.intro}</Text>}
      {props.children}
    </section>
  );
}

/**
 * The charter's own words: vision and mission, the problem and success statements with their
 * indicators, goals and objectives, how the team prioritises, who must know or approve, and how
 * the team works together. Roles and decision rights have sections of their own.
 */
export function CharterEditor({ charter, issues, edit }: CharterEditorProps) {
  const styles = useEditorStyles();
  const placeholders = useMemo(() => new Set(templatePlaceholderFields(charter)), [charter]);
  const hintFor = (field: string) => (placeholders.has(field) ? PLACEHOLDER_HINT : undefined);
  const statement = (key: keyof CharterTextChange, label: string, hint?: string) => {
    const field = key === 'successStatement' ? 'successStatement.statement' : key;
    const value = key === 'successStatement' ? charter.successStatement.statement : charter[key];
    return (
      <Field
        label={label}
        required
        validationMessage={messageFor(issues, field)}
        hint={hintFor(field) ?? hint}
      >
        <Textarea
          value={value}
          resize="vertical"
          rows={3}
          onChange={(_, data) =>
            edit((current) => updateCharterText(current, { [key]: data.value }))
          }
        />
      </Field>
    );
  };

  return (
    <div className={styles.root}>
      <EditorSection
        title="Vision and mission"
        intro="Roles and responsibilities are on the Roles & roster tab; who decides what is on Decision rights."
      >
        {statement('vision', 'CX vision', 'The experience you want customers to have.')}
        {statement(
          'mission',
          'CX mission',
          'How the organisation delivers on the vision today. It heads every meeting agenda.',
        )}
      </EditorSection>
      <EditorSection title="Problem statement">
        {statement('problemStatement', 'CX problem statement')}
      </EditorSection>
      <EditorSection title="Success statement">
        {statement('successStatement', 'CX success statement')}
        <Indicators charter={charter} issues={issues} edit={edit} hintFor={hintFor} />
      </EditorSection>
      <EditorSection title="Goals and objectives">
        <Goals charter={charter} issues={issues} edit={edit} placeholders={placeholders} />
      </EditorSection>
      <EditorSection title="How we prioritise">
        {statement('prioritisationApproach', 'Prioritisation approach')}
      </EditorSection>
      <EditorSection
        title="Who must know and who must approve"
        intro="People, teams or boards outside this team. Those who must know receive the meeting summaries."
      >
        <Stakeholders charter={charter} issues={issues} edit={edit} />
      </EditorSection>
      <EditorSection title="How we work together">
        <TextListEditor
          itemLabel="Working agreement"
          addLabel="Add a working agreement"
          items={charter.workingAgreements}
          field="workingAgreements"
          issues={issues}
          placeholders={placeholders}
          onChange={(workingAgreements) => edit((current) => ({ ...current, workingAgreements }))}
        />
      </EditorSection>
    </div>
  );
}

interface PartProps {
  readonly charter: Charter;
  readonly issues: readonly FieldIssue[];
  edit(change: (charter: Charter) => Charter): void;
}

function Indicators({
  charter,
  issues,
  edit,
  hintFor,
}: PartProps & { hintFor(field: string): string | undefined }) {
  const styles = useEditorStyles();
  const listMessage = messageFor(issues, 'successStatement.indicators');
  const { indicators } = charter.successStatement;
  return (
    <>
      <Text as="h3" size={400} weight="semibold" className={styles.subheading}>
        Success indicators
      </Text>
      {indicators.map((indicator, index) => {
        const path = `successStatement.indicators.${index}`;
        const label = `Indicator ${index + 1}`;
        const text = (
          key: 'name' | 'measure' | 'baseline' | 'target',
          name: string,
          required: boolean,
        ) => (
          <Field
            label={`${label} ${name}`}
            required={required}
            validationMessage={messageFor(issues, `${path}.${key}`)}
            hint={hintFor(`${path}.${key}`)}
          >
            <Input
              value={indicator[key] ?? ''}
              onChange={(_, data) =>
                edit((current) => updateIndicator(current, { index, [key]: data.value }))
              }
            />
          </Field>
        );
        return (
          <div key={index} className={styles.item} role="group" aria-label={label}>
            <div className={styles.grid}>
              {text('name', 'name', true)}
              {text('measure', 'measure', true)}
              {text('baseline', 'baseline', false)}
              {text('target', 'target', true)}
            </div>
            <Button
              className={styles.add}
              appearance="subtle"
              icon={<Delete20Regular />}
              onClick={() => edit((current) => removeIndicator(current, index))}
            >
              Remove indicator {index + 1}
            </Button>
          </div>
        );
      })}
      {listMessage && <FieldMessage>{listMessage}</FieldMessage>}
      <Button
        className={styles.add}
        icon={<Add20Regular />}
        onClick={() =>
          edit((current) => addIndicator(current, { name: '', measure: '', target: '' }))
        }
      >
        Add an indicator
      </Button>
    </>
  );
}

function Goals({
  charter,
  issues,
  edit,
  placeholders,
}: PartProps & { readonly placeholders: ReadonlySet<string> }) {
  const styles = useEditorStyles();
  const listMessage = messageFor(issues, 'goals');
  return (
    <>
      {charter.goals.map((goal, index) => {
        const label = `Goal ${index + 1}`;
        return (
          <div key={index} className={styles.item} role="group" aria-label={label}>
            <Field
              label={`${label} title`}
              required
              validationMessage={messageFor(issues, `goals.${index}.title`)}
              hint={placeholders.has(`goals.${index}.title`) ? PLACEHOLDER_HINT : undefined}
            >
              <Input
                value={goal.title}
                onChange={(_, data) =>
                  edit((current) => updateGoal(current, { index, title: data.value }))
                }
              />
            </Field>
            <TextListEditor
              itemLabel="Objective"
              labelPrefix={label}
              addLabel="Add an objective"
              items={goal.objectives}
              field={`goals.${index}.objectives`}
              issues={issues}
              placeholders={placeholders}
              onChange={(objectives) =>
                edit((current) => updateGoal(current, { index, objectives }))
              }
            />
            <Button
              className={styles.add}
              appearance="subtle"
              icon={<Delete20Regular />}
              onClick={() => edit((current) => removeGoal(current, index))}
            >
              Remove goal {index + 1}
            </Button>
          </div>
        );
      })}
      {listMessage && <FieldMessage>{listMessage}</FieldMessage>}
      <Button
        className={styles.add}
        icon={<Add20Regular />}
        onClick={() => edit((current) => addGoal(current, { title: '', objectives: [''] }))}
      >
        Add a goal
      </Button>
    </>
  );
}

const ALL_CATEGORIES = 'All decision categories';

function Stakeholders({ charter, issues, edit }: PartProps) {
  const styles = useEditorStyles();
  const categoryNames = new Map(
    charter.decisionCategories.map((category) => [category.id as string, category.name]),
  );
  return (
    <>
      {charter.stakeholders.map((stakeholder, index) => {
        const path = `stakeholders.${index}`;
        const label = `Stakeholder ${index + 1}`;
        const followed = stakeholder.categoryIds.map((id) => categoryNames.get(id) ?? id);
        return (
          <div key={index} className={styles.item} role="group" aria-label={label}>
            <div className={styles.grid}>
              <Field
                label={`${label} name`}
                required
                validationMessage={messageFor(issues, `${path}.name`)}
              >
                <Input
                  value={stakeholder.name}
                  onChange={(_, data) =>
                    edit((current) => updateStakeholder(current, { index, name: data.value }))
                  }
                />
              </Field>
              <Field
                label={`${label} email`}
                validationMessage={messageFor(issues, `${path}.email`)}
              >
                <Input
                  type="email"
                  value={stakeholder.email ?? ''}
                  onChange={(_, data) =>
                    edit((current) => updateStakeholder(current, { index, email: data.value }))
                  }
                />
              </Field>
              <Field
                label={`${label} must know or approve`}
                validationMessage={messageFor(issues, `${path}.need`)}
              >
                <Select
                  value={stakeholder.need}
                  onChange={(_, data) =>
                    edit((current) =>
                      updateStakeholder(current, {
                        index,
                        need: data.value === 'mustApprove' ? 'mustApprove' : 'mustKnow',
                      }),
                    )
                  }
                >
                  {Object.entries(STAKEHOLDER_NEED_LABELS).map(([need, text]) => (
                    <option key={need} value={need}>
                      {text}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field
                label={`${label} decision categories`}
                hint="None chosen means every category."
                validationMessage={
                  messagesUnder(issues, `${path}.categoryIds`).join(' ') || undefined
                }
              >
                <Dropdown
                  multiselect
                  placeholder={ALL_CATEGORIES}
                  value={followed.join(', ')}
                  selectedOptions={[...stakeholder.categoryIds]}
                  onOptionSelect={(_, data) =>
                    edit((current) =>
                      updateStakeholder(current, {
                        index,
                        categoryIds: data.selectedOptions.map(decisionCategoryId),
                      }),
                    )
                  }
                >
                  {charter.decisionCategories.map((category) => (
                    <Option key={category.id} value={category.id}>
                      {category.name}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            </div>
            <Button
              className={styles.add}
              appearance="subtle"
              icon={<Delete20Regular />}
              onClick={() => edit((current) => removeStakeholder(current, index))}
            >
              Remove stakeholder {index + 1}
            </Button>
          </div>
        );
      })}
      <Button
        className={styles.add}
        icon={<Add20Regular />}
        onClick={() =>
          edit((current) =>
            addStakeholder(current, { name: '', need: 'mustKnow', categoryIds: [] }),
          )
        }
      >
        Add a stakeholder
      </Button>
    </>
  );
}
