import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { describeProblem } from './problem';

export interface ProblemMessageProps {
  readonly title: string;
  readonly children: ReactNode;
  /** Buttons such as "Try again", shown beside the message. */
  readonly actions?: ReactNode;
}

/** An error message bar: a title saying what failed, then what to do. Announced to screen readers. */
export function ProblemMessage({ title, children, actions }: ProblemMessageProps) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
      </MessageBarBody>
      {actions}
    </MessageBar>
  );
}

/** {@link ProblemMessage} for a caught failure, worded by {@link describeProblem}. */
export function FailureMessage(props: {
  readonly error: unknown;
  /** What was being done, completing "Could not …": "save the charter". */
  readonly doing: string;
  readonly actions?: ReactNode;
}) {
  const problem = describeProblem(props.error, props.doing);
  return (
    <ProblemMessage title={problem.title} actions={props.actions}>
      {problem.message}
    </ProblemMessage>
  );
}
