// The npm build (lib/): unbundled ES modules, one per source file, with `lit` and
// `@lit/context` left as imports (real dependencies: an app that also uses Lit
// gets one copy), and .d.ts files beside them that need nothing but `lit`.
// The CDN build (dist/, the loader and its chunks) is rollup.config.mjs.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const sources = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === join('src', 'loader') ? [] : sources(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });

await build({
  entryPoints: [...sources('src'), ...sources('contract')],
  outdir: 'lib',
  outbase: '.',
  format: 'esm',
  target: 'es2021',
  bundle: false,
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});
