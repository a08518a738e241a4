/**
 * The flashcard: shows the next question of the queue, reveals the one-line answer and then the full
 * answer, and takes the rating.
 */
import { buildQueue, nextItem, type Filter, type QueueItem } from '../queue.ts';
import type { PracticeStore } from '../store.ts';
import type { PracticeData } from '../data.ts';
import { formatDue, formatInterval } from '../dates.ts';
import { isGrade, type Grade } from '../grades.ts';
import { previewDue } from '../schedule.ts';
import { answerNodes, prefetchAnswer } from './answer.ts';
import { announce } from './announce.ts';
import { ratingNote, recordRating } from './rate.ts';
import { sitePath } from '../../handbook/site-path.ts';

const KIND = { due: '复习', new: '新题', ahead: '提前复习' } as const;
const TONE: Record<string, string> = { 入门: 'basic', 进阶: 'mid', 深入: 'deep' };
const STEP = ['答案未显示', '已显示一句话回答', '已显示完整答案'];

export class Session {
  private item: QueueItem | undefined;
  /** 0: question only; 1: one-line answer shown; 2: full answer shown. */
  private step = 0;
  private lastRated: string | undefined;
  filter: Filter = {};
  private readonly topics: Map<string, string>;

  constructor(private root: HTMLElement, private store: PracticeStore, private data: PracticeData, private changed: () => void) {
    this.topics = new Map(data.topics.map((t) => [t.id, t.title]));
    this.$('[data-reveal]').addEventListener('click', () => this.reveal());
    this.$('[data-grades]').addEventListener('click', (e) => {
      const grade = Number((e.target as Element).closest<HTMLElement>('[data-grade]')?.dataset.grade);
      if (isGrade(grade)) this.rate(grade);
    });
  }

  private $<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.root.querySelector<T>(selector)!;
  }

  private text(selector: string, value: string) {
    this.$(selector).textContent = value;
  }

  /** Shows the summary and the question at the head of the queue; `focus` moves focus to it. */
  show(focus = false) {
    const now = new Date();
    const queue = buildQueue(this.data.questions, this.store.read().cards, this.filter, now);
    const next = queue.nextDue ? `，下一次复习：${formatDue(queue.nextDue, now)}` : '';
    this.text('[data-summary]', `今日待复习 ${queue.dueToday} 题${next} · 新题 ${queue.fresh} 题`);
    this.item = nextItem(queue, this.lastRated);
    this.step = 0;
    const card = this.$('[data-card]');
    const done = this.$('[data-done]');
    card.hidden = !this.item;
    done.hidden = !!this.item;
    if (!this.item) {
      this.text('[data-done-text]', queue.nextDue
        ? `今天没有待复习的题了，下一次复习：${formatDue(queue.nextDue, now)}。也可以换一个专题或难度继续练习。`
        : '这个专题和难度下没有要练习的题目了，可以换一个专题或难度继续。');
      if (focus) this.$('#done-title').focus();
      return;
    }
    const { question, kind } = this.item;
    card.dataset.question = question.id;
    this.text('[data-kind]', KIND[kind]);
    this.text('[data-topic]', this.topics.get(question.topic) ?? question.topic);
    const badge = this.$('[data-difficulty]');
    badge.className = `badge badge-${TONE[question.difficulty] ?? 'basic'}`;
    const label = document.createElement('span');
    label.className = 'sr-only';
    label.textContent = '难度：';
    badge.replaceChildren(label, question.difficulty);
    this.text('[data-title]', question.title);
    this.text('[data-tldr-text]', question.summary);
    this.$('[data-tldr]').hidden = true;
    this.$('[data-answer]').hidden = true;
    this.$('[data-answer]').replaceChildren();
    this.$('[data-grades]').hidden = true;
    this.$('[data-reveal]').hidden = false;
    this.text('[data-reveal-label]', '显示一句话回答');
    this.text('[data-step]', `，${STEP[0]}`);
    if (focus) this.$('#card-title').focus();
  }

  /** The next reveal step; false when everything is shown already. */
  reveal(): boolean {
    const item = this.item;
    if (!item || this.step >= 2) return false;
    this.step++;
    this.text('[data-step]', `，${STEP[this.step]}`);
    if (this.step === 1) {
      this.$('[data-tldr]').hidden = false;
      this.$('[data-grades]').hidden = false;
      this.text('[data-reveal-label]', '显示完整答案');
      announce(`一句话回答：${item.question.summary}`);
      prefetchAnswer(item.question.id).catch(() => { /* reported when the full answer is asked for */ });
      this.showIntervals(item);
      return true;
    }
    const button = this.$('[data-reveal]');
    const hadFocus = document.activeElement === button;
    button.hidden = true;
    const answer = this.$('[data-answer]');
    answer.hidden = false;
    answer.textContent = '正在加载完整答案…';
    answerNodes(item.question.id).then(
      (nodes) => { if (this.item === item) answer.replaceChildren(...nodes, this.readMore(item, '在专题页中阅读这道题')); },
      () => { if (this.item === item) answer.replaceChildren('完整答案没能加载（网络出错）。', this.readMore(item, '到专题页阅读')); },
    );
    announce('已显示完整答案');
    if (hadFocus) answer.focus();
    return true;
  }

  private readMore(item: QueueItem, text: string): HTMLElement {
    const p = document.createElement('p');
    const a = document.createElement('a');
    a.href = sitePath(`/${item.question.topic}/#${item.question.id}`);
    a.textContent = text;
    p.append(a);
    return p;
  }

  /** Puts on each rating button when it would bring the question back. */
  private showIntervals(item: QueueItem) {
    const now = new Date();
    const due = previewDue(this.store.read().cards[item.question.id], now);
    this.root.querySelectorAll<HTMLElement>('[data-grade]').forEach((button) => {
      button.querySelector('[data-interval]')!.textContent = formatInterval(due[Number(button.dataset.grade) as Grade], now);
    });
  }

  /** Rates the question shown; false when there is nothing to rate yet (the answer is still hidden). */
  rate(grade: Grade): boolean {
    const item = this.item;
    if (!item || this.step === 0) return false;
    const now = new Date();
    const { card, saved } = recordRating(this.store, item.question.id, item.question.title, grade, now);
    this.lastRated = item.question.id;
    this.show(true);
    const next = this.item as QueueItem | undefined;
    const after = next ? `下一题：${KIND[next.kind]}，${this.topics.get(next.question.topic)}，${next.question.difficulty}。` : '这一组题目已经练完了。';
    announce(`${ratingNote(grade, card, saved, now)}。${after}`);
    this.changed();
    return true;
  }
}
