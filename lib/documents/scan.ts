// Lists the articles in a seeds folder and its subfolders: every `*.txt` with the stamp of it and
// its sidecar (size, modification time, inode), so a rescan can tell which files changed without
// reading them. Hidden files and folders (a leading dot: editors' and `npm run add`'s temporary
// files) are not articles. A document's id is its file name without the extension, so two files
// with one name in different folders are one id: the first in path order wins, the other is
// reported.
import { readdirSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { sidecarOf } from './read';

export interface SeedFile {
  id: string;
  /** Absolute path of the article. */
  file: string;
  /** Absolute path of its sidecar, whether or not it exists. */
  metaFile: string;
  /** Changes whenever the article or its sidecar is written, replaced or removed. */
  stamp: string;
}

export interface SeedProblem {
  file: string;
  message: string;
}

export interface SeedScan {
  files: SeedFile[];
  problems: SeedProblem[];
}

function stampOf(s: Stats | undefined): string {
  return s ? `${s.ino}:${s.size}:${s.mtimeMs}` : '-';
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

function walk(dir: string, out: string[], problems: SeedProblem[], depth: number): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    problems.push({ file: dir, message: `${dir}: directory not found` });
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      // Deep trees are a mistake (a symlink loop, a copied home folder), not a corpus layout.
      if (depth < 8) walk(full, out, problems, depth + 1);
    } else if (entry.name.endsWith('.txt')) out.push(full);
  }
}

/** Every article under `dir`, sorted by path; duplicates and a missing folder are problems, not exceptions. */
export function scanSeeds(dir: string): SeedScan {
  const root = path.resolve(dir);
  const paths: string[] = [];
  const problems: SeedProblem[] = [];
  walk(root, paths, problems, 0);
  paths.sort();
  const byId = new Map<string, string>();
  const files: SeedFile[] = [];
  for (const file of paths) {
    const id = path.basename(file, '.txt');
    const first = byId.get(id);
    if (first) {
      problems.push({ file, message: `${file}: duplicate document id "${id}" (already read from ${first}); rename one of them` });
      continue;
    }
    byId.set(id, file);
    const metaFile = sidecarOf(file);
    files.push({ id, file, metaFile, stamp: `${stampOf(statOrUndefined(file))}|${stampOf(statOrUndefined(metaFile))}` });
  }
  return { files, problems };
}
