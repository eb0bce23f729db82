import { Hono } from 'hono';
import { siteFor, type SiteDeps } from './site.js';

/** A sitemap file holds at most 50,000 addresses (sitemaps.org); a case bank is far from that. */
const MAX_URLS = 50_000;

const xmlEscape = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * `/sitemap.xml`: the list page and every published case's page, with the day it
 * last changed, so search engines find the case bank even where no CMS embeds
 * it; `/robots.txt` points to it.
 */
export function sitemapRoutes(deps: SiteDeps): Hono {
  const routes = new Hono();
  routes.get('/sitemap.xml', async (c) => {
    const site = siteFor(deps, c);
    const rows = await deps.db.query<{ id: string; updated_at: Date | string }>(
      `SELECT id, updated_at FROM cases WHERE status = 'published' ORDER BY id LIMIT ${MAX_URLS - 1}`,
    );
    const entry = (loc: string, lastmod?: string) =>
      `<url><loc>${xmlEscape(loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;
    const body = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      entry(site.listUrl()),
      ...rows.map((row) => entry(site.caseUrl(row.id), new Date(row.updated_at).toISOString().slice(0, 10))),
      '</urlset>',
      '',
    ].join('\n');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(body, 200, { 'Content-Type': 'application/xml; charset=utf-8' });
  });
  routes.get('/robots.txt', (c) => {
    const site = siteFor(deps, c);
    c.header('Cache-Control', 'public, max-age=86400');
    return c.text(`User-agent: *\nAllow: /\nSitemap: ${site.origin}/sitemap.xml\n`);
  });
  return routes;
}
