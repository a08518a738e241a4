import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PracticeStore, type StorageLike } from '../../src/practice/store.ts';
import { emptyDoc, writeDoc, type PracticeDoc } from '../../src/practice/schema.ts';
import { STORAGE_KEY, VERSION } from '../../src/practice/format.ts';

class MemoryStorage implements StorageLike {
  map = new Map<string, string>();
  full = false;
  getItem(k: string) { return this.map.get(k) ?? null; }
  setItem(k: string, v: string) {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.map.set(k, v);
  }
  removeItem(k: string) { this.map.delete(k); }
}

const rated = (): PracticeDoc => ({
  ...emptyDoc(),
  cards: { a: { title: 'A', due: '2025-03-05T00:00:00.000Z', stability: 2, difficulty: 5, scheduledDays: 2, learningSteps: 0, reps: 1, lapses: 0, state: 2, lastReview: '2025-03-03T00:00:00.000Z' } },
});

test('a record written is read back, from storage', () => {
  const storage = new MemoryStorage();
  const store = new PracticeStore(() => storage);
  assert.deepEqual(store.read(), emptyDoc());
  assert.equal(store.write(rated()), true);
  assert.ok(new PracticeStore(() => storage).read().cards.a);
  assert.equal(store.problem, undefined);
});

test('disabled storage is reported, and practice carries on in memory', () => {
  const store = new PracticeStore(() => { throw new DOMException('denied', 'SecurityError'); });
  assert.equal(store.problem?.kind, 'unavailable');
  assert.match(store.problem!.message, /不允许本站保存数据.*照常进行/);
  assert.equal(store.write(rated()), false);
  assert.ok(store.read().cards.a, 'the rating is kept for the session');
});

test('full storage is reported, the latest record is kept in memory, and the next write tries again', () => {
  const storage = new MemoryStorage();
  const store = new PracticeStore(() => storage);
  storage.full = true;
  assert.equal(store.write(rated()), false);
  assert.equal(store.problem?.kind, 'full');
  assert.match(store.problem!.message, /存储空间已满/);
  assert.ok(store.read().cards.a);
  storage.full = false;
  assert.equal(store.write(store.read()), true);
  assert.equal(store.problem, undefined);
  assert.ok(storage.getItem(STORAGE_KEY));
});

test('a stored record from a newer version is never overwritten', () => {
  const storage = new MemoryStorage();
  const newer = JSON.stringify({ ...JSON.parse(writeDoc(rated())), version: VERSION + 1 });
  storage.setItem(STORAGE_KEY, newer);
  const store = new PracticeStore(() => storage);
  assert.deepEqual(store.read(), emptyDoc());
  assert.equal(store.problem?.kind, 'newer');
  assert.equal(store.write(rated()), false);
  assert.equal(storage.getItem(STORAGE_KEY), newer);
});

test('an unreadable stored record is kept until the reader resets, and reset makes storage work again', () => {
  const storage = new MemoryStorage();
  storage.setItem(STORAGE_KEY, '{not json');
  const store = new PracticeStore(() => storage);
  store.read();
  assert.equal(store.problem?.kind, 'unreadable');
  assert.match(store.problem!.message, /无法读取.*不会覆盖/);
  store.write(rated());
  assert.equal(storage.getItem(STORAGE_KEY), '{not json');
  assert.equal(store.clear(), true);
  assert.equal(store.problem, undefined);
  assert.equal(store.write(rated()), true);
  assert.ok(new PracticeStore(() => storage).read().cards.a);
});
