import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bars, niceMax, steps, CHART_BOX } from '../../src/practice/charts.ts';

const box = { width: 100, height: 60, left: 0, right: 0, top: 10, bottom: 10 };

test('the top of an axis is a round number at or above the largest value', () => {
  assert.deepEqual([0, 1, 2, 3, 7, 10, 11, 32, 208, 1001].map(niceMax), [1, 1, 2, 5, 10, 10, 20, 50, 500, 2000]);
});

test('bars share the width evenly and the largest reaches the top only when it is the axis top', () => {
  const [a, b, c, d] = bars([0, 5, 10, 2], 10, box);
  assert.deepEqual(a, { x: 3.8, y: 50, width: 17.5, height: 0 });
  assert.deepEqual(c, { x: 53.8, y: 10, width: 17.5, height: 40 });
  assert.equal(b!.height, 20);
  assert.equal(d!.x, 78.8);
  for (const bar of bars([3, 1, 4, 1, 5, 9, 2, 6], 10)) {
    assert.ok(bar.x >= CHART_BOX.left && bar.x + bar.width <= CHART_BOX.width - CHART_BOX.right, 'bars stay inside the plot');
  }
});

test('the mastered line holds each day\'s level across its slot, and its area closes on the baseline', () => {
  const { line, area } = steps([0, 2, 4], 4, box);
  assert.equal(line, 'M0,50L33.3,50L33.3,30L66.7,30L66.7,10L100,10');
  assert.equal(area, `${line}L100,50L0,50Z`);
});
