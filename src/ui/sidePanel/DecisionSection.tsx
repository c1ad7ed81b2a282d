import { Body1, Button, Caption1, Field, Select, Textarea } from '@fluentui/react-components';
import type { EntrySyncState } from '../../domain/meetingPanel';
import { categoryName, decisionStatusLabel, type Decision } from '../../domain/records';
import { EntrySyncLine } from './EntrySyncLine';
import { usePanelStyles } from './panelStyles';
import { useDecisionForm, type CaptureContext } from './useCaptureForms';
import { PanelSection, fieldValidation } from './PanelSection';

export interface CapturedDecision {
  readonly decision: Decision;
  /** `undefined` for a decision read from the team's records (captured elsewhere). */
  readonly state: EntrySyncState | undefined;
  readonly problem?: string;
}

/** Quick capture of decisions against the charter's categories and roles, and this meeting's list. */
export function DecisionSection(props: {
  readonly context: CaptureContext;
  readonly decisions: readonly CapturedDecision[];
}) {
  const styles = usePanelStyles();
  const { context } = props;
  const form = useDecisionForm(context);
  const { draft, edit, problems } = form;
  const error = (field: string) => fieldValidation(problems, field);
  return (
    <PanelSection title="Decisions">
      <form
        className={styles.form}
        aria-label="Record a decision"
        onSubmit={(event) => {
          event.preventDefault();
          void form.submit();
        }}
      >
        <Field label="What was decided?" required {...error('statement')}>
          <Textarea
            value={draft.statement}
            resize="vertical"
            onChange={(_, data) => edit({ statement: data.value })}
          />
        </Field>
        <Field label="Category" {...error('categoryId')}>
          <Select
            className={styles.select}
            select={{ className: styles.select }}
            value={draft.categoryId}
            onChange={(_, data) => edit({ categoryId: data.value })}
          >
            {context.charter.decisionCategories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Driver" {...error('driverKey')}>
          <Select
            className={styles.select}
            select={{ className: styles.select }}
            value={draft.driverKey}
            onChange={(_, data) => edit({ driverKey: data.value })}
          >
            <option value="">Choose who drives it</option>
            {form.choices.map((choice) => (
              <option key={choice.key} value={choice.key}>
                {choice.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label="Approver"
          {...error('approverKey')}
          {...(form.preview && !problems.approverKey
            ? {
                validationState: form.preview.isApproved
                  ? ('success' as const)
                  : ('warning' as const),
                validationMessage: form.preview.isApproved
                  ? 'Will be recorded as approved'
                  : `Will be recorded as: ${form.preview.label}`,
              }
            : {})}
        >
          <Select
            className={styles.select}
            select={{ className: styles.select }}
            value={draft.approverKey}
            onChange={(_, data) => edit({ approverKey: data.value })}
          >
            <option value="">Choose who approves it</option>
            {form.choices.map((choice) => (
              <option key={choice.key} value={choice.key}>
                {choice.label}
              </option>
            ))}
          </Select>
        </Field>
        {problems.form && <Body1 role="alert">{problems.form}</Body1>}
        <div className={styles.buttons}>
          <Button appearance="primary" type="submit" disabled={form.isSaving}>
            Record decision
          </Button>
        </div>
      </form>
      {props.decisions.length > 0 && (
        <ul className={styles.list} aria-label="Decisions in this meeting">
          {props.decisions.map(({ decision, state, problem }) => (
            <li key={decision.id} className={styles.listItem}>
              <Body1>{decision.statement}</Body1>
              <Caption1>
                {categoryName(context.charter, decision.categoryId)} ·{' '}
                {decisionStatusLabel(decision, context.charter)}
              </Caption1>
              {state && <EntrySyncLine state={state} {...(problem ? { problem } : {})} />}
            </li>
          ))}
        </ul>
      )}
    </PanelSection>
  );
}
