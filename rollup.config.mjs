import { readdirSync, existsSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

/**
 * The CDN build (dist/): what an editor's pasted script loads.
 * - `casekit.js` / `casekit.iife.js`: the loader (ES module / classic script), the
 *   only files with a fixed name: serve them with a short cache.
 * - `elements/<name>-<hash>.js`: one entry per element; `chunks/<name>-<hash>.js`:
 *   what entries share (Lit, the data layer, …). Content-hashed: cache for a year.
 * The npm build (unbundled ESM, Lit as a dependency) is scripts/build-npm.mjs.
 */

// Every folder in src/elements with a register.ts becomes its own entry point.
const elementNames = readdirSync('src/elements').filter((name) => existsSync(`src/elements/${name}/register.ts`));
const elementEntries = Object.fromEntries(elementNames.map((name) => [name, `src/elements/${name}/register.ts`]));

// 'production' picks Lit's production build: no dev-mode warnings, smaller.
const plugins = () => [
  nodeResolve({ exportConditions: ['production'] }),
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }),
  // Collapses the whitespace inside Lit's html`` and css`` templates (~1.3 KB gz);
  // conservatively, so a space between two inline elements stays a space.
  minifyHTML({
    failOnError: true,
    options: { minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false } },
  }),
  terser({ ecma: 2021, module: true, format: { comments: false } }),
];

/**
 * Tag → [entry file, …every chunk it imports, …its English words], filled when the entries are
 * written and read by the loader builds (rollup builds the configs in order).
 */
const entryFiles = {};

/**
 * Chunks an element imports on demand that the loader fetches with it all the same (see below): a
 * thread on the page shows its comment form at once, while a case's threads get it only near it.
 */
const FIRST_RENDER = ['comment-form'];

const recordEntries = {
  name: 'casekit-record-entries',
  generateBundle(_options, bundle) {
    const closure = (fileName, seen = new Set()) => {
      if (seen.has(fileName)) return seen;
      seen.add(fileName);
      for (const imported of bundle[fileName]?.imports ?? []) closure(imported, seen);
      return seen;
    };
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
      const files = closure(chunk.fileName);
      // Then the element's English words (`*.en` modules, imported on demand): the loader
      // preloads them only for an element in English.
      const english = new Set();
      for (const file of files) {
        for (const dynamic of bundle[file]?.dynamicImports ?? []) if (bundle[dynamic]?.name.endsWith('.en')) closure(dynamic, english);
      }
      // And the read path where the element imports it on demand (a contact box that reads its
      // case), with its English words, marked `?`: the loader preloads it only for an element
      // that loads (see reserve.ts), and its English words only for one in English.
      const reads = new Set();
      for (const dynamic of chunk.dynamicImports) if (bundle[dynamic]?.name === 'data') closure(dynamic, reads);
      for (const file of [...reads]) {
        for (const dynamic of bundle[file]?.dynamicImports ?? []) if (bundle[dynamic]?.name.endsWith('.en') && !files.has(dynamic)) closure(dynamic, reads);
      }
      // And what an element imports on demand but shows at its first render when it stands on the
      // page itself (a thread's comment form): with its own code, so it waits for nothing more.
      for (const dynamic of chunk.dynamicImports) if (FIRST_RENDER.includes(bundle[dynamic]?.name)) closure(dynamic, files);
      const later = [...english, ...[...reads].map((file) => `?${file}`)];
      entryFiles[`ck-${chunk.name}`] = [...files, ...later.filter((file) => !files.has(file.replace('?', '')))];
    }
  },
};

/**
 * What every element stands on goes into one chunk, `chunks/core-<hash>.js`: Lit, the thin
 * element base, the words, the loading state and the base styles; what every data widget
 * reads and shows data with into another, `chunks/data-<hash>.js`: the API client, the
 * shared cache, the load controller, the error state, numbers and dates. A contact box
 * written from attributes (a news article's) loads only the first: loader 1.9 + core 8.3 +
 * its own 2.1 KB gz; a page of data widgets pays ~0.6 KB gz for the second file (it gzips
 * apart). Left to itself rollup cuts these along the exact
 * sets of entries that share them — 6 to 18 files a page, each with its own gzip window
 * and import/export lists; two chunks make a page with one card 4 files, not 7 (measured:
 * one chunk against rollup's cut, 1.2 KB gz less for the same code). Code only some
 * elements use (forms, votes, device storage, a list's directives) stays with them; an
 * element's English words (`*.en`) and the editor's console messages stay their own files,
 * loaded only when needed.
 */
const CHUNKS = {
  core: [
    /\/node_modules\/(lit|lit-element|lit-html|@lit\/reactive-element)\/(?!.*directive)(?!.*decorators\/(query|base|event))/,
    /\/src\/api\/load-state\.ts$/,
    /\/src\/i18n\/localize\.ts$/,
    /\/src\/internal\/(ck-element|diagnostics|define|heading|page|reserve)\.ts$/,
    /\/src\/styles\//,
  ],
  // With what only data widgets use of Lit (its directive base, `ifDefined`) and of Casekit (numbers
  // and dates, a case's links, figures and words: the card, the list and the detail show them, and
  // the detail loads the card's own code only when a related case nears the screen).
  data: [
    /\/src\/api\/(?!community\.ts)(?!load-state)(?!.*\.en\.ts)/,
    /\/node_modules\/lit-html\/(directive|directive-helpers|directives\/if-defined)\.js$/,
    /\/src\/i18n\/(format|formatting)\.ts$/,
    /\/src\/internal\/content-lang\.ts$/,
    /\/src\/elements\/case-card\/(case-format|case-card\.terms)\.ts$/,
  ],
};
const manualChunks = (id) => {
  const path = id.replaceAll('\\', '/');
  return Object.keys(CHUNKS).find((name) => CHUNKS[name].some((pattern) => pattern.test(path)));
};

const entriesModule = {
  name: 'casekit-entries-module',
  resolveId: (id) => (id === 'casekit:entries' ? '\0casekit:entries' : null),
  load(id) {
    if (id !== '\0casekit:entries') return null;
    if (!Object.keys(entryFiles).length) this.error('The element entries must be built before the loader.');
    return `export default ${JSON.stringify(entryFiles)};`;
  },
};

export default [
  {
    input: elementEntries,
    // An element another one renders (a card in a list, a contact box in a case) is imported
    // from its own entry file, instead of rollup moving it to a chunk behind a one-line entry.
    preserveEntrySignatures: 'allow-extension',
    output: {
      manualChunks,
      dir: 'dist',
      format: 'es',
      entryFileNames: 'elements/[name]-[hash].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [...plugins(), recordEntries],
  },
  {
    input: 'src/loader/casekit.ts',
    output: { file: 'dist/casekit.js', format: 'es' },
    plugins: [entriesModule, ...plugins()],
  },
  {
    input: 'src/loader/casekit-iife.ts',
    output: { file: 'dist/casekit.iife.js', format: 'iife' },
    plugins: [entriesModule, ...plugins()],
  },
];
