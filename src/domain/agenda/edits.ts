import { ValidationError } from '../errors';
import type { AgendaItemId } from '../ids';
import type { AgendaItem, AgendaTemplate } from './template';

/**
 * Pure edits for the agenda editor. Each returns a new template (or the same object when nothing
 * changes, so a React view can skip re-rendering) and never touches its input. They keep the list
 * well-formed (known ids, no duplicate ids) and leave the agenda's rules — one Mission Moment,
 * first; minutes in range; a total that matches the meeting — to `validateAgendaTemplate`, so an
 * editor can show a half-finished agenda with its problems marked.
 */

export interface AddAgendaItemOptions {
  /** The new item; its id comes from the caller's id generator. */
  readonly item: AgendaItem;
  /** Where to insert it (0 = first); at the end when absent, clamped to the list otherwise. */
  readonly position?: number;
}

/** Inserts an item. @throws ValidationError (field `id`) when the id is already used. */
export function addAgendaItem(
  template: AgendaTemplate,
  options: AddAgendaItemOptions,
): AgendaTemplate {
  const { item } = options;
  if (template.items.some((existing) => existing.id === item.id)) {
    throw ValidationError.single(
      'id',
      `Another item already uses the id "${item.id}": give each item its own id`,
    );
  }
  const position = clampPosition(options.position ?? template.items.length, template.items.length);
  return {
    ...template,
    items: [...template.items.slice(0, position), item, ...template.items.slice(position)],
  };
}

/** Removes an item. @throws ValidationError (field `id`) when no item has that id. */
export function removeAgendaItem(template: AgendaTemplate, itemId: AgendaItemId): AgendaTemplate {
  indexOfItem(template, itemId);
  return { ...template, items: template.items.filter((item) => item.id !== itemId) };
}

export interface MoveAgendaItemOptions {
  readonly itemId: AgendaItemId;
  /** The item's new index (0 = first), clamped to the list. */
  readonly toPosition: number;
}

/** Moves an item to a new position. @throws ValidationError (field `id`) for an unknown id. */
export function moveAgendaItem(
  template: AgendaTemplate,
  options: MoveAgendaItemOptions,
): AgendaTemplate {
  const from = indexOfItem(template, options.itemId);
  const to = clampPosition(options.toPosition, template.items.length - 1);
  if (from === to) return template;
  const moving = template.items[from] as AgendaItem;
  const without = template.items.filter((_, index) => index !== from);
  return { ...template, items: [...without.slice(0, to), moving, ...without.slice(to)] };
}

export interface RetimeAgendaItemOptions {
  readonly itemId: AgendaItemId;
  /** The new time box in minutes. */
  readonly minutes: number;
}

/** Changes an item's time box. @throws ValidationError (field `id`) for an unknown id. */
export function retimeAgendaItem(
  template: AgendaTemplate,
  options: RetimeAgendaItemOptions,
): AgendaTemplate {
  return updateItem(template, options.itemId, (item) =>
    item.minutes === options.minutes ? item : { ...item, minutes: options.minutes },
  );
}

export interface RenameAgendaItemOptions {
  readonly itemId: AgendaItemId;
  readonly title: string;
}

/** Changes an item's title. @throws ValidationError (field `id`) for an unknown id. */
export function renameAgendaItem(
  template: AgendaTemplate,
  options: RenameAgendaItemOptions,
): AgendaTemplate {
  return updateItem(template, options.itemId, (item) =>
    item.title === options.title ? item : { ...item, title: options.title },
  );
}

function updateItem(
  template: AgendaTemplate,
  itemId: AgendaItemId,
  change: (item: AgendaItem) => AgendaItem,
): AgendaTemplate {
  const index = indexOfItem(template, itemId);
  const current = template.items[index] as AgendaItem;
  const updated = change(current);
  if (updated === current) return template;
  return { ...template, items: template.items.map((item, i) => (i === index ? updated : item)) };
}

function indexOfItem(template: AgendaTemplate, itemId: AgendaItemId): number {
  const index = template.items.findIndex((item) => item.id === itemId);
  if (index < 0) {
    throw ValidationError.single(
      'id',
      `No agenda item has the id "${itemId}"; it may have been removed already`,
    );
  }
  return index;
}

function clampPosition(position: number, last: number): number {
  const whole = Number.isFinite(position) ? Math.trunc(position) : last;
  return Math.min(Math.max(whole, 0), Math.max(last, 0));
}
