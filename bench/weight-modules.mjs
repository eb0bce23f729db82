/**
 * Where the CDN build's bytes come from: each chunk of the element build (rollup.config.mjs,
 * first config) is built again with a source map, and every byte of the minified output is
 * credited to the source module it came from. A module's gzip figure is its share of its
 * chunk's gzip size, pro rata to its minified bytes (gzip has no per-module answer).
 *   node bench/weight-modules.mjs [--all]   (--all also lists modules under 100 B min)
 */
import { rollup } from 'rollup';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import { gzipSync } from 'node:zlib';
import configs from '../rollup.config.mjs';

const all = process.argv.includes('--all');
const config = configs[0];
const bundle = await rollup({ input: config.input, plugins: config.plugins, preserveEntrySignatures: config.preserveEntrySignatures, onwarn: () => {} });
const { output } = await bundle.generate({ ...config.output, sourcemap: true });
await bundle.close();

const short = (source) => source.replace(/^.*?node_modules\//, '').replace(/^(\.\.\/)+/, '').replace(/^.*?\/(src|contract)\//, '$1/');
const gz = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

for (const chunk of output.filter((file) => file.type === 'chunk').sort((a, b) => gz(b.code) - gz(a.code))) {
  const lines = chunk.code.split('\n');
  const credit = new Map();
  const map = new TraceMap(chunk.map);
  // Each segment runs from its column to the next segment's column on the same line.
  const segments = [];
  eachMapping(map, (m) => segments.push(m));
  let mapped = 0;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    const next = segments[i + 1];
    const end = next && next.generatedLine === s.generatedLine ? next.generatedColumn : lines[s.generatedLine - 1].length;
    const bytes = Buffer.byteLength(lines[s.generatedLine - 1].slice(s.generatedColumn, end));
    const key = s.source ? short(s.source) : '(unmapped)';
    credit.set(key, (credit.get(key) ?? 0) + bytes);
    mapped += bytes;
  }
  const total = Buffer.byteLength(chunk.code);
  credit.set('(unmapped)', (credit.get('(unmapped)') ?? 0) + total - mapped);
  const gzip = gz(chunk.code);
  console.log(`\n${chunk.fileName}: ${total} B min, ${gzip} B gz`);
  const rows = [...credit].filter(([, b]) => b > 0).sort((a, b) => b[1] - a[1]);
  let rest = 0;
  for (const [module, bytes] of rows) {
    if (!all && bytes < 100) { rest += bytes; continue; }
    console.log(`  ${String(bytes).padStart(6)} min ${String(Math.round((gzip * bytes) / total)).padStart(6)} gz  ${module}`);
  }
  if (rest) console.log(`  ${String(rest).padStart(6)} min ${String(Math.round((gzip * rest) / total)).padStart(6)} gz  (modules under 100 B)`);
}
