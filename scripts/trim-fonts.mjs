// The font packages (@expo-google-fonts/noto-*) carry all nine weights of their family and a PNG preview of
// each; the theme sets two weights (400 and 700: src/typeset/fonts.ts). The rest is removed after an
// install, which takes the runtime install from about 540 MB to about 280 MB. npm ci puts them back; a
// package that was trimmed already is left as it is.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const KEEP = new Set(['400Regular', '700Bold']);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '@expo-google-fonts');
let freed = 0;
for (const pkg of existsSync(root) ? readdirSync(root) : []) {
  const dir = join(root, pkg);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || !/^\d00[A-Z]/u.test(entry.name)) continue;
    const weight = join(dir, entry.name);
    if (!KEEP.has(entry.name)) {
      rmSync(weight, { recursive: true, force: true });
      freed++;
      continue;
    }
    for (const file of readdirSync(weight)) if (file.endsWith('.png')) rmSync(join(weight, file), { force: true });
  }
}
if (freed > 0) console.error(`dingben setup: removed ${freed} font weights the theme does not set`);
