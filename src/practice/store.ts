/**
 * The record in localStorage, and what happens when that fails. Storage that is disabled (private
 * mode, blocked site data) or full leaves practice working from memory for the rest of the page's life,
 * with a message saying so. A stored value that cannot be read, or that a newer version of the site
 * wrote, is never overwritten: the page works from memory until the reader chooses to reset.
 */
import { STORAGE_KEY } from './format.ts';
import { emptyDoc, readDoc, writeDoc, type PracticeDoc } from './schema.ts';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type ProblemKind = 'unavailable' | 'full' | 'unreadable' | 'newer';

export interface StoreProblem { kind: ProblemKind; message: string }

const AFTER = '本次练习照常进行，记录保留到关闭页面为止；可以随时用“导出”保存到文件。';

export class PracticeStore {
  private storage: StorageLike | undefined;
  /** The record while storage cannot be used; undefined while it can. */
  private memory: PracticeDoc | undefined;
  problem: StoreProblem | undefined;

  /** `storage` is called, not passed, because merely touching localStorage throws where it is disabled. */
  constructor(storage: () => StorageLike) {
    try {
      this.storage = storage();
    } catch {
      this.fail('unavailable', `浏览器不允许本站保存数据（例如隐私模式，或禁用了网站数据）。${AFTER}`, emptyDoc());
    }
  }

  private fail(kind: ProblemKind, message: string, doc: PracticeDoc) {
    this.problem = { kind, message };
    this.memory = doc;
  }

  /** The current record, read afresh from storage (another tab or page may have changed it). */
  read(): PracticeDoc {
    if (this.memory || !this.storage) return this.memory ?? emptyDoc();
    let text: string | null;
    try {
      text = this.storage.getItem(STORAGE_KEY);
    } catch {
      this.fail('unavailable', `浏览器不允许本站读取保存的数据。${AFTER}`, emptyDoc());
      return this.memory!;
    }
    if (text === null) return emptyDoc();
    const result = readDoc(text);
    if (result.ok) return result.doc;
    if (result.kind === 'newer') this.fail('newer', `这个浏览器里的练习记录由更新版本的手册保存，本页不会改动它；请刷新页面使用最新版本。${AFTER}`, emptyDoc());
    else this.fail('unreadable', `这个浏览器里保存的练习记录无法读取（${result.message}），本页不会覆盖它；如果要重新开始，可以清除全部记录。${AFTER}`, emptyDoc());
    return this.memory!;
  }

  /** Saves the record; false when it could only be kept in memory. */
  write(doc: PracticeDoc): boolean {
    if (this.problem?.kind === 'full' && this.storage) this.memory = undefined; // space may have been freed: try again
    if (this.memory || !this.storage) { this.memory = doc; return false; }
    try {
      this.storage.setItem(STORAGE_KEY, writeDoc(doc));
      this.problem = undefined;
      return true;
    } catch {
      this.fail('full', `浏览器的存储空间已满，最新的记录没能保存。${AFTER}`, doc);
      return false;
    }
  }

  /** Removes the record everywhere, including one that could not be read; storage is then tried again. */
  clear(): boolean {
    if (this.problem?.kind !== 'unavailable') this.memory = undefined;
    else this.memory = emptyDoc();
    if (!this.storage) return false;
    try {
      this.storage.removeItem(STORAGE_KEY);
      this.problem = undefined;
      return true;
    } catch {
      this.fail('unavailable', `浏览器不允许本站修改保存的数据。${AFTER}`, emptyDoc());
      return false;
    }
  }
}
