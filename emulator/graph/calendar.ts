import type { RouteDefinition } from '../core/types';
import { createEvent, deleteEvent, getEvent, updateEvent } from './calendar/events';
import { getSchedule } from './calendar/schedule';
import { calendarView, listEvents, listInstances } from './calendar/views';

/**
 * The calendar endpoints (own mailbox only; `/me/...` is served by the same routes): events,
 * their instances, calendarView and getSchedule. Each handler's module names its Graph sources.
 */
export const calendarRoutes: RouteDefinition[] = [
  { method: 'POST', path: '/users/{userId}/events', handler: createEvent },
  { method: 'POST', path: '/users/{userId}/calendar/events', handler: createEvent },
  { method: 'GET', path: '/users/{userId}/events', handler: listEvents },
  { method: 'GET', path: '/users/{userId}/calendar/events', handler: listEvents },
  { method: 'GET', path: '/users/{userId}/events/{eventId}', handler: getEvent },
  { method: 'PATCH', path: '/users/{userId}/events/{eventId}', handler: updateEvent },
  { method: 'DELETE', path: '/users/{userId}/events/{eventId}', handler: deleteEvent },
  { method: 'GET', path: '/users/{userId}/calendar/events/{eventId}', handler: getEvent },
  { method: 'PATCH', path: '/users/{userId}/calendar/events/{eventId}', handler: updateEvent },
  { method: 'DELETE', path: '/users/{userId}/calendar/events/{eventId}', handler: deleteEvent },
  { method: 'GET', path: '/users/{userId}/events/{eventId}/instances', handler: listInstances },
  {
    method: 'GET',
    path: '/users/{userId}/calendar/events/{eventId}/instances',
    handler: listInstances,
  },
  { method: 'GET', path: '/users/{userId}/calendarView', handler: calendarView },
  { method: 'GET', path: '/users/{userId}/calendar/calendarView', handler: calendarView },
  { method: 'POST', path: '/users/{userId}/calendar/getSchedule', handler: getSchedule },
  {
    method: 'POST',
    path: '/users/{userId}/calendar/microsoft.graph.getSchedule',
    handler: getSchedule,
  },
];
