import { Field, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { SummaryChatFormat } from '../../graph/publishing';
import { CardPreview } from './CardPreview';
import type { SummaryPreview } from './summaryPreview';
import { useSummaryStyles } from './summaryStyles';

type PreviewTab = 'chat' | 'mail' | 'planner';

export interface SummaryPreviewPanelProps {
  readonly preview: SummaryPreview;
  readonly recipientCount: number;
  readonly chatFormat: SummaryChatFormat;
  onChatFormatChange(format: SummaryChatFormat): void;
  /** While publishing, the format cannot change. */
  readonly disabled: boolean;
}

/**
 * What publishing will post, mail and create, exactly: the chat message (HTML with @mentions, or
 * the Adaptive Card), the mail's subject and body, and the Planner tasks' titles. Rendered HTML is
 * the renderers' sanitised output, shown in the app's theme colours.
 */
export function SummaryPreviewPanel(props: SummaryPreviewPanelProps) {
  const styles = useSummaryStyles();
  const [tab, setTab] = useState<PreviewTab>('chat');
  const id = useId();
  const { preview } = props;
  return (
    <section className={styles.section} aria-labelledby={`${id}-heading`}>
      <Text as="h2" size={500} weight="semibold" className={styles.heading} id={`${id}-heading`}>
        Preview
      </Text>
      <Field label="Chat message format">
        <RadioGroup
          value={props.chatFormat}
          disabled={props.disabled}
          onChange={(_, data) => props.onChatFormatChange(data.value as SummaryChatFormat)}
        >
          <Radio value="html" label="Message with @mentions" />
          <Radio value="adaptiveCard" label="Adaptive Card" />
        </RadioGroup>
      </Field>
      {/* Radios, not a TabList: Tabster's arrow-key focus guards trip axe's aria-hidden-focus. */}
      <Field label="Show">
        <RadioGroup
          layout="horizontal"
          value={tab}
          onChange={(_, data) => setTab(data.value as PreviewTab)}
        >
          <Radio value="chat" label="Chat" />
          <Radio value="mail" label="Mail" />
          <Radio value="planner" label="Planner" />
        </RadioGroup>
      </Field>
      <div
        role="region"
        aria-label={`${tab === 'chat' ? 'Chat' : tab === 'mail' ? 'Mail' : 'Planner'} preview`}
        className={styles.stack}
      >
        {tab === 'chat' && (
          <>
            <div
              className={styles.rendered}
              // Sanitised by the domain's renderers (escape, then sanitize-html's allow-list).
              dangerouslySetInnerHTML={{ __html: preview.chatHtml }}
            />
            {preview.chatCard && (
              <div className={styles.rendered} aria-label="The Adaptive Card" role="group">
                <CardPreview card={preview.chatCard} />
              </div>
            )}
          </>
        )}
        {tab === 'mail' && (
          <>
            <dl className={styles.facts}>
              <dt className={styles.factTitle}>Subject</dt>
              <dd className={styles.factValue}>{preview.mailSubject}</dd>
              <dt className={styles.factTitle}>To</dt>
              <dd className={styles.factValue}>
                {props.recipientCount === 0
                  ? 'Nobody: no recipient has a mail address'
                  : `${props.recipientCount} ${props.recipientCount === 1 ? 'person' : 'people'}: attendees, and who must know`}
              </dd>
            </dl>
            <div
              className={styles.rendered}
              // Sanitised by the domain's renderer (escape, then sanitize-html's allow-list).
              dangerouslySetInnerHTML={{ __html: preview.mailHtml }}
            />
          </>
        )}
        {tab === 'planner' &&
          (preview.tasks.length === 0 ? (
            <Text className={styles.muted}>No actions: no Planner task will be created.</Text>
          ) : (
            <ul className={styles.list} aria-label="Planner tasks to create">
              {preview.tasks.map((task) => (
                <li key={task.actionId} className={styles.item}>
                  <Text weight="semibold">{task.title}</Text>
                  <Text size={200}>
                    Assigned to {task.ownerName} · due {task.dueDate}
                  </Text>
                </li>
              ))}
            </ul>
          ))}
      </div>
    </section>
  );
}
