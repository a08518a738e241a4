/**
 * Which half of the reader suite a query belongs to. A query keeps its half for good: moving one between
 * halves would leak queries the ranking was tuned on into the half that reports on it.
 *
 * Run it to place a new query: `npx node tests/search/reader-split.ts <kind> "<query>"`.
 */
import { fileURLToPath } from 'node:url';

export type Half = 'tune' | 'holdout';

/** How two spellings of the same query are compared: case, outer and repeated spaces don't count. */
export function normalizeQuery(query: string): string {
  return query.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** 32-bit FNV-1a of the normalized query's UTF-8 bytes: stable across machines and Node versions. */
export function queryHash(query: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(normalizeQuery(query))) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The half for a new query of `kind`, given the queries already placed. A query the tuning suite already
 * contains is tuned on anyway, so it goes to `tune`; any other goes to the kind's smaller half, and on a tie
 * the parity of its hash decides.
 */
export function chooseHalf(kind: string, query: string, placed: ReadonlyArray<{ kind: string; split: Half }>, tuningQueries: ReadonlySet<string>): Half {
  if (tuningQueries.has(normalizeQuery(query))) return 'tune';
  const sameKind = placed.filter((c) => c.kind === kind);
  const tune = sameKind.filter((c) => c.split === 'tune').length;
  const holdout = sameKind.length - tune;
  if (tune !== holdout) return tune < holdout ? 'tune' : 'holdout';
  return queryHash(query) % 2 === 0 ? 'tune' : 'holdout';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [kind, query] = process.argv.slice(2);
  if (!kind || !query) {
    console.error('usage: npx node tests/search/reader-split.ts <kind> "<query>"');
    process.exit(2);
  }
  const { readerCases, READER_KINDS } = await import('./reader-queries.ts');
  const { searchCases } = await import('./queries.ts');
  if (!(READER_KINDS as readonly string[]).includes(kind)) {
    console.error(`unknown kind "${kind}"; one of: ${READER_KINDS.join(', ')}`);
    process.exit(2);
  }
  console.log(chooseHalf(kind, query, readerCases, new Set(searchCases.map((c) => normalizeQuery(c.query)))));
}
