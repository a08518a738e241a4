/** Export, import and reset of the practice record. A failed import says why and changes nothing. */
import type { PracticeStore } from '../store.ts';
import { readDoc, writeDoc } from '../schema.ts';
import { mergeDocs, relinkRenamed } from '../merge.ts';
import { dayKey } from '../dates.ts';
import type { PracticeData } from '../data.ts';

/** Far beyond any real record (years of daily practice is well under 5 MB); bigger is not one. */
const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export function initRecordPanel(root: HTMLElement, store: PracticeStore, data: PracticeData, changed: () => void) {
  const $ = <T extends HTMLElement>(s: string) => root.querySelector<T>(s)!;
  const status = $('[data-record-status]');
  const say = (message: string) => { status.textContent = message; };
  const unsaved = (saved: boolean) => (saved ? '' : `（未能保存到浏览器：${store.problem?.message ?? ''}）`);

  $('[data-export]').addEventListener('click', () => {
    const doc = store.read();
    const blob = new Blob([writeDoc(doc, { exportedAt: new Date().toISOString() }, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `kube-handbook-practice-${dayKey(new Date())}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    say(`已导出 ${Object.keys(doc.cards).length} 道题的记录和 ${doc.reviews.length} 次评分。`);
  });

  const file = $<HTMLInputElement>('[data-import-file]');
  $('[data-import]').addEventListener('click', () => {
    file.value = '';
    file.click();
  });
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    const refuse = (why: string) => say(`没有导入“${chosen.name}”：${why}练习记录没有改动。`);
    if (chosen.size > MAX_IMPORT_BYTES) return refuse(`文件有 ${(chosen.size / 1024 / 1024).toFixed(1)} MB，不像是练习记录。`);
    const result = readDoc(await chosen.text());
    if (!result.ok) return refuse(result.message);
    const merged = mergeDocs(store.read(), result.doc);
    const saved = store.write(relinkRenamed(merged.doc, data.questions).doc);
    say(merged.added + merged.updated + merged.reviewsAdded
      ? `已导入“${chosen.name}”：新增 ${merged.added} 道题的记录，更新 ${merged.updated} 道，增加 ${merged.reviewsAdded} 次评分。${unsaved(saved)}`
      : `“${chosen.name}”里的记录这里都已经有了，没有变化。`);
    changed();
  });

  const dialog = $<HTMLDialogElement>('[data-confirm]');
  $('[data-reset]').addEventListener('click', () => {
    const doc = store.read();
    $('[data-confirm-text]').textContent = `这会删除这个浏览器里 ${Object.keys(doc.cards).length} 道题的记录和 ${doc.reviews.length} 次评分，无法撤销。需要保留的话，请先导出。`;
    dialog.showModal();
  });
  $('[data-confirm-cancel]').addEventListener('click', () => dialog.close());
  $('[data-confirm-reset]').addEventListener('click', () => {
    const saved = store.clear();
    dialog.close();
    say(`已清除全部练习记录。${unsaved(saved)}`);
    changed();
  });
}
