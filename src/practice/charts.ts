/** Geometry of the two small progress charts on /practice/, kept pure so the scaling is unit-tested. */

export interface Box { width: number; height: number; left: number; right: number; top: number; bottom: number }

export const CHART_BOX: Box = { width: 320, height: 120, left: 28, right: 6, top: 10, bottom: 20 };

/** The smallest “round” number at or above `n` (1, 2, 5, 10, 20, 50 …), so the top of the axis reads well. */
export function niceMax(n: number): number {
  if (n <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  return ([1, 2, 5, 10].map((f) => f * power).find((v) => v >= n))!;
}

const plot = (box: Box) => ({ x: box.left, y: box.top, w: box.width - box.left - box.right, h: box.height - box.top - box.bottom });

/** One bar per value, scaled so `max` reaches the top; a zero gets no height. */
export function bars(values: readonly number[], max: number, box = CHART_BOX): { x: number; y: number; width: number; height: number }[] {
  const p = plot(box);
  const slot = p.w / values.length;
  return values.map((v, i) => {
    const height = (v / max) * p.h;
    return { x: round(p.x + i * slot + slot * 0.15), y: round(p.y + p.h - height), width: round(slot * 0.7), height: round(height) };
  });
}

/** A step line through the values (each day's level held across its slot), and the area under it. */
export function steps(values: readonly number[], max: number, box = CHART_BOX): { line: string; area: string } {
  const p = plot(box);
  const slot = p.w / values.length;
  const y = (v: number) => round(p.y + p.h - (v / max) * p.h);
  const points = values.flatMap((v, i) => [`${round(p.x + i * slot)},${y(v)}`, `${round(p.x + (i + 1) * slot)},${y(v)}`]);
  const line = `M${points.join('L')}`;
  const base = round(p.y + p.h);
  return { line, area: `${line}L${round(p.x + p.w)},${base}L${p.x},${base}Z` };
}

/** Where the axis labels and the two grid lines go. */
export function frame(box = CHART_BOX) {
  const p = plot(box);
  return { left: p.x, right: p.x + p.w, top: p.y, bottom: p.y + p.h, labelX: p.x - 4, dateY: box.height - 5 };
}

function round(n: number) {
  return Math.round(n * 10) / 10;
}
