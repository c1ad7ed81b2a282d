import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
} from '@fluentui/react-components';
import { fluentThemeFor } from '../../src/host/fluentTheme';
import { themeFromTeamsTheme, type HostTheme } from '../../src/host/hostContext';

describe('fluentTheme', () => {
  it.each<[HostTheme, unknown]>([
    ['light', teamsLightTheme],
    ['dark', teamsDarkTheme],
    ['highContrast', teamsHighContrastTheme],
  ])('dresses the %s theme in the matching Fluent Teams theme', (theme, fluentTheme) => {
    expect(fluentThemeFor(theme)).toBe(fluentTheme);
  });

  it.each([
    ['default', teamsLightTheme],
    ['dark', teamsDarkTheme],
    ['contrast', teamsHighContrastTheme],
  ])('looks like Teams when Teams sends the theme "%s"', (teamsTheme, fluentTheme) => {
    expect(fluentThemeFor(themeFromTeamsTheme(teamsTheme))).toBe(fluentTheme);
  });
});
