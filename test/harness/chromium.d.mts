/** Types for chromium.mjs, so TypeScript tests can launch the same Chromium. */
export declare const chromiumArgs: string[];
export declare function chromiumPath(): string;
