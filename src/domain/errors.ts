import { en } from 'zod/locales';
import type * as z from 'zod/mini';

/** One problem with one field, worded so the person who typed it knows what to change. */
export interface FieldIssue {
  /** Dotted path to the field, e.g. `roles.2.name` or `recurrence.pattern.interval`. */
  readonly field: string;
  readonly message: string;
}

/**
 * Bad input from a person or a caller. Carries every problem found (not just the first), so a form
 * can mark each field at once and keep everything already typed.
 */
export class ValidationError extends Error {
  readonly code = 'validationFailed';
  readonly issues: readonly FieldIssue[];

  constructor(issues: readonly FieldIssue[]) {
    super(issues.map((issue) => `${issue.field || 'value'}: ${issue.message}`).join('\n'));
    this.name = 'ValidationError';
    this.issues = issues;
  }

  /** The first field that is wrong: what a form focuses. */
  get field(): string {
    return this.issues[0]?.field ?? '';
  }

  static single(field: string, message: string): ValidationError {
    return new ValidationError([{ field, message }]);
  }

  static fromZod(error: z.core.$ZodError, prefix = ''): ValidationError {
    return new ValidationError(
      error.issues.map((issue) => ({
        field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
        message: issue.message,
      })),
    );
  }
}

/**
 * Parses `input` with `schema`; returns the typed value or throws a `ValidationError` naming every
 * field that is wrong. The schema's messages are the ones a person reads.
 */
export function parseWith<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  prefix = '',
): z.output<S> {
  const result = schema.safeParse(input, { error: zodMessage });
  if (!result.success) throw ValidationError.fromZod(result.error, prefix);
  return result.data;
}

/**
 * zod's English wording for the problems a schema does not word itself: a value of the wrong type
 * or a missing field ("Invalid input: expected string, received number"), a wrong constant, text
 * or a list too short or too long. zod/mini loads no locale by default (it would say only "Invalid
 * input"), and a global `z.config` would be a side effect of importing a module, so every parse
 * whose problems a person reads passes it as the parse's `error`
 * (`schema.safeParse(input, { error: zodMessage })`, as {@link parseWith} does). A schema's own
 * messages still come first.
 */
export const zodMessage: z.core.$ZodErrorMap = en().localeError;
