/**
 * Signing in through the app's own persona picker (the emulator's sign-in), as a person would.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { personasOf, type Persona } from '../../../emulator/core/personas';
import type { RunningEmulator } from '../../../emulator/server';

/** Picks `displayName` in the persona picker of a page (or of the side panel's frame) and signs in. */
export async function signInAs(page: Page | FrameLocator, displayName: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Persona' }).click();
  await page.getByRole('option', { name: new RegExp(displayName) }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The demo tenant's CX lead: the persona in the Customer Experience department. */
export function cxLeadOf(emulator: RunningEmulator): Persona {
  const lead = personasOf(emulator.state()).find(
    (persona) => persona.department === 'Customer Experience',
  );
  if (!lead) throw new Error('The demo tenant has no CX lead (department Customer Experience).');
  return lead;
}
