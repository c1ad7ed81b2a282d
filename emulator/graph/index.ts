import type { RouteDefinition } from '../core/types';
import { appCatalogRoutes } from './appCatalogs';
import { calendarRoutes } from './calendar';
import { chatRoutes } from './chats';
import { mailRoutes } from './mail';
import { onlineMeetingRoutes } from './onlineMeetings';
import { peopleRoutes } from './people';
import { plannerRoutes } from './planner';
import { siteRoutes } from './sites';

/** Every Graph endpoint the emulator answers, by area. */
export const graphRoutes: readonly RouteDefinition[] = [
  ...peopleRoutes,
  ...mailRoutes,
  ...calendarRoutes,
  ...onlineMeetingRoutes,
  ...chatRoutes,
  ...appCatalogRoutes,
  ...siteRoutes,
  ...plannerRoutes,
];
