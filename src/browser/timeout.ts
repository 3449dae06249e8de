/** Bounds on everything the browser is asked to do: a build fails with a one-line reason, never hangs. */
import { UserError } from '../errors.ts';

export async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new UserError(`${what} did not finish within ${Math.round(ms / 1000)} s`)), ms + 1000);
  });
  try {
    return await Promise.race([p, timeout]);
  } catch (err) {
    if (err instanceof UserError) throw err;
    const msg = (err as Error).message.split('\n')[0];
    throw new UserError(/timeout|timed out/i.test(msg ?? '') ? `${what} did not finish within ${Math.round(ms / 1000)} s` : `${what} failed: ${msg}`);
  } finally {
    clearTimeout(timer);
  }
}
