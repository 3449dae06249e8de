import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { fileError } from '../errors.ts';

/**
 * Writes a file so that readers never see it half-written: the bytes go to a
 * temporary file beside the target, which is renamed over it at the end.
 */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
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
