/**
 * Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder the text after
 * them: "faktura\u202Efdp.exe" reads as "fakturaexe.pdf". Readers' text is shown without them, so it
 * reads in the order it was written; the marks LRM/RLM stay (they cannot reorder letters).
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export const neutraliseBidi = (text: string): string => text.replace(BIDI_CONTROLS, '');
