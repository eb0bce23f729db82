/** Types for side-by-side.mjs, for node-suite.ts. */
export declare const withoutColours: (output: string) => string;
export declare function splitByWeight(files: string[], count: number, weight: (file: string) => number): string[][];
export declare function runSideBySide(commands: { label: string; args: string[]; env?: Record<string, string> }[]): Promise<{ code: number; output: string }[]>;
