/** Calendar days in the reader's own time zone, and how due dates read in Chinese. */

const DAY_MS = 86_400_000;

export function startOfDay(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

/** The same wall-clock time `n` calendar days later (a day is not always 24 hours). */
export function addDays(d: Date, n: number): Date {
  const r = new Date(d);
  r.setDate(r.getDate() + n);
  return r;
}

/** Midnight at the end of `now`'s day: anything due before it is due today. */
export function endOfDay(now: Date): Date {
  return addDays(startOfDay(now), 1);
}

/** Calendar days from `from`'s day to `to`'s day (0 today, 1 tomorrow, −1 yesterday). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((startOfDay(to).getTime() - startOfDay(from).getTime()) / DAY_MS);
}

/** `2025-05-01`, in local time: a key for grouping by day. */
export function dayKey(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function monthDay(d: Date): string {
  return `${d.getMonth() + 1}月${d.getDate()}日`;
}

const hhmm = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

/** When a question is next due, as a reader would say it: “10 分钟后”, “今天 18:30”, “明天”, “5月3日（12 天后）”. */
export function formatDue(due: Date, now: Date): string {
  const ms = due.getTime() - now.getTime();
  if (ms <= 0) return '现在';
  if (ms < 3_600_000) return `${Math.max(1, Math.round(ms / 60_000))} 分钟后`;
  const days = daysBetween(now, due);
  if (days === 0) return `今天 ${hhmm(due)}`;
  if (days === 1) return '明天';
  const date = due.getFullYear() === now.getFullYear() ? monthDay(due) : `${due.getFullYear()}年${monthDay(due)}`;
  return `${date}（${days} 天后）`;
}

/** A scheduling interval, short enough for a button: “1 分钟”, “10 分钟”, “3 天”, “1.5 个月”, “2 年”. */
export function formatInterval(due: Date, now: Date): string {
  const minutes = Math.max(1, Math.round((due.getTime() - now.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} 分钟`;
  if (minutes < 1440) return `${Math.round(minutes / 60)} 小时`;
  const days = Math.max(1, daysBetween(now, due));
  if (days < 31) return `${days} 天`;
  if (days < 365) return `${Number((days / 30).toFixed(1))} 个月`;
  return `${Number((days / 365).toFixed(1))} 年`;
}
