/**
 * Makes a PGlite data-dir dump cheaper to clone. Every test server loads the whole dump into
 * PGlite's in-memory file system, so each byte of it is paid by every server (PGlite's `write` and
 * `loadDataDir` were the largest costs of the API suite's own code in a CPU profile):
 * - initdb with 1 MB WAL segments (INITDB_ARGS) instead of 16 MB: the current segment is in every
 *   dump whole, however little WAL it holds;
 * - the template databases (`template0`, `template1`) left out: a test server only ever connects to
 *   its own database, and never creates another from a template.
 * Together 40 MB → 16 MB, and a clone's start from ~0.7 to ~0.35 s of CPU (measured beside other work).
 */
export const INITDB_ARGS = ['--wal-segsize=1'];

const BLOCK = 512;

/** The dump (an uncompressed tar, PGlite's `dumpDataDir('none')`) without `base/<oid>/` of every database but `keepOid`. */
export function withOnlyDatabase(tar: Uint8Array, keepOid: number): Uint8Array {
  const decoder = new TextDecoder();
  const field = (header: Uint8Array, start: number, length: number): string =>
    decoder.decode(header.subarray(start, start + length)).replace(/\0[\s\S]*$/, '');
  const kept: Uint8Array[] = [];
  let offset = 0;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break; // the end-of-archive blocks
    // ustar: the path is `prefix/name` when the prefix field (345, 155 bytes) is set.
    const prefix = field(header, 345, 155);
    const path = (prefix ? `${prefix}/` : '') + field(header, 0, 100);
    const size = parseInt(field(header, 124, 12).trim() || '0', 8);
    const length = BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    const database = /^\/?base\/(\d+)(?:\/|$)/.exec(path);
    if (!database || Number(database[1]) === keepOid) kept.push(tar.subarray(offset, offset + length));
    offset += length;
  }
  return Buffer.concat([...kept, new Uint8Array(2 * BLOCK)]); // and the end-of-archive blocks
}
