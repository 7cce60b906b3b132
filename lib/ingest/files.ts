/**
 * PATH... → the files to ingest: files as given, folders walked recursively for document files
 * (.txt .html .htm .xml), in a stable order. Missing paths are reported, not thrown.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const DOCUMENT_EXTENSIONS = /\.(txt|html?|xml)$/i;

export interface ExpandedPaths {
  files: string[];
  missing: string[];
}

export function expandPaths(paths: string[]): ExpandedPaths {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && DOCUMENT_EXTENSIONS.test(e.name)) files.push(full);
    }
  };
  for (const p of paths) {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (stat.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files: [...new Set(files)], missing };
}
