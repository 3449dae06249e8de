/**
 * A mistake in the user's input or set-up. The CLI prints its message as one
 * line, without a stack trace, and exits non-zero.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** Exit status of a build whose PDF, read back, lacks text of a chapter (the PDF is not kept). */
export const PRINT_LOST_TEXT = 3;

export function fileError(file: string, reason: string): UserError {
  return new UserError(`${file}: ${reason}`);
}
