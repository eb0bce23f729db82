/**
 * The published package, as a new user gets it: `npm pack`, installed into a
 * fresh project (offline, from the npm cache this repository's install filled),
 * type-checked with `skipLibCheck: false` — so the shipped .d.ts files must stand
 * on their own (only `lit` installed beside them) and describe the elements and
 * the API's shapes exactly, not as `any`. Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';

const repo = resolve(import.meta.dirname, '../..');
const tsc = join(repo, 'node_modules/typescript/bin/tsc');
const work = mkdtempSync(join(tmpdir(), 'casekit-pack-'));
const consumer = join(work, 'consumer');

const run = (command, args, cwd) => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};

/** Type-checks one file of the consumer project (in the background); resolves with tsc's status and output. */
function typecheck(file) {
  const config = join(consumer, `tsconfig.${file}.json`);
  writeFileSync(
    config,
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        strict: true,
        skipLibCheck: false,
        noEmit: true,
        types: [],
      },
      files: [`src/${file}.ts`],
    }),
  );
  return new Promise((done) => {
    const child = spawn(process.execPath, [tsc, '-p', config], { cwd: consumer });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => done({ status, output }));
  });
}

let tarball = '';
const checks = {};

before(() => {
  assert.ok(existsSync(join(repo, 'lib/src/index.d.ts')), 'lib/ is missing: run npm run build first');
  const packed = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], repo);
  assert.equal(packed.status, 0, packed.output);
  tarball = join(work, JSON.parse(packed.output.slice(packed.output.indexOf('[')))[0].filename);
  mkdirSync(join(consumer, 'src'), { recursive: true });
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'kommune-site', private: true, type: 'module' }));
  const flags = ['--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'];
  let installed = run('npm', ['install', '--offline', ...flags, tarball], consumer);
  // A cache without some file: allow the registry for what is missing.
  if (installed.status !== 0) installed = run('npm', ['install', '--prefer-offline', ...flags, tarball], consumer);
  assert.equal(installed.status, 0, installed.output);
  // What a developer writes: right (must pass) and wrong (must fail). Both checked at once.
  writeFileSync(
    join(consumer, 'src/ok.ts'),
    `import 'casekit/elements/case-card.js';
import { CkCaseList } from 'casekit/classes/case-list.js';
import { setDefaultApiBase, CaseApiClient } from 'casekit';
import { FACETS, LIMITS, QUESTIONS, type Case, type CaseSummary, type CommentList, type RatingSummary } from 'casekit/contract';

setDefaultApiBase('https://cases.example.dk/api/v1');
const card = document.createElement('ck-case-card');
card.caseId = 'faellesskabsportraetter-holstebro';
const list: CkCaseList = document.querySelector('ck-case-list')!;
list.pageSize = 12;
const client = new CaseApiClient('https://cases.example.dk/api/v1');
export async function firstTitle(): Promise<string> {
  const found: Case = await client.get<Case>('/cases/faellesskabsportraetter-holstebro');
  const related: CaseSummary[] = found.related;
  return related[0]?.title ?? found.title;
}
export const facets: readonly string[] = FACETS;
export const longest: number = LIMITS.comment.text;
export const question: string = QUESTIONS.formaal.da;
export const count = (comments: CommentList, rating: RatingSummary): number => comments.total + rating.count;
`,
  );
  writeFileSync(
    join(consumer, 'src/wrong.ts'),
    `import 'casekit/elements/case-card.js';
import type { Case } from 'casekit/contract';

declare const found: Case;
export const title: number = found.title;
document.createElement('ck-case-card').caseId = 42;
`,
  );
  checks.ok = typecheck('ok');
  checks.wrong = typecheck('wrong');
});

after(() => rmSync(work, { recursive: true, force: true }));

test('the package holds the npm build and the CDN build, and no sources, tests or server', () => {
  const listed = run('tar', ['-tzf', tarball], work).output.split('\n');
  assert.ok(listed.includes('package/lib/src/elements/case-card/register.js'));
  assert.ok(listed.includes('package/lib/src/elements/case-card/case-card.d.ts'));
  assert.ok(listed.includes('package/lib/contract/index.d.ts'));
  assert.ok(listed.includes('package/dist/casekit.js'));
  assert.deepEqual(listed.filter((f) => /^package\/(src|server|test)\//.test(f) || /zod|hono/.test(f)), []);
});

test('Lit is a dependency the app shares, not a copy inside the package', () => {
  const ckElement = readFileSync(join(consumer, 'node_modules/casekit/lib/src/internal/ck-element.js'), 'utf8');
  assert.match(ckElement, /from "lit"/);
  assert.ok(existsSync(join(consumer, 'node_modules/lit/package.json')), 'lit is installed beside casekit');
  const manifest = JSON.parse(readFileSync(join(consumer, 'node_modules/casekit/package.json'), 'utf8'));
  assert.deepEqual(Object.keys(manifest.dependencies).sort(), ['@lit/context', 'lit']);
});

test('code using the elements and the API types type-checks with skipLibCheck: false', async () => {
  const checked = await checks.ok;
  assert.equal(checked.status, 0, checked.output);
});

test('a wrong type is an error (the types are real, not any)', async () => {
  const checked = await checks.wrong;
  assert.notEqual(checked.status, 0, 'the wrong file type-checked');
  const errors = checked.output.match(/error TS\d+/g) ?? [];
  assert.deepEqual(errors, ['error TS2322', 'error TS2322'], checked.output);
  assert.match(checked.output, /wrong\.ts\(5,14\)/);
  assert.match(checked.output, /wrong\.ts\(6,1\)/);
});
