/** With DINGBEN_DEBUG set, a stage's time since the process started, on stderr (the README's stage timings). */
export function debugTime(what: string): void {
  if (process.env.DINGBEN_DEBUG) process.stderr.write(`[${(performance.now() / 1000).toFixed(2)} s] ${what}\n`);
}
