import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { HostTheme } from './hostContext';

/** Fluent UI's Teams theme for each of the app's themes, so the app looks like its host. */
export const FLUENT_THEME_BY_HOST_THEME: Readonly<Record<HostTheme, Theme>> = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  highContrast: teamsHighContrastTheme,
};

/**
 * The Fluent theme for a host theme. Always the same object for the same theme, so a
 * `FluentProvider` re-renders only when the theme really changed.
 */
export function fluentThemeFor(theme: HostTheme): Theme {
  return FLUENT_THEME_BY_HOST_THEME[theme];
}
