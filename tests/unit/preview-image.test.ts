// The preview images' font and renderer: Chinese must come out as real glyphs, never empty boxes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { missingCharacters, textWidth } from '../../src/social/font-metrics.ts';
import { previewFonts } from '../../src/social/fonts.ts';
import { previewSvg, renderPng } from '../../src/social/preview-image.ts';
import { icoFile, iconPng } from '../../src/social/icons.ts';

test('the bundled font has every character of the site\'s titles and measures Chinese one em wide', () => {
  const { regular, bold } = previewFonts();
  assert.deepEqual(missingCharacters(bold, 'Kubernetes 面试手册：调度、亲和性（Affinity）与资源 1.36'), []);
  assert.equal(textWidth(regular, '面试手册', 40), 160);
  assert.ok(textWidth(regular, 'iiii', 40) < textWidth(regular, 'MMMM', 40));
  assert.deepEqual(missingCharacters(regular, 'a😀b\u{E000}'), ['😀', '\u{E000}']);
});

test('a title the font cannot draw stops the build, naming the page and the characters', () => {
  assert.throws(() => previewSvg({ title: '探针😀', description: '', footer: '', host: 'example.org' }, 'og/topics/pod.png'),
    /og\/topics\/pod\.png: the preview image font \(Noto Sans SC\) has no glyph for "😀" \(U\+1F600\)/);
});

/** A PNG of one character, drawn alone. */
function glyph(ch: string): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><text x="4" y="52" font-family="Noto Sans SC" font-size="56">${ch}</text></svg>`;
  return Buffer.from(renderPng(svg));
}

test('Chinese is drawn with real glyphs: each character differs from the others and from the empty box', () => {
  const empty = glyph('\u{E000}');
  const jian = glyph('健');
  const kang = glyph('康');
  assert.ok(!jian.equals(empty) && !kang.equals(empty) && !jian.equals(kang));
});

test('an .ico file lists its PNG images with their sizes and offsets', () => {
  const images = [16, 32].map((size) => ({ size, png: iconPng(size) }));
  const ico = Buffer.from(icoFile(images));
  assert.deepEqual([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)], [0, 1, 2]);
  let offset = 6 + 2 * 16;
  images.forEach(({ size, png }, i) => {
    const at = 6 + i * 16;
    assert.equal(ico.readUInt8(at), size);
    assert.equal(ico.readUInt32LE(at + 8), png.length);
    assert.equal(ico.readUInt32LE(at + 12), offset);
    assert.ok(ico.subarray(offset, offset + png.length).equals(Buffer.from(png)));
    offset += png.length;
  });
  assert.throws(() => icoFile([{ size: 300, png: new Uint8Array(1) }]), /300 px cannot go in an \.ico file/);
});
