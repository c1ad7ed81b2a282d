import { Body1, Caption1, Text } from '@fluentui/react-components';
import type { Charter } from '../../domain/charter';
import type { MemberId } from '../../domain/ids';
import {
  ACTION_STATUS_LABELS,
  decisionStatusLabel,
  UNKNOWN_MEMBER_NAME,
  type CarryOver,
} from '../../domain/records';
import { usePanelStyles } from './panelStyles';
import { PanelSection } from './PanelSection';

/** Open actions and deferred or pending decisions from earlier meetings of the cadence. */
export function CarryOverSection(props: {
  readonly carryOver: CarryOver;
  readonly charter: Charter;
  readonly memberNames: ReadonlyMap<MemberId, string>;
}) {
  const styles = usePanelStyles();
  const { openActions, deferredDecisions } = props.carryOver;
  return (
    <PanelSection title="Carried over">
      {openActions.length === 0 && deferredDecisions.length === 0 && (
        <Body1>Nothing carried over: every earlier action is done and every decision taken.</Body1>
      )}
      {openActions.length > 0 && (
        <>
          <Text as="h3" size={300} weight="semibold" className={styles.subheading}>
            Open actions
          </Text>
          <ul className={styles.list}>
            {openActions.map((action) => (
              <li key={action.id} className={styles.listItem}>
                <Body1>{action.title}</Body1>
                <Caption1 className={styles.muted}>
                  {props.memberNames.get(action.owner) ?? UNKNOWN_MEMBER_NAME} · due{' '}
                  {action.dueDate} · {ACTION_STATUS_LABELS[action.status]}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      {deferredDecisions.length > 0 && (
        <>
          <Text as="h3" size={300} weight="semibold" className={styles.subheading}>
            Decisions still open
          </Text>
          <ul className={styles.list}>
            {deferredDecisions.map((decision) => (
              <li key={decision.id} className={styles.listItem}>
                <Body1>{decision.statement}</Body1>
                <Caption1 className={styles.muted}>
                  {decisionStatusLabel(decision, props.charter)}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </PanelSection>
  );
}
