/**
 * Draws the reviews-per-day bars and the mastered-over-time line as SVG, in currentColor (practice.css
 * sets it to the accent colour) through presentation attributes: the CSP allows no style attributes.
 * The SVG is hidden from screen readers: the note under each chart says in words what it shows.
 */
import { bars, frame, niceMax, steps } from '../charts.ts';
import { monthDay } from '../dates.ts';
import type { Day } from '../progress.ts';

const SVG = 'http://www.w3.org/2000/svg';
const GRID = { stroke: 'currentColor', 'stroke-opacity': 0.35 };
const LABEL = { fill: 'currentColor', 'font-size': 11 };

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The axis: grid lines at zero and at the top value, their labels, and the first and last dates. */
function axis(max: number, days: readonly Day[]): SVGElement[] {
  const f = frame();
  return [
    el('line', { ...GRID, x1: f.left, x2: f.right, y1: f.top, y2: f.top }),
    el('line', { ...GRID, x1: f.left, x2: f.right, y1: f.bottom, y2: f.bottom }),
    el('text', { ...LABEL, x: f.labelX, y: f.top + 4, 'text-anchor': 'end' }, String(max)),
    el('text', { ...LABEL, x: f.labelX, y: f.bottom + 4, 'text-anchor': 'end' }, '0'),
    el('text', { ...LABEL, x: f.left, y: f.dateY }, monthDay(days[0]!.date)),
    el('text', { ...LABEL, x: f.right, y: f.dateY, 'text-anchor': 'end' }, '今天'),
  ];
}

export function drawCharts(root: HTMLElement, days: readonly Day[]) {
  const reviews = days.map((d) => d.reviews);
  const mastered = days.map((d) => d.mastered);
  const reviewMax = niceMax(Math.max(...reviews));
  const masteredMax = niceMax(Math.max(...mastered));

  const barChart = root.querySelector<SVGSVGElement>('[data-chart="reviews"]')!;
  barChart.replaceChildren(...axis(reviewMax, days), ...bars(reviews, reviewMax).filter((b) => b.height > 0).map((b) => el('rect', { fill: 'currentColor', ...b })));
  const lineChart = root.querySelector<SVGSVGElement>('[data-chart="mastered"]')!;
  const { line, area } = steps(mastered, masteredMax);
  lineChart.replaceChildren(...axis(masteredMax, days), el('path', { fill: 'currentColor', 'fill-opacity': 0.2, d: area }), el('path', { fill: 'none', stroke: 'currentColor', 'stroke-width': 2, d: line }));

  const total = reviews.reduce((a, b) => a + b, 0);
  const busiest = days.reduce((a, b) => (b.reviews > a.reviews ? b : a));
  root.querySelector('[data-chart-note="reviews"]')!.textContent = total
    ? `最近 ${days.length} 天共评分 ${total} 次，最多的一天是${monthDay(busiest.date)}（${busiest.reviews} 次），今天 ${reviews.at(-1)} 次。`
    : `最近 ${days.length} 天还没有评分。`;
  root.querySelector('[data-chart-note="mastered"]')!.textContent = `现在已掌握 ${mastered.at(-1)} 题，${days.length} 天前是 ${mastered[0]} 题。`;
}
