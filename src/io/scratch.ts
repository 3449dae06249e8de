/**
 * Scratch folders (the render folder beside the PDF, Chromium's profile, the cover's page) that a killed or
 * crashed build cannot remove: each holds the pid of the process that made it, and every build first
 * removes the ones whose process is gone.
 */
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const OWNER = '.dingben-owner';

/** A new folder `parent/prefixXXXXXX`, marked as this process's. */
export async function scratchDir(parent: string, prefix: string): Promise<string> {
  const dir = await mkdtemp(join(parent, prefix));
  await writeFile(join(dir, OWNER), String(process.pid));
  return dir;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists, under another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the folders `parent/prefix*` left by a dingben process that no longer runs. A folder without an
 * owner mark (an older dingben's) goes once it is an hour old. Returns the folders removed.
 */
export async function sweepScratch(parent: string, prefixes: string[]): Promise<string[]> {
  const names = await readdir(parent).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    if (!prefixes.some((p) => name.startsWith(p))) continue;
    const dir = join(parent, name);
    const owner = Number(await readFile(join(dir, OWNER), 'utf8').catch(() => 'NaN'));
    if (Number.isInteger(owner) && owner > 0) {
      if (owner === process.pid || alive(owner)) continue;
    } else {
      const info = await stat(dir).catch(() => undefined);
      if (!info?.isDirectory() || Date.now() - info.mtimeMs < 3_600_000) continue;
    }
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    removed.push(dir);
  }
  return removed;
}
