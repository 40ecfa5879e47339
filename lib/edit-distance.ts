/**
 * Levenshtein distance: insertions, deletions and substitutions, one each. Hand-written (a dozen lines): the
 * content check's "did you mean" hints and search's typo correction compare short words against a few
 * hundred candidates at most, and a library would add weight for nothing.
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
