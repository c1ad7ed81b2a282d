import { Button, Field, Input, Select, Text } from '@fluentui/react-components';
import { Add20Regular, Delete20Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import {
  DEPARTMENTS,
  addRole,
  assignMember,
  departmentLabel,
  isDepartment,
  removeRole,
  unassignMember,
  updateRole,
  type Charter,
  type CharterRole,
} from '../../../domain/charter';
import {
  membersWithoutRole,
  messageFor,
  messagesUnder,
  newRoleDraft,
} from '../../../domain/charter/charterForm';
import type { FieldIssue } from '../../../domain/errors';
import type { MemberId, RoleId } from '../../../domain/ids';
import type { TeamMember } from '../../../graph/workspace';
import { EditorSection, useEditorStyles } from '../charter/CharterEditor';
import { FieldMessage } from '../charter/FieldMessage';
import { TextListEditor } from '../charter/TextListEditor';
import { roleTitle } from '../roleTitle';
import { MemberPicker } from './MemberPicker';

export interface RosterEditorProps {
  readonly charter: Charter;
  readonly issues: readonly FieldIssue[];
  readonly members: readonly TeamMember[];
  edit(change: (charter: Charter) => Charter): void;
  /** Makes the id of a role the lead adds (a UUID in the app, a counter in tests). */
  newRoleId(): RoleId;
}

/** Sets a role's members to `chosen` through the charter's own membership edits. */
function withMembers(charter: Charter, roleId: RoleId, chosen: readonly MemberId[]): Charter {
  const role = charter.roles.find((candidate) => candidate.id === roleId);
  if (role === undefined) return charter;
  const removed = role.memberIds.filter((member) => !chosen.includes(member));
  const added = chosen.filter((member) => !role.memberIds.includes(member));
  const afterRemovals = removed.reduce(
    (current, member) => unassignMember(current, { role: role.id, member }),
    charter,
  );
  return added.reduce(
    (current, member) => assignMember(current, { role: role.id, member }),
    afterRemovals,
  );
}

/**
 * The charter's roles (Executive Sponsor, CX Lead, department champions…): each with its name,
 * department, responsibilities and the team members who hold it, chosen with a people picker.
 */
export function RosterEditor(props: RosterEditorProps) {
  const styles = useEditorStyles();
  const { charter, issues, members, edit } = props;
  const withoutRole = membersWithoutRole(charter, members);
  const listMessage = messageFor(issues, 'roles');
  return (
    <div className={styles.root}>
      <EditorSection
        title="Roles and responsibilities"
        intro="Who sits on the CX team, for which department, and what each role does. Decision rights are set per role on the Decision rights tab."
      >
        {withoutRole.length > 0 && (
          <Text>
            Team members without a role:{' '}
            {withoutRole.map((member) => member.displayName).join(', ')}.
          </Text>
        )}
        {charter.roles.map((role, index) => (
          <RoleCard
            key={role.id}
            role={role}
            index={index}
            issues={issues}
            members={members}
            edit={edit}
          />
        ))}
        {listMessage && <FieldMessage>{listMessage}</FieldMessage>}
        <Button
          className={styles.add}
          icon={<Add20Regular />}
          onClick={() => edit((current) => addRole(current, newRoleDraft(props.newRoleId())))}
        >
          Add a role
        </Button>
      </EditorSection>
    </div>
  );
}

function RoleCard(props: {
  readonly role: CharterRole;
  readonly index: number;
  readonly issues: readonly FieldIssue[];
  readonly members: readonly TeamMember[];
  edit(change: (charter: Charter) => Charter): void;
}) {
  const styles = useEditorStyles();
  const headingId = useId();
  const { role, index, issues, members, edit } = props;
  const path = `roles.${index}`;
  const title = roleTitle(role, index);
  const memberProblems = messagesUnder(issues, `${path}.memberIds`);
  return (
    <section aria-labelledby={headingId} className={styles.item}>
      <div className={styles.itemHeader}>
        <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.subheading}>
          {title}
        </Text>
        <Button
          appearance="subtle"
          icon={<Delete20Regular />}
          aria-label={`Remove role ${title}`}
          onClick={() => edit((current) => removeRole(current, role.id))}
        >
          Remove role
        </Button>
      </div>
      <div className={styles.grid}>
        <Field label="Role name" required validationMessage={messageFor(issues, `${path}.name`)}>
          <Input
            value={role.name}
            onChange={(_, data) =>
              edit((current) => updateRole(current, { role: role.id, name: data.value }))
            }
          />
        </Field>
        <Field label="Department" validationMessage={messageFor(issues, `${path}.department`)}>
          <Select
            value={role.department}
            onChange={(_, data) => {
              const department = data.value;
              if (isDepartment(department)) {
                edit((current) => updateRole(current, { role: role.id, department }));
              }
            }}
          >
            {DEPARTMENTS.map((department) => (
              <option key={department} value={department}>
                {departmentLabel(department)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <MemberPicker
        label="Members"
        members={members}
        chosen={role.memberIds}
        validationMessage={memberProblems.length > 0 ? memberProblems.join(' ') : undefined}
        onChange={(chosen) => edit((current) => withMembers(current, role.id, chosen))}
      />
      <TextListEditor
        itemLabel="Responsibility"
        addLabel="Add a responsibility"
        items={role.responsibilities}
        field={`${path}.responsibilities`}
        issues={issues}
        onChange={(responsibilities) =>
          edit((current) => updateRole(current, { role: role.id, responsibilities }))
        }
      />
    </section>
  );
}
