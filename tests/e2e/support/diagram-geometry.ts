/**
 * Runs in the page: measures every label of every diagram as the browser drew it, with the fonts
 * it actually has, and reports labels that stick out of their shape, overlap another label, or
 * fall outside the drawing. Sizes are in the SVG's own units, so the scale a phone draws it at
 * does not matter; a tolerance of half a unit absorbs anti-aliasing.
 */
export interface LabelProblem {
  figure: string;
  label: string;
  problem: string;
}

export function diagramLabelProblems(): LabelProblem[] {
  const TOLERANCE = 0.5;
  const problems: LabelProblem[] = [];
  type Box = { x: number; y: number; width: number; height: number };
  const overlap = (a: Box, b: Box) =>
    Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > TOLERANCE &&
    Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > TOLERANCE;
  const shapes = 'rect, polygon, circle, ellipse, path';

  for (const svg of document.querySelectorAll<SVGSVGElement>('figure.diagram svg')) {
    const figure = svg.closest('figure')?.querySelector('figcaption')?.textContent ?? '(no caption)';
    const view = svg.viewBox.baseVal;
    const texts = [...svg.querySelectorAll<SVGTextElement>('text')];
    const boxes = texts.map((t) => t.getBBox());
    const boxed = [...svg.querySelectorAll<SVGGElement>('g.node, g.actor, g.note, g.edge-label')].flatMap((group) =>
      [...group.children].filter((el): el is SVGGeometryElement => el.matches(shapes))
        .map((el) => ({ group, box: el.getBBox(), label: group.querySelector('text')?.textContent ?? '' })));
    texts.forEach((text, i) => {
      const label = text.textContent ?? '';
      const box = boxes[i]!;
      if (box.x < view.x - TOLERANCE || box.y < view.y - TOLERANCE || box.x + box.width > view.x + view.width + TOLERANCE || box.y + box.height > view.y + view.height + TOLERANCE) {
        problems.push({ figure, label, problem: 'falls outside the drawing' });
      }
      // The label's own shape: the smallest sibling shape under the label's centre.
      const centre = new DOMPoint(box.x + box.width / 2, box.y + box.height / 2);
      const own = [...(text.parentElement?.children ?? [])]
        .filter((el): el is SVGGeometryElement => el !== text && el.matches(shapes))
        .filter((el) => el.isPointInFill(centre))
        .sort((a, b) => area(a.getBBox()) - area(b.getBBox()))[0];
      if (own) {
        const inset = TOLERANCE;
        const corners = [
          [box.x + inset, box.y + inset], [box.x + box.width - inset, box.y + inset],
          [box.x + inset, box.y + box.height - inset], [box.x + box.width - inset, box.y + box.height - inset],
        ];
        if (corners.some(([x, y]) => !own.isPointInFill(new DOMPoint(x!, y!)))) {
          problems.push({ figure, label, problem: `overflows its ${own.tagName} by ${overflowBy(box, own.getBBox()).toFixed(1)} units` });
        }
      }
      // Nor may it cover a box that holds another label (a node, an actor, a note, an edge label).
      for (const other of boxed) {
        if (other.group !== text.parentNode && overlap(box, other.box)) problems.push({ figure, label, problem: `covers the box of "${other.label}"` });
      }
      for (let j = i + 1; j < texts.length; j++) {
        if (overlap(box, boxes[j]!)) problems.push({ figure, label, problem: `overlaps the label "${texts[j]!.textContent}"` });
      }
    });
  }
  return problems;

  function area(b: Box) { return b.width * b.height; }
  function overflowBy(inner: Box, outer: Box) {
    return Math.max(outer.x - inner.x, inner.x + inner.width - (outer.x + outer.width), outer.y - inner.y, inner.y + inner.height - (outer.y + outer.height), 0);
  }
}
