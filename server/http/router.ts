import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Config } from '../config.js';
import type { Db } from '../db/db.js';
import { setPublicCacheHeaders } from './cache.js';
import type { FailureLimiter } from './failure-limiter.js';
import { validationHook } from './validation.js';

/** What every route needs, handed in once at start-up. */
export interface Deps {
  db: Db;
  config: Config;
  /** Base of links in e-mails, e.g. https://cases.example.dk */
  publicUrl: () => string;
  /** Nudge the outbox sender (no-op without SMTP). */
  outboxChanged: () => void;
  /** Counts wrong moderator tokens per address (default: in this process). */
  moderatorFailures?: FailureLimiter;
}

export const newRouter = () => new OpenAPIHono({ defaultHook: validationHook as never });

/**
 * Public reads: browsers revalidate every time (ETag → 304); a shared cache may hold them briefly.
 * Vary names only the headers this path's body depends on (see http/cache.ts).
 */
export function publicCache(c: Context, personal = false): void {
  setPublicCacheHeaders(c, personal);
}

/** A query value that may be repeated (?x=a&x=b) as a list. */
export const asList = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter(Boolean);
