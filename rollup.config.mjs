import { readdirSync, existsSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

// Every folder in src/elements with a register.ts becomes its own entry point.
const elementEntries = Object.fromEntries(
  readdirSync('src/elements')
    .filter((name) => existsSync(`src/elements/${name}/register.ts`))
    .map((name) => [name, `src/elements/${name}/register.ts`]),
);

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

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/casekit.js', format: 'es', inlineDynamicImports: true },
    plugins: plugins(),
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/casekit.iife.js', format: 'iife', name: 'Casekit', inlineDynamicImports: true },
    plugins: plugins(),
  },
  {
    input: elementEntries,
    output: { dir: 'dist/elements', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: plugins(),
  },
];
