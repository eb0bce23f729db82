/**
 * The shared limiter: a token bucket in the database (no double burst at a window edge), keyed by
 * an HMAC of the client's address (IPv4 address, IPv6 /64), with the client taken as the right-most
 * hop that is not a trusted proxy — so a forged X-Forwarded-For changes nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addressKey } from '../../server/http/client-address.js';
import { limitKey } from '../../server/http/rate-limit.js';
import { BACKENDS, HOLSTEBRO, jsonOf, startTestServer, type TestServer } from './helpers.js';

describe('address keys', () => {
  it('count an IPv6 /64 as one visitor and an IPv4 address as itself', () => {
    assert.equal(addressKey('2001:db8:1:2:aaaa::1'), addressKey('2001:db8:1:2:ffff:eeee:dddd:cccc'));
    assert.equal(addressKey('2001:db8:1:2::'), '2001:db8:1:2::/64');
    assert.equal(addressKey('2001:0db8:0001:0002:0:0:0:9'), '2001:db8:1:2::/64');
    assert.notEqual(addressKey('2001:db8:1:2::1'), addressKey('2001:db8:1:3::1'));
    assert.equal(addressKey('::ffff:192.0.2.1'), '192.0.2.1');
    assert.notEqual(addressKey('192.0.2.1'), addressKey('192.0.2.2'));
    assert.equal(addressKey('::1'), '0:0:0:0::/64');
  });
});

for (const backend of BACKENDS) {
  describe(`shared limiter (${backend.name})`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer(backend, {
        seed: { generate: 0 },
        trustProxy: 1,
        rateLimit: { writesPerMinute: 2, viewsPerMinute: 100, windowMs: 60_000 },
      });
    });
    after(() => s.close());

    it('lets no more than the limit plus the refill through, however the requests fall on the clock', async () => {
      const rule = { name: 'test-edge', limit: 30, windowMs: 60_000 };
      const started = Date.now();
      let allowed = 0;
      for (let i = 0; i < 60; i++) if ((await limitKey(s.db, rule, 'one visitor')).allowed) allowed++;
      const seconds = (Date.now() - started) / 1000;
      // 30 at once, then one per 2 s: a fixed window would let 60 through across its edge.
      assert.ok(allowed >= 30 && allowed <= 30 + Math.ceil(seconds / 2), `${allowed} allowed in ${seconds.toFixed(1)} s`);
      const refused = await limitKey(s.db, rule, 'one visitor');
      assert.equal(refused.allowed, false);
      assert.ok(refused.retryAfterSeconds >= 1 && refused.retryAfterSeconds <= 2, `Retry-After ${refused.retryAfterSeconds}`);
      // A peek (cost 0) takes nothing; another key has its own bucket.
      assert.equal((await limitKey(s.db, rule, 'another visitor', { cost: 0 })).remaining, 30);
      assert.equal((await limitKey(s.db, rule, 'another visitor')).remaining, 29);
      // Keys are stored as HMACs, never as given.
      const stored = JSON.stringify(await s.db.query('SELECT * FROM rate_limits'));
      assert.ok(!stored.includes('one visitor') && !stored.includes('another visitor'));
    });

    it('takes the client from the proxy’s hop, not from what the client wrote in X-Forwarded-For', async () => {
      const post = (forwardedFor: string) =>
        s.api(`/cases/${HOLSTEBRO}/comments`, {
          method: 'POST',
          headers: { 'X-Forwarded-For': forwardedFor },
          json: { authorName: 'Forfalsker', text: `Hej fra ${forwardedFor}` },
        });
      // The proxy appended 203.0.113.5; whatever stands left of it is the client's own writing.
      const forged = [await post('198.51.100.1, 203.0.113.5'), await post('198.51.100.2, 203.0.113.5'), await post('10.9.9.9, 203.0.113.5')];
      assert.deepEqual(forged.map((r) => r.status), [201, 201, 429]);
      assert.ok(Number(forged[2]!.headers.get('retry-after')) >= 1);
      // Another client has its own budget …
      assert.equal((await post('203.0.113.6')).status, 201);
      // … but not another address in the same IPv6 /64.
      const sameLine = [await post('2001:db8:7:7::1'), await post('2001:db8:7:7::2'), await post('2001:db8:7:7:ffff::3')];
      assert.deepEqual(sameLine.map((r) => r.status), [201, 201, 429]);
      const stored = JSON.stringify(await s.db.query('SELECT * FROM rate_limits'));
      assert.ok(!stored.includes('203.0.113') && !stored.includes('2001:db8'), 'no address is stored');
    });
  });
}

describe('trusted proxies by address (CIDR)', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({ name: 'pglite' }, {
      seed: { generate: 0 },
      trustProxy: ['127.0.0.0/8', '::1', '10.0.0.0/8'],
      rateLimit: { writesPerMinute: 1, viewsPerMinute: 100, windowMs: 60_000 },
    });
  });
  after(() => s.close());

  it('skips every trusted hop from the right and stops at the first untrusted one', async () => {
    const post = (forwardedFor: string) =>
      s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', headers: { 'X-Forwarded-For': forwardedFor }, json: { authorName: 'A', text: `Tekst fra ${forwardedFor}` } });
    // Two proxies (10.1.2.3, then this server's loopback peer) stand between 192.0.2.50 and the server.
    assert.equal((await post('192.0.2.1, 192.0.2.50, 10.1.2.3')).status, 201);
    assert.equal((await post('192.0.2.2, 192.0.2.50, 10.1.2.3')).status, 429, 'a forged left-most hop is not a new client');
    assert.equal((await post('192.0.2.51, 10.1.2.3')).status, 201);
  });
});

describe('votes have a budget of their own', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({ name: 'pglite' }, {
      seed: { generate: 0 },
      trustProxy: 1,
      rateLimit: { writesPerMinute: 2, votesPerMinute: 6, viewsPerMinute: 100, windowMs: 60_000 },
    });
  });
  after(() => s.close());

  it('lets a reader change their answer without losing their next comment, and still stops a vote flood', async () => {
    const reader = { 'X-Forwarded-For': '192.0.2.70' };
    const vote = (value: number, voteToken = 'reader-seventy-token') =>
      s.api(`/cases/${HOLSTEBRO}/ratings/formaal`, { method: 'PUT', headers: reader, json: { value, voteToken } });
    // A keyboard reader settles on an answer in five steps: five replaced votes, each accepted.
    const changes = [];
    for (const value of [1, 2, 3, 4, 3]) changes.push((await vote(value)).status);
    assert.deepEqual(changes, [200, 200, 200, 200, 200]);
    // … and their write budget is whole: both comments of a budget of two get through.
    const comment = (text: string) => s.api(`/cases/${HOLSTEBRO}/comments`, { method: 'POST', headers: reader, json: { authorName: 'Læser', text } });
    assert.deepEqual([(await comment('Første tanke')).status, (await comment('Anden tanke')).status], [201, 201]);
    // Still one vote per address and question: a fresh token replaces the reader's vote …
    const fresh = await jsonOf<{ count: number; yourVote: number }>(await vote(2, 'reader-seventy-new-token'));
    assert.equal(fresh.count, 1);
    assert.equal(fresh.yourVote, 2);
    // … and past the vote budget (6 a minute) the next vote is refused with Retry-After.
    const flood = await vote(1, 'reader-seventy-third-token');
    assert.equal(flood.status, 429);
    assert.ok(Number(flood.headers.get('retry-after')) >= 1);
  });
});
