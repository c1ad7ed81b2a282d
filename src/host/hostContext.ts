import type { FrameContexts, HostName } from '@microsoft/teams-js';
import type { TeamsContextSnapshot } from './teamsFacade';

/** Whether the app runs inside a Microsoft 365 host (Teams, Outlook, Office) or alone in a browser. */
export type HostKind = 'teams' | 'standalone';

/**
 * Which page of the app the host asked for. `standalone` when no host answered: the app then
 * decides from its own URL.
 */
export type HostSurface =
  'content' | 'settings' | 'sidePanel' | 'meetingStage' | 'remove' | 'task' | 'standalone';

/** The three looks the app supports; each maps to one of Fluent UI's Teams themes. */
export type HostTheme = 'light' | 'dark' | 'highContrast';

/** The application hosting the app; the hosts' own variants are folded into one name each. */
export type HostApplication = 'Teams' | 'Outlook' | 'Office' | 'Other' | 'standalone';

/**
 * What the app needs to know about where it runs, free of TeamsJS types. Ids are the host's own
 * (Teams meeting id, chat thread id, channel id, the team's internal id and its Microsoft 365
 * group id); they are absent where the host has none (a personal tab has no channel).
 */
export interface HostContext {
  readonly kind: HostKind;
  readonly surface: HostSurface;
  readonly hostName: HostApplication;
  readonly theme: HostTheme;
  /** BCP 47 language tag such as `en-GB`. */
  readonly locale: string;
  readonly meetingId?: string;
  readonly chatId?: string;
  readonly channelId?: string;
  readonly teamId?: string;
  readonly groupId?: string;
  /** The signed-in user's Entra object id, as the host reports it: never proof of identity. */
  readonly userObjectId?: string;
  /** The user's sign-in name, a hint for MSAL's silent sign-in. */
  readonly loginHint?: string;
  readonly tenantId?: string;
  /** The tab's `entityId` saved by the configuration page (or the static tab's). */
  readonly entityId?: string;
  readonly subEntityId?: string;
}

/** The locale assumed when neither the host nor the browser names one. */
export const DEFAULT_LOCALE = 'en-US';

/** TeamsJS' frame context names (its `FrameContexts` string values). */
export type TeamsFrameContextName = `${FrameContexts}`;

/**
 * Every frame context TeamsJS knows, and the surface the app shows there. Typed as a full record
 * so a TeamsJS upgrade that adds a context fails type-checking here until it is mapped.
 * `stage` (a tab popped out into stage view) shows the same content page; `authentication` is
 * TeamsJS' sign-in popup, which CX Cadence never opens (MSAL does its own), so content is the safe
 * answer there too.
 */
export const SURFACE_BY_FRAME_CONTEXT: Readonly<Record<TeamsFrameContextName, HostSurface>> = {
  content: 'content',
  settings: 'settings',
  sidePanel: 'sidePanel',
  meetingStage: 'meetingStage',
  remove: 'remove',
  task: 'task',
  stage: 'content',
  authentication: 'content',
};

/** TeamsJS' host names (its `HostName` string values). */
export type TeamsHostName = `${HostName}`;

/** Every host TeamsJS names, folded into the few the app distinguishes (e.g. for sign-in). */
export const APPLICATION_BY_HOST_NAME: Readonly<Record<TeamsHostName, HostApplication>> = {
  Teams: 'Teams',
  TeamsModern: 'Teams',
  Outlook: 'Outlook',
  OutlookWin32: 'Outlook',
  Office: 'Office',
  Orange: 'Other',
  Places: 'Other',
};

/** The theme names the app recognises from hosts and URLs. */
export type TeamsThemeName = 'default' | 'light' | 'dark' | 'contrast';

/**
 * Theme names hosts send (`app.Context.app.theme` and the theme-change handler). Teams sends
 * `default`, `dark` and `contrast`; `light` is accepted too for hosts and URLs that say so.
 */
export const THEME_BY_TEAMS_THEME: Readonly<Record<TeamsThemeName, HostTheme>> = {
  default: 'light',
  light: 'light',
  dark: 'dark',
  contrast: 'highContrast',
};

function isKeyOf<T extends object>(table: T, key: string): key is Extract<keyof T, string> {
  return Object.prototype.hasOwnProperty.call(table, key);
}

/** The surface for a TeamsJS frame context; an unknown (newer) context shows content. */
export function surfaceFromFrameContext(frameContext: string): HostSurface {
  return isKeyOf(SURFACE_BY_FRAME_CONTEXT, frameContext)
    ? SURFACE_BY_FRAME_CONTEXT[frameContext]
    : 'content';
}

/** The app's theme for a host theme name; an unknown name falls back to light, Teams' default. */
export function themeFromTeamsTheme(teamsTheme: string): HostTheme {
  return isKeyOf(THEME_BY_TEAMS_THEME, teamsTheme) ? THEME_BY_TEAMS_THEME[teamsTheme] : 'light';
}

/** The application for a TeamsJS host name; an unknown host is `Other`. */
export function applicationFromHostName(hostName: string): HostApplication {
  return isKeyOf(APPLICATION_BY_HOST_NAME, hostName) ? APPLICATION_BY_HOST_NAME[hostName] : 'Other';
}

/**
 * The theme a page URL asks for in its `theme` query parameter, or `undefined` when it names none.
 * Teams replaces `{theme}` in a tab's `contentUrl`, so `…/hub.html?theme={theme}` lets the page
 * start in the right theme before TeamsJS answers; standalone, `?theme=dark` or `?theme=contrast`
 * picks a theme (the end-to-end screenshots use it). Example: `https://x/hub.html?theme=contrast`
 * → `highContrast`.
 */
export function themeFromUrl(url: string): HostTheme | undefined {
  const name = new URL(url, 'http://localhost/').searchParams.get('theme');
  return name === null || name === '' ? undefined : themeFromTeamsTheme(name);
}

/** Drops keys whose value is `undefined`, so contexts compare and print cleanly. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/** Maps the host's TeamsJS context to the app's domain-free {@link HostContext}. */
export function toHostContext(context: TeamsContextSnapshot): HostContext {
  return withoutUndefined<HostContext>({
    kind: 'teams',
    surface: surfaceFromFrameContext(context.page.frameContext),
    hostName: applicationFromHostName(context.app.host.name),
    theme: themeFromTeamsTheme(context.app.theme),
    locale: context.app.locale || DEFAULT_LOCALE,
    meetingId: context.meeting?.id,
    chatId: context.chat?.id,
    channelId: context.channel?.id,
    teamId: context.team?.internalId,
    groupId: context.team?.groupId,
    userObjectId: context.user?.id,
    loginHint: context.user?.loginHint ?? context.user?.userPrincipalName,
    tenantId: context.user?.tenant?.id,
    entityId: context.page.id || undefined,
    subEntityId: context.page.subPageId || undefined,
  });
}

/** What the standalone context takes from the page: its theme and the browser's language. */
export interface StandaloneContextOptions {
  readonly theme?: HostTheme;
  readonly locale?: string;
}

/** The context of the app running alone in a browser tab: no host ids at all. */
export function standaloneHostContext(options: StandaloneContextOptions = {}): HostContext {
  return {
    kind: 'standalone',
    surface: 'standalone',
    hostName: 'standalone',
    theme: options.theme ?? 'light',
    locale: options.locale || DEFAULT_LOCALE,
  };
}
