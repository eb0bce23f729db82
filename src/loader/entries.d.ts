/**
 * Written by the build (rollup.config.mjs): for each element tag, its entry file
 * first, then every chunk it imports, then its English words (`….en-<hash>.js`, loaded
 * on demand) and the read path it imports on demand (marked `?`, see reserve.ts's `LOADS`),
 * paths relative to the loader's folder.
 */
declare module 'casekit:entries' {
  const entries: Record<string, readonly string[]>;
  export default entries;
}
