import { editDistance } from "../edit-distance";

/**
 * The closest candidate to `word` by edit distance, if it is close enough to be a likely typo: the content
 * check's "did you mean" hints. Hand-written: the job is small and a library would add weight for nothing.
 */
export function closestWord(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}
