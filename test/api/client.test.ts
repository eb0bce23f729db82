import { expect } from '@open-wc/testing';
import { ApiError, CaseApiClient, clientFor, queryString } from '../../src/api/index.js';
import type { Case, CaseSearchResult } from '../../src/api/types.js';
import { apiBase, faultBase, freshBase, requestsTo, withFault } from './helpers.js';

const HOLSTEBRO = 'faellesskabsportraetter-holstebro';

/** The real fetch, recording what each call sent and got (the server still answers). */
function recordingFetch() {
  const calls: { url: string; headers: Headers; status?: number; aborted: () => boolean }[] = [];
  const wrapped: typeof fetch = async (input, init) => {
    const call = { url: String(input), headers: new Headers(init?.headers), status: undefined as number | undefined, aborted: () => init?.signal?.aborted ?? false };
    calls.push(call);
    const response = await fetch(input, init);
    call.status = response.status;
    return response;
  };
  return { calls, fetch: wrapped };
}

describe('case API client', () => {
  it('gives one client per base URL, trailing slash or not', () => {
    expect(clientFor(`${apiBase()}/`)).to.equal(clientFor(apiBase()));
    expect(clientFor(freshBase())).not.to.equal(clientFor(apiBase()));
  });

  it('builds stable query strings with repeated values and no empty ones', () => {
    expect(queryString({ theme: ['Ensomhed', 'Søvn'], q: 'ældre', page: 2, empty: '', none: undefined })).to.equal(
      '?page=2&q=%C3%A6ldre&theme=Ensomhed&theme=S%C3%B8vn',
    );
    expect(queryString({})).to.equal('');
  });

  it('reads the seeded cases from the real server', async () => {
    const client = new CaseApiClient(apiBase());
    const result = await client.request<CaseSearchResult>('GET', '/cases', { query: { municipality: 'Holstebro' } });
    expect(result.total).to.equal(1);
    expect(result.items[0]!.id).to.equal(HOLSTEBRO);
  });

  it('turns a 404 problem+json into an ApiError with status and detail', async () => {
    const client = new CaseApiClient(apiBase());
    const error = await client.request('GET', '/cases/findes-ikke').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ApiError);
    expect((error as ApiError).kind).to.equal('http');
    expect((error as ApiError).status).to.equal(404);
    expect((error as ApiError).detail).to.contain('findes-ikke');
  });

  it('carries the field errors of a validation problem, in the language asked for', async () => {
    const client = new CaseApiClient(apiBase());
    const error = (await client
      .request('POST', '/cases', { body: { title: 'x' }, lang: 'en' })
      .catch((e: unknown) => e)) as ApiError;
    expect(error.status).to.equal(400);
    expect(error.title).to.equal('Invalid data');
    expect(error.errors.length).to.be.greaterThan(0);
    expect(error.errors.map((e) => e.path).join(' ')).to.contain('title');
  });

  it('shares one in-flight request between readers of one resource', async () => {
    const base = freshBase();
    const client = new CaseApiClient(base);
    const before = requestsTo(`${base}/cases/${HOLSTEBRO}`);
    const [a, b, c] = await Promise.all([
      client.get<Case>(`/cases/${HOLSTEBRO}`),
      client.get<Case>(`/cases/${HOLSTEBRO}`),
      client.case(HOLSTEBRO).read(),
    ]);
    expect(a.title).to.equal('Fællesskabsportrætter');
    expect(b).to.equal(a);
    expect(c).to.equal(a);
    await client.get<Case>(`/cases/${HOLSTEBRO}`);
    expect(requestsTo(`${base}/cases/${HOLSTEBRO}`) - before).to.equal(1);
  });

  it('revalidates a stale value with If-None-Match and keeps it on 304', async () => {
    const recorder = recordingFetch();
    const client = new CaseApiClient(apiBase(), { maxAge: 0, fetch: recorder.fetch });
    const first = await client.get<Case>(`/cases/${HOLSTEBRO}`);
    const second = await client.get<Case>(`/cases/${HOLSTEBRO}`);
    expect(recorder.calls).to.have.length(2);
    expect(recorder.calls[0]!.headers.get('if-none-match')).to.equal(null);
    // The API's ETags are weak (W/"…"): derived from the data's version, not the bytes.
    expect(recorder.calls[1]!.headers.get('if-none-match')).to.match(/^(W\/)?"/);
    expect(recorder.calls[1]!.status).to.equal(304);
    expect(second).to.equal(first);
  });

  it('serves a stale value at once while it revalidates', async () => {
    const client = new CaseApiClient(apiBase(), { maxAge: 0 });
    const resource = client.case(HOLSTEBRO);
    await resource.read();
    const unsubscribe = resource.subscribe(() => undefined);
    expect(resource.status).to.equal('ready');
    expect(resource.loading).to.equal(true);
    unsubscribe();
  });

  it('seeds summaries so a card needs no request, without touching the full case', async () => {
    const client = new CaseApiClient(freshBase());
    const list = await client.searchCases({ municipality: 'Holstebro' }).read();
    client.seedSummaries(list.items);
    expect(client.caseSummary(HOLSTEBRO).status).to.equal('ready');
    expect(client.case(HOLSTEBRO).status).to.equal('pending');
  });

  it('aborts the request when the last subscriber leaves', async () => {
    const recorder = recordingFetch();
    const client = new CaseApiClient(apiBase(), { fetch: recorder.fetch });
    const unsubscribe = client.case('fremtidens-partnerskaber').subscribe(() => undefined);
    unsubscribe();
    expect(recorder.calls).to.have.length(1);
    expect(recorder.calls[0]!.aborted()).to.equal(true);
  });

  it('rejects with the signal reason when the caller aborts', async () => {
    const client = new CaseApiClient(freshBase());
    const controller = new AbortController();
    const pending = client.get('/cases', { q: 'abort' }, controller.signal);
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('times out a slow answer', async () => {
    const client = new CaseApiClient(apiBase(), { timeout: 1 });
    const error = (await client.request('GET', '/cases', { query: { q: 'timeout' } }).catch((e: unknown) => e)) as ApiError;
    expect(error).to.be.instanceOf(ApiError);
    expect(error.kind).to.equal('timeout');
  });

  it('retries network failures with backoff, but never a 4xx', async () => {
    const recorder = recordingFetch();
    const client = new CaseApiClient(await faultBase(), { fetch: recorder.fetch, retryDelays: [20, 40] });
    await client.request('GET', '/cases/findes-ikke').catch(() => undefined);
    expect(recorder.calls).to.have.length(1);
    // The server refuses every connection, as a stopped API does.
    await withFault('refuse', async () => {
      const error = (await client.request('GET', '/cases').catch((e: unknown) => e)) as ApiError;
      expect(error.kind).to.equal('network');
      expect(error.status).to.equal(0);
      expect(recorder.calls).to.have.length(4);
      await client.request('POST', `/cases/${HOLSTEBRO}/views`).catch(() => undefined);
      expect(recorder.calls).to.have.length(5);
    });
    const result = await client.request<CaseSearchResult>('GET', '/cases');
    expect(result.total).to.be.greaterThan(5);
  });

  it('invalidate() reloads shown resources and drops the others', async () => {
    const recorder = recordingFetch();
    const client = new CaseApiClient(apiBase(), { fetch: recorder.fetch });
    const shown = client.case(HOLSTEBRO);
    await shown.read();
    await client.get('/cases', { q: 'drop' });
    let changes = 0;
    const unsubscribe = shown.subscribe(() => changes++);
    client.invalidate('/cases');
    expect(shown.loading).to.equal(true);
    await shown.read();
    expect(changes).to.be.greaterThan(0);
    unsubscribe();
    expect(recorder.calls.filter((c) => c.url.includes(HOLSTEBRO))).to.have.length(2);
    await client.get('/cases', { q: 'drop' });
    expect(recorder.calls.filter((c) => c.url.includes('q=drop'))).to.have.length(2);
  });

  it('counts a view with a POST', async () => {
    const client = new CaseApiClient(apiBase());
    const result = await client.countView('plads-til-naervaer-og-hjerte');
    expect(result.viewCount).to.be.greaterThan(0);
  });
});
