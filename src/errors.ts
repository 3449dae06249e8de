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

/** sysexits.h: an output file or folder cannot be created (a folder in the way, read-only, no permission). */
export const EXIT_CANTCREAT = 73;
/** sysexits.h: an error while writing (a full disk, a closed output). */
export const EXIT_IO = 74;

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'already exists',
  ENOENT: 'no such file or folder',
  EIO: 'input/output error',
  EPIPE: 'the reader closed the output',
};

/** An error from the operating system (fs, streams), with its code. */
export function isSystemError(err: unknown): err is NodeJS.ErrnoException {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((err as NodeJS.ErrnoException).code!);
}

/** The reason of a system error in words, with its code. */
export function systemReason(err: NodeJS.ErrnoException): string {
  return `${REASONS[err.code ?? ''] ?? err.message.replace(/^[A-Z]+: /, '').split(',')[0]} (${err.code})`;
}
