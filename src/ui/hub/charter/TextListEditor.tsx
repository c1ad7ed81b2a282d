import { Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular, Delete20Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { FieldIssue } from '../../../domain/errors';
import { messageFor, withItemRemoved, withItemReplaced } from '../../../domain/charter/charterForm';
import { FieldMessage } from './FieldMessage';

export interface TextListEditorProps {
  /** What one item is, capitalised, e.g. "Objective"; labels read "Objective 2". */
  readonly itemLabel: string;
  /** Prefixes each item's label when several lists share a page, e.g. "Goal 1". */
  readonly labelPrefix?: string;
  /** "Add an objective". */
  readonly addLabel: string;
  readonly items: readonly string[];
  /** The list's path in validation issues, e.g. `goals.0.objectives`. */
  readonly field: string;
  readonly issues: readonly FieldIssue[];
  /** Fields that still hold a template placeholder such as `[date]`. */
  readonly placeholders?: ReadonlySet<string>;
  onChange(items: readonly string[]): void;
}

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  item: { display: 'flex', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalXS },
  field: { flexGrow: 1, minWidth: 0 },
  remove: { flexShrink: 0, marginBlockStart: '22px' },
  add: { alignSelf: 'flex-start' },
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

export const PLACEHOLDER_HINT = 'Replace the words in [brackets] with your own.';

/** A list of short texts (objectives, responsibilities, working agreements): edit, add, remove. */
export function TextListEditor(props: TextListEditorProps) {
  const styles = useStyles();
  const listMessageId = useId();
  const { items, field, issues, onChange } = props;
  const prefix = props.labelPrefix ? `${props.labelPrefix} ` : '';
  const listMessage = messageFor(issues, field);
  return (
    <div className={styles.root}>
      {items.length > 0 && (
        <ul className={styles.list}>
          {items.map((item, index) => {
            const label = `${prefix}${props.itemLabel.toLocaleLowerCase()} ${index + 1}`;
            const path = `${field}.${index}`;
            return (
              <li key={index} className={styles.item}>
                <Field
                  className={styles.field}
                  label={label.charAt(0).toLocaleUpperCase() + label.slice(1)}
                  validationMessage={messageFor(issues, path)}
                  hint={props.placeholders?.has(path) ? PLACEHOLDER_HINT : undefined}
                >
                  <Textarea
                    value={item}
                    resize="vertical"
                    onChange={(_, data) => onChange(withItemReplaced(items, index, data.value))}
                  />
                </Field>
                <Button
                  className={styles.remove}
                  appearance="subtle"
                  icon={<Delete20Regular />}
                  aria-label={`Remove ${label}`}
                  onClick={() => onChange(withItemRemoved(items, index))}
                />
              </li>
            );
          })}
        </ul>
      )}
      {listMessage && <FieldMessage id={listMessageId}>{listMessage}</FieldMessage>}
      <Button
        className={styles.add}
        icon={<Add20Regular />}
        aria-describedby={listMessage ? listMessageId : undefined}
        onClick={() => onChange([...items, ''])}
      >
        {prefix ? `${props.addLabel} to ${props.labelPrefix?.toLocaleLowerCase()}` : props.addLabel}
      </Button>
    </div>
  );
}
