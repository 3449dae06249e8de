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

export function fileError(file: string, reason: string): UserError {
  return new UserError(`${file}: ${reason}`);
}
