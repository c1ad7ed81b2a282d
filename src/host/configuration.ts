import type { HostContext } from './hostContext';
import type { TeamsFacade, TeamsInstanceConfig, TeamsSaveEvent } from './teamsFacade';

/**
 * What a configurable tab saves: the `entityId` the tab gets back in its context, the URL it
 * loads (`contentUrl`), the URL of "open in browser" (`websiteUrl`) and the tab's name.
 */
export type ConfigurationToSave = TeamsInstanceConfig;

/**
 * Called when the user presses Save on the configuration page. It creates or finds what the tab
 * will show and answers with the tab's configuration; a rejection cancels the save and its
 * message is shown to the user by the host, so write it for people.
 */
export type ConfigurationSaveHandler = () => Promise<ConfigurationToSave>;

/** Shown by the host when a save failed without saying why. */
export const DEFAULT_SAVE_FAILURE_MESSAGE = 'The tab could not be saved. Try again.';

/** The page's TeamsJS and what it knows about its host: where configuration calls go. */
export interface ConfigurationTarget {
  readonly teams: TeamsFacade;
  readonly context: HostContext;
}

/**
 * Whether the configuration page can talk to its host: inside a host, on the `settings` surface
 * (TeamsJS refuses `pages.config` calls from any other frame) and with `pages.config` supported.
 */
export function canConfigure({ teams, context }: ConfigurationTarget): boolean {
  return context.kind === 'teams' && context.surface === 'settings' && teams.config.isSupported();
}

function failureMessage(error: unknown): string {
  const message = error instanceof Error ? error.message.trim() : '';
  return message === '' ? DEFAULT_SAVE_FAILURE_MESSAGE : message;
}

/** One save: the handler, then `setConfig`, then exactly one answer to the host's event. */
function saving(teams: TeamsFacade, handler: ConfigurationSaveHandler) {
  return async (event: TeamsSaveEvent): Promise<void> => {
    try {
      await teams.config.setConfig(await handler());
    } catch (error) {
      event.notifyFailure(failureMessage(error));
      return;
    }
    event.notifySuccess();
  };
}

/**
 * Wires the host's Save button to `handler`: on Save, `handler()` → `pages.config.setConfig` →
 * `saveEvent.notifySuccess()`, or `saveEvent.notifyFailure(message)` when either step fails.
 * Returns `false` (and registers nothing) where the page cannot configure a tab, e.g. standalone.
 * A later registration replaces the earlier one, as in TeamsJS.
 */
export function registerConfigurationSave(
  target: ConfigurationTarget,
  handler: ConfigurationSaveHandler,
): boolean {
  if (!canConfigure(target)) {
    return false;
  }
  const save = saving(target.teams, handler);
  target.teams.config.registerOnSaveHandler((event) => {
    void save(event);
  });
  return true;
}

/**
 * Enables (`true`) or disables the host's Save button: call it whenever the form's validity
 * changes. Returns `false` where there is no host Save button.
 */
export function setConfigurationValid(target: ConfigurationTarget, valid: boolean): boolean {
  if (!canConfigure(target)) {
    return false;
  }
  target.teams.config.setValidityState(valid);
  return true;
}
