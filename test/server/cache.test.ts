/**
 * Public reads for shared caches: ETags from the data's version (a 304 runs no page query), Vary
 * only on what changes the body, Cache-Control that lets a proxy hold them for a few seconds.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SHARED_MAX_AGE } from '../../server/http/cache.js';
import { lockTables } from '../harness/table-lock.js';
import { BACKENDS, HOLSTEBRO, startTestServer, type TestServer } from './helpers.js';

for (const backend of BACKENDS) {
  describe(`cache headers (${backend.name})`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer(backend, { seed: { generate: 5 } });
    });
    after(() => s.close());

    it('revalidates with 304 until the data changes, and varies only on what changes the body', async () => {
      const paths = { list: '/cases?pageSize=5', case: `/cases/${HOLSTEBRO}`, comments: `/cases/${HOLSTEBRO}/comments`, ratings: `/cases/${HOLSTEBRO}/ratings` };
      const tags: Record<string, string> = {};
      for (const [name, path] of Object.entries(paths)) {
        const r = await s.api(path);
        assert.equal(r.status, 200, path);
        tags[name] = r.headers.get('etag') ?? '';
        assert.match(tags[name], /^W\/"\d+-[\w-]+"$/, path);
        assert.equal(r.headers.get('cache-control'), `public, max-age=0, s-maxage=${SHARED_MAX_AGE}`, path);
        const revalidated = await s.api(path, { headers: { 'If-None-Match': tags[name] } });
        assert.equal(revalidated.status, 304, path);
        assert.equal(revalidated.headers.get('etag'), tags[name]);
        assert.equal(revalidated.headers.get('cache-control'), r.headers.get('cache-control'));
        assert.equal((await s.api(path, { headers: { 'If-None-Match': '*' } })).status, 304, `${path}: * matches any current answer`);
      }
      assert.equal((await s.api(paths.list)).headers.get('vary'), null, 'a list reads the same in any language');
      assert.equal((await s.api(paths.case)).headers.get('vary'), null);
      assert.equal((await s.api(paths.comments)).headers.get('vary'), 'X-Author-Token');
      assert.equal((await s.api(paths.ratings)).headers.get('vary'), 'Accept-Language, X-Vote-Token');
      // The English ratings have other labels, so another tag; a reader's own view is private.
      assert.notEqual((await s.api(paths.ratings, { headers: { 'Accept-Language': 'en' } })).headers.get('etag'), tags.ratings);
      assert.equal((await s.api(paths.comments, { headers: { 'X-Author-Token': 'a-token-of-mine-123456' } })).headers.get('cache-control'), 'private, no-cache');

      // A comment changes what the case and its thread show: no stale 304 for them.
      const posted = await s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', json: { authorName: 'Ny', text: 'En ny kommentar' } });
      assert.equal(posted.status, 201);
      for (const name of ['case', 'comments'] as const) {
        const r = await s.api(paths[name], { headers: { 'If-None-Match': tags[name]! } });
        assert.equal(r.status, 200, `${paths[name]} after a comment`);
        assert.notEqual(r.headers.get('etag'), tags[name]);
      }
    });

    it('keeps a case’s tags good while only other cases change: a write elsewhere costs a 304, what the case shows decides', async () => {
      const other = 'fremtidens-partnerskaber';
      const paths = { case: `/cases/${HOLSTEBRO}`, comments: `/cases/${HOLSTEBRO}/comments`, ratings: `/cases/${HOLSTEBRO}/ratings` };
      const tags: Record<string, string> = {};
      for (const [name, path] of Object.entries(paths)) tags[name] = (await s.api(path)).headers.get('etag')!;
      const version = async () => (await s.db.query<{ version: string }>('SELECT version::text AS version FROM content_state'))[0]!.version;
      const before = await version();
      // A view, a vote and a comment on another case: every public read's version moves on.
      assert.equal((await s.api(`/cases/${other}/views`, { method: 'POST' })).status, 200);
      assert.equal((await s.api(`/cases/${other}/ratings/formaal`, { method: 'PUT', json: { value: 3, voteToken: 'another-readers-token-123456' } })).status, 200);
      assert.equal((await s.api(`/cases/${other}/comments`, { method: 'POST', json: { authorName: 'Anden', text: 'Om den anden case' } })).status, 201);
      assert.notEqual(await version(), before);
      for (const [name, path] of Object.entries(paths)) {
        const r = await s.api(path, { headers: { 'If-None-Match': tags[name]! } });
        assert.equal(r.status, 304, `${path}: nothing it shows changed`);
        assert.equal(await r.text(), '');
        const renewed = r.headers.get('etag')!;
        assert.notEqual(renewed, tags[name], 'the 304 carries the current tag');
        assert.equal((await s.api(path, { headers: { 'If-None-Match': renewed } })).status, 304);
        tags[name] = renewed;
      }
      // A vote on this case changes its ratings and the readers' answers the case carries; its thread stays.
      assert.equal((await s.api(`/cases/${HOLSTEBRO}/ratings/formaal`, { method: 'PUT', json: { value: 1, voteToken: 'a-third-readers-token-1234' } })).status, 200);
      const status = async (name: keyof typeof paths) => (await s.api(paths[name], { headers: { 'If-None-Match': tags[name]! } })).status;
      assert.deepEqual({ case: await status('case'), ratings: await status('ratings'), comments: await status('comments') }, { case: 200, ratings: 200, comments: 304 });
    });

    if (backend.name === 'postgres') {
      it('answers a revalidation without running the page’s queries', async () => {
        const path = `/cases/${HOLSTEBRO}/comments`;
        const etag = (await s.api(path)).headers.get('etag')!;
        // Another session locks the tables the page reads: any page query would now wait.
        const lock = await lockTables(s.config.databaseUrl!, ['cases', 'comments']);
        try {
          const r = await s.api(path, { headers: { 'If-None-Match': etag } });
          assert.equal(r.status, 304);
        } finally {
          await lock.release();
        }
      });
    }
  });
}
