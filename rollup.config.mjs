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

/**
 * esbuild writes its decorator helper (`__decorateClass`, ~130 B) into every module that uses
 * `@property`/`@state`: ten copies, one in nearly every file a page fetches. This takes it from
 * one module instead, which goes into the core chunk. A module whose helper does not read as
 * expected (another esbuild) keeps its own copy: correct, only larger.
 */
const DECORATE = '\0casekit:decorate';
const DECORATE_HELPER =
  /^var __defProp = Object\.defineProperty;\nvar __getOwnPropDesc = Object\.getOwnPropertyDescriptor;\nvar __decorateClass = \(decorators, target, key, kind\) => \{\n[\s\S]*?\n\};\n/m;
let helperSource = '';
const sharedDecorateHelper = {
  name: 'casekit-shared-decorate-helper',
  resolveId: (id) => (id === DECORATE ? DECORATE : null),
  // Imported only from code that had the helper, so its text is known by the time it is loaded.
  load: (id) => (id === DECORATE ? `${helperSource}export { __decorateClass };\n` : null),
  transform(code, id) {
    const helper = id === DECORATE ? undefined : code.match(DECORATE_HELPER)?.[0];
    if (!helper) return null;
    helperSource = helper;
    // As many lines as it replaces, so the source map stays right (`map: null`: nothing else moved).
    const lines = helper.split('\n').length - 1;
    return { code: code.replace(helper, `import { __decorateClass } from '${DECORATE}';${'\n'.repeat(lines)}`), map: null };
  },
};

// 'production' picks Lit's production build: no dev-mode warnings, smaller.
const plugins = () => [
  nodeResolve({ exportConditions: ['production'] }),
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }),
  sharedDecorateHelper,
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
 * written from attributes (a news article's) loads only the first: 1.9 + 9.0 + its own
 * 2.0 KB gz, against 18.4 with one chunk; a page of data widgets pays ~0.6 KB gz for the
 * second file (it gzips apart). Left to itself rollup cuts these along the exact
 * sets of entries that share them — 6 to 18 files a page, each with its own gzip window
 * and import/export lists; two chunks make a page with one card 4 files, not 7 (measured:
 * one chunk against rollup's cut, 1.2 KB gz less for the same code). Code only some
 * elements use (forms, votes, device storage, a list's directives) stays with them; an
 * element's English words (`*.en`) and the editor's console messages stay their own files,
 * loaded only when needed.
 */
const CHUNKS = {
  core: [
    new RegExp(DECORATE),
    /\/node_modules\/(lit|lit-element|lit-html|@lit\/reactive-element)\/(?!.*directive)(?!.*decorators\/(query|base|event))/,
    /\/src\/api\/load-state\.ts$/,
    /\/src\/i18n\/localize\.ts$/,
    /\/src\/internal\/(ck-element|diagnostics|define|heading|page|reserve)\.ts$/,
    /\/src\/styles\//,
  ],
  // With what only data widgets use of Lit (its directive base, `ifDefined`) and of Casekit (numbers
  // and dates, a case's links and figures).
  data: [
    /\/src\/api\/(?!community\.ts)(?!load-state)(?!.*\.en\.ts)/,
    /\/node_modules\/lit-html\/(directive|directive-helpers|directives\/if-defined)\.js$/,
    /\/src\/i18n\/(format|formatting)\.ts$/,
    /\/src\/internal\/content-lang\.ts$/,
    /\/src\/elements\/case-card\/case-format\.ts$/,
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
