/**
 * A server entry (`server/main.ts`, test/harness/api-server.ts) as one plain JavaScript file, for
 * the tests that start the API as a child process. Started through tsx, each child paid ~6 s of CPU
 * before it listened, ~2.3 s of it tsx's loader (its hooks thread resolving and transforming every
 * module); the bundle starts in ~3.8 s. It is built once per test process (esbuild, ~0.3 s) into
 * node_modules/.cache, where the server's packages resolve as from the source (they stay external),
 * and removed when the process ends. Each module keeps its own `import.meta.url`, so paths such as
 * the migrations folder (server/db/migrate.ts) resolve as they do from the source.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT_DIR = join(ROOT, 'node_modules', '.cache', 'casekit-test', `server-${process.pid}`);
const built = new Map();

/** The path of `entry` (relative to the repository) bundled to one .mjs file, built on first use. */
export function serverScript(entry) {
  let script = built.get(entry);
  if (!script) {
    if (!built.size) process.once('exit', () => rmSync(OUT_DIR, { recursive: true, force: true }));
    mkdirSync(OUT_DIR, { recursive: true });
    const outfile = join(OUT_DIR, `${basename(entry).replace(/\.ts$/, '')}.mjs`);
    script = build({
      entryPoints: [join(ROOT, entry)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'error',
      plugins: [ownImportMetaUrl],
    }).then(() => outfile);
    built.set(entry, script);
  }
  return script;
}

/** Gives each of the project's modules its own file URL where it reads `import.meta.url` (a bundle has one URL for all). */
const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(plugin) {
    plugin.onLoad({ filter: /\.[cm]?[jt]s$/ }, ({ path }) => {
      if (path.includes(`${sep}node_modules${sep}`)) return undefined;
      const source = readFileSync(path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      return {
        contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href)),
        loader: path.endsWith('.ts') ? 'ts' : 'js',
      };
    });
  },
};
