export const MANIFEST: string;
export function policy(hashes?: string[], extra?: string[]): string;
export function inlineScriptHashes(html: string): string[];
export function writeCspManifest(): number;
