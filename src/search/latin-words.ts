/**
 * Latin words the way Pagefind indexes them, shared by the build (which lists every indexed word
 * for spelling correction) and the browser (which checks a query's words against that list).
 *
 * Pagefind lowercases words, splits them at anything that is not a letter or digit, and also
 * indexes the parts of camelCase words and the joined form of hyphenated ones: `kube-proxy` is
 * found as kube, proxy and kubeproxy; `maxSurge` as maxsurge, max and surge.
 */

/** An identifier-shaped run: letters and digits, joined by `-`, `_` or `.` (`kube-proxy`, `values.yaml`). */
const COMPOUND = /[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*/g;
const CAMEL_PART = /[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])/g;
/** Longer runs are hashes, digests and keys, not words anyone types. */
export const MAX_WORD_LENGTH = 64;

/**
 * Words worth listing: two letters or more, and not generated names such as Pod suffixes
 * (`7d4b9c8f5d-x7k2p`), which mix letters and digits more than once.
 */
function isWord(word: string): boolean {
  return word.length >= 2 && word.length <= MAX_WORD_LENGTH && /[a-z]/.test(word) && !/\d\D+\d/.test(word) && !/[a-z]\d+[a-z]+\d/.test(word);
}

/** Every word Pagefind indexes for the Latin text in `text`, lowercased, in order, with repeats. */
export function latinWords(text: string): string[] {
  const out: string[] = [];
  for (const [compound] of text.normalize('NFKC').matchAll(COMPOUND)) {
    const parts = compound.split(/[-_.]/);
    // Hyphenated names are also typed joined (kubeproxy); file names (values.yaml) are not.
    if (parts.length > 1 && !compound.includes('.')) out.push(parts.join('').toLowerCase());
    for (const part of parts) {
      out.push(part.toLowerCase());
      const camel = part.match(CAMEL_PART) ?? [];
      if (camel.length > 1) out.push(...camel.map((c) => c.toLowerCase()));
    }
  }
  return out.filter(isWord);
}
