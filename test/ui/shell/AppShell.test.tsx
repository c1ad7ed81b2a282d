/** @jest-environment jsdom */
import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
} from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { APP_NAME, AppShell } from '../../../src/ui/shell/AppShell';

describe('AppShell', () => {
  it('names the product and the surface above the content', () => {
    render(
      <AppShell theme={teamsLightTheme} title="Sign in">
        <p>content</p>
      </AppShell>,
    );
    expect(screen.getByText(APP_NAME)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(screen.getByRole('main').textContent).toBe('content');
  });

  it.each([
    ['light', teamsLightTheme],
    ['dark', teamsDarkTheme],
    ['high contrast', teamsHighContrastTheme],
  ])('applies the Teams %s theme to everything inside it', (_name, theme) => {
    const { container } = render(
      <AppShell theme={theme} title="Sign in">
        <p>content</p>
      </AppShell>,
    );
    // Fluent writes the theme's tokens as CSS variables for the provider's class.
    const css = [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join('\n');
    expect(css).toContain(`--colorNeutralBackground1: ${theme.colorNeutralBackground1}`);
    expect(container.querySelector('.fui-FluentProvider')).not.toBeNull();
  });
});
