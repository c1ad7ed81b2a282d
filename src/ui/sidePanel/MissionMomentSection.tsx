import {
  Body1,
  Button,
  Caption1,
  Field,
  Radio,
  RadioGroup,
  Select,
  Textarea,
} from '@fluentui/react-components';
import type { EntrySyncState } from '../../domain/meetingPanel';
import { missionMomentOutcomeLabel, type MissionMoment } from '../../domain/records';
import type { MemberId } from '../../domain/ids';
import type { TeamMember } from '../../graph/workspace';
import { EntrySyncLine } from './EntrySyncLine';
import { usePanelStyles } from './panelStyles';
import { useMissionMomentForm, type CaptureContext } from './useCaptureForms';
import { PanelSection, fieldValidation } from './PanelSection';

export interface MissionMomentSectionProps {
  readonly context: CaptureContext;
  readonly presenter: MemberId | undefined;
  readonly members: readonly TeamMember[];
  /** The meeting's Mission Moment once captured, with its sync state. */
  readonly captured:
    | { readonly moment: MissionMoment; readonly state: EntrySyncState; readonly problem?: string }
    | undefined;
}

/** This meeting's presenter, and the four-prompt capture of the Mission Moment. */
export function MissionMomentSection(props: MissionMomentSectionProps) {
  const { context, presenter, members } = props;
  const nameOf = (id: MemberId | undefined) =>
    id === undefined ? undefined : (context.memberNames.get(id) ?? 'a former member');
  const presenterName = nameOf(presenter);
  const isMe = presenter !== undefined && presenter === context.me;
  return (
    <PanelSection title="Mission Moment">
      <Body1>
        {presenterName
          ? `Told by ${presenterName}${isMe ? ' (you)' : ''}`
          : 'No presenter is due: anyone may tell one.'}
      </Body1>
      {props.captured ? (
        <CapturedMoment
          {...props.captured}
          presenterName={nameOf(props.captured.moment.presenterId)}
        />
      ) : (
        <MissionMomentForm context={context} presenter={presenter} members={members} />
      )}
    </PanelSection>
  );
}

function CapturedMoment(props: {
  readonly moment: MissionMoment;
  readonly state: EntrySyncState;
  readonly problem?: string;
  readonly presenterName: string | undefined;
}) {
  const styles = usePanelStyles();
  const { moment } = props;
  return (
    <div className={styles.listItem} aria-label="Captured Mission Moment" role="group">
      <Body1>{moment.story}</Body1>
      <Caption1>
        {missionMomentOutcomeLabel(moment)}: {moment.why}
      </Caption1>
      {moment.celebrate && <Caption1>Celebrate: {moment.celebrate}</Caption1>}
      {moment.lesson && <Caption1>Lesson or idea: {moment.lesson}</Caption1>}
      {props.presenterName && (
        <Caption1 className={styles.muted}>Told by {props.presenterName}</Caption1>
      )}
      <EntrySyncLine state={props.state} {...(props.problem ? { problem: props.problem } : {})} />
    </div>
  );
}

function MissionMomentForm(props: {
  readonly context: CaptureContext;
  readonly presenter: MemberId | undefined;
  readonly members: readonly TeamMember[];
}) {
  const styles = usePanelStyles();
  const form = useMissionMomentForm(props.context, props.presenter);
  const { draft, edit, problems } = form;
  const error = (field: string) => fieldValidation(problems, field);
  return (
    <form
      className={styles.form}
      aria-label="Capture the Mission Moment"
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit();
      }}
    >
      <Field label="Told by" {...error('presenterId')}>
        <Select
          className={styles.select}
          select={{ className: styles.select }}
          value={draft.presenterId}
          onChange={(_, data) => edit({ presenterId: data.value })}
        >
          <option value="">Choose who told it</option>
          {props.members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.displayName}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="What moment did you witness or deliver?" required {...error('story')}>
        <Textarea
          value={draft.story}
          resize="vertical"
          onChange={(_, data) => edit({ story: data.value })}
        />
      </Field>
      <Field label="Did it live up to our CX mission?" required {...error('livedUp')}>
        <RadioGroup
          value={draft.livedUp}
          onChange={(_, data) => edit({ livedUp: data.value as 'lived' | 'missed' })}
        >
          <Radio value="lived" label="Lived up to it" />
          <Radio value="missed" label="Missed it" />
        </RadioGroup>
      </Field>
      <Field label="Why?" required {...error('why')}>
        <Textarea
          value={draft.why}
          resize="vertical"
          onChange={(_, data) => edit({ why: data.value })}
        />
      </Field>
      <Field label="Is there a person or team to celebrate?" {...error('celebrate')}>
        <Textarea
          value={draft.celebrate}
          resize="vertical"
          onChange={(_, data) => edit({ celebrate: data.value })}
        />
      </Field>
      <Field label="Is there a lesson or an idea to improve things?" {...error('lesson')}>
        <Textarea
          value={draft.lesson}
          resize="vertical"
          onChange={(_, data) => edit({ lesson: data.value })}
        />
      </Field>
      {problems.form && <Body1 role="alert">{problems.form}</Body1>}
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={form.isSaving}>
          Save Mission Moment
        </Button>
      </div>
    </form>
  );
}
