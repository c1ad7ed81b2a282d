import { FluentProvider } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useFluentTheme } from './hostHooks';

/** Props of {@link HostFluentProvider}. */
export interface HostFluentProviderProps {
  readonly className?: string;
  readonly children?: ReactNode;
}

/**
 * Fluent UI's provider with the host's Teams theme (light, dark or high contrast), switched live
 * when the user changes the theme in Teams. Place it inside `HostProvider`.
 */
export function HostFluentProvider({ className, children }: HostFluentProviderProps) {
  const theme = useFluentTheme();
  return (
    <FluentProvider theme={theme} className={className}>
      {children}
    </FluentProvider>
  );
}
