import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { EXIT_CANTCREAT, EXIT_IO, UserError, fileError, systemReason } from '../errors.ts';

/**
 * Writes a file so that readers never see it half-written: the bytes go to a
 * temporary file beside the target, which is renamed over it at the end.
 */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const existing = await stat(path).catch(() => undefined);
  // A folder where the file should go is the user's to move; a device (`-o /dev/null`) is written through,
  // never replaced by a regular file.
  if (existing?.isDirectory()) throw new UserError(`${path}: is a folder, not a file`, EXIT_CANTCREAT);
  if (existing && !existing.isFile()) {
    await writeFile(path, data).catch((err: NodeJS.ErrnoException) => {
      throw new UserError(`${path}: ${systemReason(err)}`, EXIT_IO);
    });
    return;
  }
  try {
    await mkdir(dirname(path), { recursive: true });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code === 'EEXIST' || e.code === 'ENOTDIR' ? 'a file of that name is in the way' : systemReason(e);
    throw new UserError(`${dirname(path)}: cannot make the folder: ${why}`, EXIT_CANTCREAT);
  }
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    // Name the file the user asked for, not the temporary one beside it.
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EIO') throw new UserError(`${path}: ${systemReason(err as NodeJS.ErrnoException)}`, EXIT_IO);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOTDIR' || code === 'EISDIR' || code === 'ENOENT') throw new UserError(`${path}: cannot write it: ${systemReason(err as NodeJS.ErrnoException)}`, EXIT_CANTCREAT);
    throw err;
  }
}

/** Reads a user's file, turning the usual failures into one-line errors. */
export async function readUserFile(path: string, maxBytes = 64 * 1024 * 1024): Promise<Buffer> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    throw fileError(path, describeFsError(err));
  }
  if (info.isDirectory()) throw fileError(path, 'is a directory, not a file');
  if (!info.isFile()) throw fileError(path, 'is not a regular file');
  if (info.size > maxBytes) throw fileError(path, `is ${(info.size / 1e6).toFixed(1)} MB, over the ${maxBytes / 1024 / 1024} MiB limit`);
  try {
    return await readFile(path);
  } catch (err) {
    throw fileError(path, describeFsError(err));
  }
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (cannot read it)';
    case 'EISDIR':
      return 'is a directory, not a file';
    default:
      return err instanceof Error ? err.message.split('\n')[0]! : String(err);
  }
}

/** Whether `path` is something other than a regular file or nothing (a device such as /dev/null). */
export async function isSpecialFile(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  return info !== undefined && !info.isFile() && !info.isDirectory();
}
