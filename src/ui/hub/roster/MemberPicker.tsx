import {
  Avatar,
  Field,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
  makeStyles,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { MemberId } from '../../../domain/ids';
import { memberId } from '../../../domain/ids';
import type { TeamMember } from '../../../graph/workspace';
import { matchingMembers, memberDetails } from './memberSearch';

export interface MemberPickerProps {
  /** The field's label, e.g. "Members of CX Lead". */
  readonly label: string;
  readonly members: readonly TeamMember[];
  readonly chosen: readonly MemberId[];
  readonly validationMessage?: string;
  onChange(chosen: readonly MemberId[]): void;
}

const NO_MATCH = '';

const useStyles = makeStyles({ control: { minWidth: 0 } });

/**
 * A people picker over the CX team's members: type part of a name, address, department or job
 * title, pick from the list; chosen people show as tags that remove themselves when pressed.
 * Someone chosen who has since left the team still shows (as "Former member"), so they can be
 * removed.
 */
export function MemberPicker(props: MemberPickerProps) {
  const styles = useStyles();
  const { members, chosen, onChange } = props;
  const [query, setQuery] = useState('');
  const byId = useMemo(() => new Map(members.map((member) => [member.id, member])), [members]);
  const options = matchingMembers(members, { query, chosen });
  return (
    <Field label={props.label} validationMessage={props.validationMessage}>
      <TagPicker
        selectedOptions={[...chosen]}
        onOptionSelect={(_, data) => {
          if (data.value === NO_MATCH) return;
          onChange(data.selectedOptions.map(memberId));
          setQuery('');
        }}
      >
        <TagPickerControl className={styles.control}>
          <TagPickerGroup aria-label={`Chosen ${props.label.toLocaleLowerCase()}`}>
            {chosen.map((id) => {
              const name = byId.get(id)?.displayName ?? 'Former member';
              return (
                <Tag key={id} value={id} shape="rounded" dismissible aria-label={`${name}: remove`}>
                  {name}
                </Tag>
              );
            })}
          </TagPickerGroup>
          <TagPickerInput
            value={query}
            placeholder={chosen.length === 0 ? 'Type a name' : undefined}
            onChange={(event) => setQuery(event.target.value)}
          />
        </TagPickerControl>
        <TagPickerList>
          {options.length === 0 ? (
            <TagPickerOption value={NO_MATCH}>No team member matches</TagPickerOption>
          ) : (
            options.map((member) => (
              <TagPickerOption
                key={member.id}
                value={member.id}
                text={member.displayName}
                secondaryContent={memberDetails(member)}
                media={<Avatar name={member.displayName} size={28} aria-hidden color="colorful" />}
              >
                {member.displayName}
              </TagPickerOption>
            ))
          )}
        </TagPickerList>
      </TagPicker>
    </Field>
  );
}
