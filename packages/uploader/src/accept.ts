/** The `accept` attribute's rule, enforced on dropped files too (the picker alone enforces it only for itself). */

/** Whether `file` matches an `accept` list: MIME types, `type/*` wildcards and `.ext` suffixes. */
export function accepts(accept: string, file: File): boolean {
  const patterns = accept
    .split(',')
    .map((pattern) => pattern.trim().toLowerCase())
    .filter(Boolean);
  if (patterns.length === 0) return true;
  const type = file.type.toLowerCase();
  const name = file.name.toLowerCase();
  return patterns.some((pattern) => {
    if (pattern.startsWith('.')) return name.endsWith(pattern);
    if (pattern.endsWith('/*')) return type.startsWith(pattern.slice(0, -1));
    return type === pattern;
  });
}
