import { Body1, Button, Caption1, Field, Input, Select } from '@fluentui/react-components';
import type { EntrySyncState } from '../../domain/meetingPanel';
import { UNKNOWN_MEMBER_NAME, type ActionItem } from '../../domain/records';
import type { TeamMember } from '../../graph/workspace';
import { EntrySyncLine } from './EntrySyncLine';
import { usePanelStyles } from './panelStyles';
import { useActionForm, type CaptureContext } from './useCaptureForms';
import { PanelSection, fieldValidation } from './PanelSection';

export interface CapturedAction {
  readonly action: ActionItem;
  readonly state: EntrySyncState | undefined;
  readonly problem?: string;
}

/** Quick capture of actions (owner from the team, due date), and this meeting's list. */
export function ActionSection(props: {
  readonly context: CaptureContext;
  readonly members: readonly TeamMember[];
  readonly actions: readonly CapturedAction[];
}) {
  const styles = usePanelStyles();
  const { context } = props;
  const form = useActionForm(context);
  const { draft, edit, problems } = form;
  const error = (field: string) => fieldValidation(problems, field);
  return (
    <PanelSection title="Actions">
      <form
        className={styles.form}
        aria-label="Add an action"
        onSubmit={(event) => {
          event.preventDefault();
          void form.submit();
        }}
      >
        <Field label="What will be done?" required {...error('title')}>
          <Input value={draft.title} onChange={(_, data) => edit({ title: data.value })} />
        </Field>
        <Field label="Owner" required {...error('ownerId')}>
          <Select
            className={styles.select}
            select={{ className: styles.select }}
            value={draft.ownerId}
            onChange={(_, data) => edit({ ownerId: data.value })}
          >
            <option value="">Choose the owner</option>
            {props.members.map((member) => (
              <option key={member.id} value={member.id}>
                {member.displayName}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Due date" required {...error('dueDate')}>
          <Input
            type="date"
            value={draft.dueDate}
            onChange={(_, data) => edit({ dueDate: data.value })}
          />
        </Field>
        {problems.form && <Body1 role="alert">{problems.form}</Body1>}
        <div className={styles.buttons}>
          <Button appearance="primary" type="submit" disabled={form.isSaving}>
            Add action
          </Button>
        </div>
      </form>
      {props.actions.length > 0 && (
        <ul className={styles.list} aria-label="Actions from this meeting">
          {props.actions.map(({ action, state, problem }) => (
            <li key={action.id} className={styles.listItem}>
              <Body1>{action.title}</Body1>
              <Caption1>
                {context.memberNames.get(action.owner) ?? UNKNOWN_MEMBER_NAME} · due{' '}
                {action.dueDate}
              </Caption1>
              {state && <EntrySyncLine state={state} {...(problem ? { problem } : {})} />}
            </li>
          ))}
        </ul>
      )}
    </PanelSection>
  );
}
