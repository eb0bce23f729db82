import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Bytes as a CDN would send them: gzip -9 and brotli quality 11 (what static precompression uses). */
export function compressed(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length } }).length,
  };
}
