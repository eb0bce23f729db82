/** Types for server-bundle.mjs. */
export declare function serverScript(entry: string): Promise<string>;
