import type { Context } from 'hono';
import { problem } from '../http/problem.js';

/** A real report is well under 2 KB; 8 KB leaves room for a long sample without inviting floods. */
export const CSP_REPORT_MAX_BYTES = 8 * 1024;
export const CSP_REPORTS_PER_MINUTE = 30;

/** The fields worth keeping, under the names of both report formats (report-uri and Reporting API). */
const FIELDS: Record<string, string> = {
  'document-uri': 'document',
  documentURL: 'document',
  'violated-directive': 'directive',
  'effective-directive': 'directive',
  effectiveDirective: 'directive',
  'blocked-uri': 'blocked',
  blockedURL: 'blocked',
  'source-file': 'source',
  sourceFile: 'source',
  'line-number': 'line',
  lineNumber: 'line',
  'script-sample': 'sample',
  sample: 'sample',
  disposition: 'disposition',
};

/** One field as a short, single-line value: control characters (CR, LF, ESC …) cannot start a forged line. */
const clean = (value: unknown): string | number | undefined => {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string') return undefined;
  return value.slice(0, 300);
};

/** The known fields of one report, whatever format it came in. */
export function reportFields(body: unknown): Record<string, string | number> {
  const report = (Array.isArray(body) ? body[0] : body) as Record<string, unknown> | undefined;
  const inner = (report?.['csp-report'] ?? report?.body ?? report) as Record<string, unknown> | undefined;
  const out: Record<string, string | number> = {};
  if (!inner || typeof inner !== 'object') return out;
  for (const [key, name] of Object.entries(FIELDS)) {
    const value = clean(inner[key]);
    if (value !== undefined && out[name] === undefined) out[name] = value;
  }
  return out;
}

/**
 * A browser's CSP violation report, logged as one JSON line. JSON.stringify escapes every control
 * character, so whatever a report holds stays inside its field on its own line.
 */
export async function cspReport(c: Context): Promise<Response> {
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    return problem(c, 400, 'invalid-json');
  }
  const fields = reportFields(body);
  if (Object.keys(fields).length === 0) return problem(c, 400, 'not-a-report');
  // JSON.stringify leaves C1 controls and the Unicode line separators as they are; some log viewers break lines there.
  const line = JSON.stringify({ event: 'csp-violation', ...fields }).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  console.warn(line);
  return c.body(null, 204);
}
