/**
 * The practice record: its shape, the check every stored value and imported file goes through,
 * and the migration path from older versions. Pure, so it is unit-tested without a browser.
 */
import { REVIEW_STATE, VERSION } from './format.ts';
import { isGrade, type Grade } from './grades.ts';

/** Marks a file or stored value as this handbook's practice record, so foreign JSON is recognised. */
export const FORMAT = 'kube-handbook-practice';

/** FSRS card states, as ts-fsrs numbers them. */
export const STATE = { new: 0, learning: 1, review: REVIEW_STATE, relearning: 3 } as const;
export type CardState = (typeof STATE)[keyof typeof STATE];

/** One question's FSRS card, keyed by question id in `cards`. Dates are ISO strings. */
export interface CardRecord {
  /** The question's title when it was last rated: finds the record again if the question's id changes. */
  title: string;
  due: string;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  lastReview: string;
}

/** One rating, kept for the charts: when, how, and what FSRS made of the card. */
export interface ReviewRecord {
  id: string;
  at: string;
  grade: Grade;
  stability: number;
  state: CardState;
}

export interface PracticeDoc {
  format: typeof FORMAT;
  version: typeof VERSION;
  cards: Record<string, CardRecord>;
  reviews: ReviewRecord[];
}

export type ReadResult =
  | { ok: true; doc: PracticeDoc }
  | { ok: false; kind: 'json' | 'foreign' | 'newer' | 'invalid'; message: string };

/** A step that turns a record of version n (its key) into version n + 1. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * Every migration, keyed by the version it upgrades from. Version 1 is the first format, so there is
 * nothing to upgrade yet; when the shape changes, bump VERSION and add the step from the old version here.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export function emptyDoc(): PracticeDoc {
  return { format: FORMAT, version: VERSION, cards: {}, reviews: [] };
}

const QUESTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID = 200;

class Invalid extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown) => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

function date(v: unknown, where: string): string {
  if (typeof v !== 'string' || !Number.isFinite(Date.parse(v))) throw new Invalid(`${where} 应为日期时间（如 "2025-05-01T08:00:00.000Z"），实际是 ${show(v)}`);
  return new Date(v).toISOString();
}

function number(v: unknown, where: string, { min = 0, integer = false } = {}): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || (integer && !Number.isInteger(v))) {
    throw new Invalid(`${where} 应为不小于 ${min} 的${integer ? '整数' : '数字'}，实际是 ${show(v)}`);
  }
  return v;
}

function state(v: unknown, where: string): CardState {
  if (!Object.values(STATE).includes(v as CardState)) throw new Invalid(`${where} 应为 0、1、2 或 3（FSRS 的卡片状态），实际是 ${show(v)}`);
  return v as CardState;
}

function questionId(v: unknown, where: string): string {
  if (typeof v !== 'string' || v.length > MAX_ID || !QUESTION_ID.test(v)) throw new Invalid(`${where} 不是题目 id（小写字母、数字和短横线），实际是 ${show(v)}`);
  return v;
}

function card(v: unknown, where: string): CardRecord {
  if (!isObject(v)) throw new Invalid(`${where} 应为对象，实际是 ${show(v)}`);
  if (typeof v.title !== 'string') throw new Invalid(`${where}.title 应为题目标题文字，实际是 ${show(v.title)}`);
  return {
    title: v.title,
    due: date(v.due, `${where}.due`),
    stability: number(v.stability, `${where}.stability`),
    difficulty: number(v.difficulty, `${where}.difficulty`),
    scheduledDays: number(v.scheduledDays, `${where}.scheduledDays`, { integer: true }),
    learningSteps: number(v.learningSteps, `${where}.learningSteps`, { integer: true }),
    reps: number(v.reps, `${where}.reps`, { integer: true }),
    lapses: number(v.lapses, `${where}.lapses`, { integer: true }),
    state: state(v.state, `${where}.state`),
    lastReview: date(v.lastReview, `${where}.lastReview`),
  };
}

function review(v: unknown, where: string): ReviewRecord {
  if (!isObject(v)) throw new Invalid(`${where} 应为对象，实际是 ${show(v)}`);
  if (!isGrade(v.grade)) throw new Invalid(`${where}.grade 应为 1 到 4 的评分，实际是 ${show(v.grade)}`);
  return {
    id: questionId(v.id, `${where}.id`),
    at: date(v.at, `${where}.at`),
    grade: v.grade,
    stability: number(v.stability, `${where}.stability`),
    state: state(v.state, `${where}.state`),
  };
}

/** Checks a record of the current version field by field, copying only what it knows. */
function current(raw: Record<string, unknown>): PracticeDoc {
  if (!isObject(raw.cards)) throw new Invalid(`cards 应为以题目 id 为键的对象，实际是 ${show(raw.cards)}`);
  if (!Array.isArray(raw.reviews)) throw new Invalid(`reviews 应为数组，实际是 ${show(raw.reviews)}`);
  // A prototype-free map: a key such as "__proto__" is then only a key (and fails the id check anyway).
  const cards: Record<string, CardRecord> = Object.create(null);
  for (const [id, value] of Object.entries(raw.cards)) {
    const where = `cards[${JSON.stringify(id)}]`;
    questionId(id, `${where} 的键`);
    cards[id] = card(value, where);
  }
  const reviews = raw.reviews.map((r, i) => review(r, `reviews[${i}]`));
  reviews.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return { format: FORMAT, version: VERSION, cards, reviews };
}

/**
 * Reads a practice record from text (a stored value or an imported file): checks it is JSON, is this
 * handbook's record, is not from a newer version, upgrades an older one step by step, and checks every
 * field. A failure says in Chinese what is wrong and where; the caller then changes nothing.
 */
export function readDoc(text: string, { version = VERSION, migrations = MIGRATIONS }: { version?: number; migrations?: Readonly<Record<number, Migration>> } = {}): ReadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, kind: 'json', message: `这不是有效的 JSON 文件（${(e as Error).message}）。` };
  }
  if (!isObject(raw) || raw.format !== FORMAT) {
    return { ok: false, kind: 'foreign', message: `这不是本手册导出的练习记录：缺少 "format": "${FORMAT}"。` };
  }
  const from = raw.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
    return { ok: false, kind: 'invalid', message: `记录的 version 应为正整数，实际是 ${show(from)}。` };
  }
  if (from > version) {
    return { ok: false, kind: 'newer', message: `这份记录来自更新版本的手册（记录格式第 ${from} 版，本页只认识到第 ${version} 版）。请刷新页面，用最新版本再试。` };
  }
  let doc = raw;
  for (let v = from; v < version; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, kind: 'invalid', message: `无法把第 ${v} 版的记录升级到第 ${v + 1} 版。` };
    doc = { ...step(doc), version: v + 1 };
  }
  try {
    return { ok: true, doc: current(doc) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, kind: 'invalid', message: `记录内容有误：${e.message}。` };
    throw e;
  }
}

/** The record as JSON text: compact for storage, indented (`indent`) for export files people may open. */
export function writeDoc(doc: PracticeDoc, extra: Record<string, string> = {}, indent?: number): string {
  return JSON.stringify({ format: doc.format, version: doc.version, ...extra, cards: doc.cards, reviews: doc.reviews }, null, indent);
}
