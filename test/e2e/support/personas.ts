/**
 * Signing in through the app's own persona picker (the emulator's sign-in), as a person would, and
 * reaching Graph as a persona.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { personasOf, type Persona } from '../../../emulator/core/personas';
import type { RunningEmulator } from '../../../emulator/server';
import { staticTokenProvider } from '../../../src/auth/tokenProvider';
import { createGraphClient, type GraphClient } from '../../../src/graph/client';
import { tokenFor } from '../../emulator/support/graphClient';
import type { AppUnderTest, OpenOptions } from './browser';

/** Picks `displayName` in the persona picker of a page (or of the side panel's frame) and signs in. */
export async function signInAs(page: Page | FrameLocator, displayName: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Persona' }).click();
  await page.getByRole('option', { name: new RegExp(displayName) }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A new page opened at `pathAndQuery` (see {@link AppUnderTest.open}), signed in as `displayName`. */
export async function openSignedIn(
  run: AppUnderTest,
  pathAndQuery: string,
  displayName: string,
  size?: OpenOptions,
): Promise<Page> {
  const page = await run.open(pathAndQuery, size);
  await signInAs(page, displayName);
  return page;
}

/** A Graph client signed in as the persona `userPrincipalName`, with an emulator token. */
export async function graphAs(
  emulator: RunningEmulator,
  userPrincipalName: string,
): Promise<GraphClient> {
  return createGraphClient({
    baseUrl: emulator.graphUrl,
    tokenProvider: staticTokenProvider(await tokenFor(emulator, userPrincipalName)),
  });
}

/** The demo tenant's CX lead: the persona in the Customer Experience department. */
export function cxLeadOf(emulator: RunningEmulator): Persona {
  const lead = personasOf(emulator.state()).find(
    (persona) => persona.department === 'Customer Experience',
  );
  if (!lead) throw new Error('The demo tenant has no CX lead (department Customer Experience).');
  return lead;
}
