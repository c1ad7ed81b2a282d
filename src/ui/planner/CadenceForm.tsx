import {
  Button,
  Combobox,
  Field,
  Input,
  Option,
  Radio,
  RadioGroup,
  Select,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
  TagPickerOptionGroup,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { memberId } from '../../domain/ids';
import {
  PLANNER_FREQUENCIES,
  PLANNER_FREQUENCY_LABELS,
  type PlannerForm,
  type PlannerFrequency,
} from '../../domain/planning';
import {
  DAYS_OF_WEEK,
  WEEK_INDEXES,
  type DayOfWeek,
  type WeekIndex,
} from '../../domain/recurrence';
import type { TeamMember } from '../../graph/workspace';
import { usePlannerStyles } from './plannerStyles';
import type { Planner } from './usePlanner';

export interface CadenceFormProps {
  readonly planner: Planner;
  readonly form: PlannerForm;
  readonly members: readonly TeamMember[];
  /** People elsewhere in the organisation whose name starts with the text. */
  searchPeople(text: string): Promise<TeamMember[]>;
  /** Time zones to suggest (the platform's IANA list). */
  readonly timeZones: readonly string[];
}

const WEEKDAY_KINDS: ReadonlySet<PlannerFrequency> = new Set([
  'weekly',
  'everyNWeeks',
  'monthlyByWeekday',
  'quarterlyByWeekday',
]);
const BY_WEEKDAY_KINDS: ReadonlySet<PlannerFrequency> = new Set([
  'monthlyByWeekday',
  'quarterlyByWeekday',
]);
const BY_DATE_KINDS: ReadonlySet<PlannerFrequency> = new Set(['monthlyByDate', 'quarterlyByDate']);
const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The cadence's members, length, frequency, time, zone and range, each with its own message. */
export function CadenceForm({ planner, form, members, searchPeople, timeZones }: CadenceFormProps) {
  const styles = usePlannerStyles();
  const { issues, updateForm } = planner;
  const message = (field: keyof typeof issues) => issues[field];
  return (
    <div className={styles.fields}>
      <Field className={styles.wide} label="Title" validationMessage={message('title')}>
        <Input value={form.title} onChange={(_, data) => updateForm({ title: data.value })} />
      </Field>
      <MemberPicker planner={planner} form={form} members={members} searchPeople={searchPeople} />
      <Field
        label="Length in minutes"
        validationMessage={message('durationMinutes')}
        hint="The agenda's time boxes are fitted to it."
      >
        <Input
          type="number"
          inputMode="numeric"
          min={15}
          step={5}
          value={form.durationMinutes}
          onChange={(_, data) => updateForm({ durationMinutes: data.value })}
        />
      </Field>
      <Field label="How often">
        <Select
          className={styles.control}
          select={{ className: styles.selectInner }}
          value={form.frequency}
          onChange={(_, data) => updateForm({ frequency: data.value as PlannerFrequency })}
        >
          {PLANNER_FREQUENCIES.map((kind) => (
            <option key={kind} value={kind}>
              {PLANNER_FREQUENCY_LABELS[kind]}
            </option>
          ))}
        </Select>
      </Field>
      {form.frequency === 'everyNWeeks' && (
        <Field label="Weeks between meetings" validationMessage={message('intervalWeeks')}>
          <Input
            type="number"
            inputMode="numeric"
            min={2}
            value={form.intervalWeeks}
            onChange={(_, data) => updateForm({ intervalWeeks: data.value })}
          />
        </Field>
      )}
      {BY_WEEKDAY_KINDS.has(form.frequency) && (
        <Field label="Which week of the month" validationMessage={message('week')}>
          <Select
            className={styles.control}
            select={{ className: styles.selectInner }}
            value={form.week}
            onChange={(_, data) => updateForm({ week: data.value as WeekIndex })}
          >
            {WEEK_INDEXES.map((week) => (
              <option key={week} value={week}>
                {capitalise(week)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {WEEKDAY_KINDS.has(form.frequency) && (
        <Field label="Day of the week" validationMessage={message('dayOfWeek')}>
          <Select
            className={styles.control}
            select={{ className: styles.selectInner }}
            value={form.dayOfWeek}
            onChange={(_, data) => updateForm({ dayOfWeek: data.value as DayOfWeek })}
          >
            {DAYS_OF_WEEK.map((day) => (
              <option key={day} value={day}>
                {capitalise(day)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {BY_DATE_KINDS.has(form.frequency) && (
        <Field label="Day of the month" validationMessage={message('dayOfMonth')}>
          <Input
            type="number"
            inputMode="numeric"
            min={1}
            max={31}
            value={form.dayOfMonth}
            onChange={(_, data) => updateForm({ dayOfMonth: data.value })}
          />
        </Field>
      )}
      <Field
        label="Start time"
        validationMessage={message('startTime')}
        hint="Or pick one of the best times below."
      >
        <Input
          type="time"
          value={form.startTime}
          onChange={(_, data) => updateForm({ startTime: data.value })}
        />
      </Field>
      <TimeZoneField planner={planner} form={form} timeZones={timeZones} />
      <Field label="First meeting on or after" validationMessage={message('startDate')}>
        <Input
          type="date"
          value={form.startDate}
          onChange={(_, data) => updateForm({ startDate: data.value })}
        />
      </Field>
      <Field label="Ends">
        <RadioGroup
          value={form.end}
          onChange={(_, data) => updateForm({ end: data.value as PlannerForm['end'] })}
        >
          <Radio value="untilDate" label="On a date" />
          <Radio value="numberOfMeetings" label="After a number of meetings" />
        </RadioGroup>
      </Field>
      {form.end === 'untilDate' ? (
        <Field label="Last meeting on or before" validationMessage={message('endDate')}>
          <Input
            type="date"
            value={form.endDate}
            onChange={(_, data) => updateForm({ endDate: data.value })}
          />
        </Field>
      ) : (
        <Field label="Number of meetings" validationMessage={message('numberOfMeetings')}>
          <Input
            type="number"
            inputMode="numeric"
            min={1}
            value={form.numberOfMeetings}
            onChange={(_, data) => updateForm({ numberOfMeetings: data.value })}
          />
        </Field>
      )}
      <Field
        className={styles.wide}
        label="Agenda"
        hint="The standard CX agenda: the mission, a Mission Moment first, carried-over actions, the voice of the customer, department updates, decisions and wrap-up."
      >
        <Input readOnly value="Standard CX team agenda" />
      </Field>
    </div>
  );
}

/** Time zones offered while typing; the whole list at once would be hundreds of options. */
const TIME_ZONE_SUGGESTIONS = 30;

function TimeZoneField(props: {
  readonly planner: Planner;
  readonly form: PlannerForm;
  readonly timeZones: readonly string[];
}) {
  const { planner, form, timeZones } = props;
  const styles = usePlannerStyles();
  const query = form.timeZone.trim().toLowerCase();
  const suggestions = useMemo(
    () =>
      timeZones
        .filter((zone) => zone.toLowerCase().includes(query.replace(/\s+/g, '_')))
        .slice(0, TIME_ZONE_SUGGESTIONS),
    [timeZones, query],
  );
  return (
    <Field
      label="Time zone"
      validationMessage={planner.issues.timeZone}
      hint="A Windows or IANA name, e.g. Pacific Standard Time or America/Los_Angeles."
    >
      <Combobox
        className={styles.control}
        freeform
        value={form.timeZone}
        selectedOptions={[form.timeZone]}
        onInput={(event) => planner.updateForm({ timeZone: event.currentTarget.value })}
        onOptionSelect={(_, data) => {
          if (data.optionValue) planner.updateForm({ timeZone: data.optionValue });
        }}
      >
        {suggestions.map((zone) => (
          <Option key={zone} value={zone}>
            {zone}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}

const NO_MATCH = 'no-match';

const optionText = (person: TeamMember) =>
  person.department ? `${person.displayName} · ${person.department}` : person.displayName;

/** How long typing must pause before the organisation is searched. */
const SEARCH_DELAY_MS = 300;

function MemberPicker(props: {
  readonly planner: Planner;
  readonly form: PlannerForm;
  readonly members: readonly TeamMember[];
  searchPeople(text: string): Promise<TeamMember[]>;
}) {
  const { planner, form, members, searchPeople } = props;
  const styles = usePlannerStyles();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<readonly TeamMember[]>([]);
  const onTeam = useMemo(() => new Set(members.map((member) => member.id)), [members]);
  const selected = form.attendeeIds as readonly string[];

  useEffect(() => {
    let isCurrent = true;
    const timer = setTimeout(() => {
      searchPeople(query).then(
        (people) => isCurrent && setFound(people.filter((person) => !onTeam.has(person.id))),
        () => isCurrent && setFound([]),
      );
    }, SEARCH_DELAY_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [query, searchPeople, onTeam]);

  const matches = (person: TeamMember) =>
    !selected.includes(person.id) &&
    `${person.displayName} ${person.mail}`.toLowerCase().includes(query.trim().toLowerCase());
  const teamOptions = members.filter(matches);
  const otherOptions = found.filter(matches);

  return (
    <div className={styles.wide}>
      <Field
        label="Team members to invite"
        hint={`${selected.length} chosen. You are invited as the organizer. Type a name to find someone outside the team.`}
        validationMessage={planner.issues.attendeeIds}
      >
        <TagPicker
          selectedOptions={[...selected]}
          onOptionSelect={(_, data) => {
            if (data.value === NO_MATCH) return;
            const outsider = found.find((person) => person.id === data.value);
            if (outsider) planner.addOutsider(outsider);
            planner.updateForm({ attendeeIds: data.selectedOptions.map(memberId) });
            setQuery('');
          }}
        >
          <TagPickerControl className={styles.control}>
            <TagPickerGroup aria-label="Invited">
              {selected.map((id) => (
                <Tag key={id} shape="rounded" value={id}>
                  {planner.nameOf(id) ?? id}
                </Tag>
              ))}
            </TagPickerGroup>
            <TagPickerInput
              aria-label="Add a team member"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
          </TagPickerControl>
          <TagPickerList>
            {teamOptions.length + otherOptions.length === 0 ? (
              <TagPickerOption value={NO_MATCH}>No one else matches</TagPickerOption>
            ) : null}
            {teamOptions.length > 0 && (
              <TagPickerOptionGroup label="CX team">
                {teamOptions.map((person) => (
                  <TagPickerOption key={person.id} value={person.id}>
                    {optionText(person)}
                  </TagPickerOption>
                ))}
              </TagPickerOptionGroup>
            )}
            {otherOptions.length > 0 && (
              <TagPickerOptionGroup label="Elsewhere in your organisation">
                {otherOptions.map((person) => (
                  <TagPickerOption key={person.id} value={person.id}>
                    {optionText(person)}
                  </TagPickerOption>
                ))}
              </TagPickerOptionGroup>
            )}
          </TagPickerList>
        </TagPicker>
      </Field>
      {selected.length > 0 && (
        <Button
          appearance="subtle"
          size="small"
          onClick={() => planner.updateForm({ attendeeIds: [] })}
        >
          Remove everyone
        </Button>
      )}
    </div>
  );
}
