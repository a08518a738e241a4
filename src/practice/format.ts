/**
 * The few facts the boot script on every page shares with the rest of practice: constants only, which
 * the bundler copies into each place that uses them, so the boot script loads no shared file.
 */

/** The record's schema version. Raise it with a step in MIGRATIONS (schema.ts) whenever the shape changes. */
export const VERSION = 1;

/** The localStorage key holding the record. */
export const STORAGE_KEY = 'kube-handbook:practice';

/**
 * Fired on window (a CustomEvent whose detail is the record) whenever this page changes the record, so
 * progress shown elsewhere on the page follows, even when storage is disabled and the record is in memory.
 */
export const CHANGE_EVENT = 'practice:change';

/** ts-fsrs's number for a card in review (past its learning steps). */
export const REVIEW_STATE = 2;

/**
 * A question counts as mastered once it is in review (REVIEW_STATE) and FSRS expects it to be remembered
 * (90%) for three weeks or more: the threshold Anki calls a "mature" card. See isMastered in progress.ts.
 */
export const MASTERED_STABILITY_DAYS = 21;
