import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../server/start.ts';
import { reservationCss } from '../../src/internal/reserve.ts';

export const HOLSTEBRO = 'faellesskabsportraetter-holstebro';

/**
 * The demo site as `npm start` serves it (same server, same strict CSP,
 * bundles at /casekit/), from a temporary copy of demo/ with the bench's own
 * pages added under /bench/ and a copy of the case page without Casekit.
 * Nothing in demo/ is touched.
 */
export async function startSite({ generate = 300 } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'casekit-bench-site-'));
  cpSync('demo', root, { recursive: true });
  cpSync('bench/pages', join(root, 'bench'), { recursive: true });
  // The page an editor had before pasting Casekit: the same HTML minus the script tag.
  const casePage = readFileSync(join(root, 'case.html'), 'utf8');
  const withoutScript = casePage.replace(/\s*<script[^>]*casekit[^>]*><\/script>/, '');
  if (withoutScript === casePage) throw new Error('demo/case.html: no Casekit script tag to remove');
  writeFileSync(join(root, 'case-without-casekit.html'), withoutScript);
  const foldPage = readFileSync(join(root, 'bench', 'above-fold.html'), 'utf8');
  writeFileSync(join(root, 'bench', 'above-fold-without-casekit.html'), foldPage.replace(/\s*<script[^>]*casekit[^>]*><\/script>/, ''));
  // The same pages with the reservation a page can add to its own CSS (README, "Pages that do not
  // jump"): the loader's rules, there before the first paint instead of after the loader has run.
  writeFileSync(join(root, 'reserve.css'), reservationCss('?ck-case'));
  const withReserve = (page, name) => {
    const reserved = page.replace(/(<script[^>]*casekit[^>]*><\/script>)/, '<link rel="stylesheet" href="/reserve.css">\n  $1');
    if (reserved === page) throw new Error(`${name}: no Casekit script tag to put the reservation before`);
    return reserved;
  };
  writeFileSync(join(root, 'case-reserved.html'), withReserve(casePage, 'demo/case.html'));
  writeFileSync(join(root, 'bench', 'above-fold-reserved.html'), withReserve(foldPage, 'bench/pages/above-fold.html'));

  const server = await startServer({
    port: 0,
    fromEnv: false,
    dataDir: 'memory://',
    seed: { generate },
    staticDir: root,
    // The bench reloads pages many times from one address; the default limits are for real visitors.
    rateLimit: { writesPerMinute: 1e6, viewsPerMinute: 1e6 },
  });
  return {
    url: server.url,
    db: server.db,
    /** The folder the site serves: a section may write a page of its own into it. */
    root,
    close: async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
