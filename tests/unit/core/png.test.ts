// Screenshots made smaller with a palette: the picture keeps its size, its most used colours exactly
// and every other pixel within a few levels; a picture that gains nothing is returned as it was.
import { crc32, deflateSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { decodePng, smallerPng } from '../../../src/core/png.ts';

const chunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/**
 * A PNG as Chromium writes one, RGBA, or RGB without its alpha (as Chromium writes an opaque
 * screenshot), each line with the given filter (1 sub, 2 up: the decoder must undo them).
 */
function rgbaPng(width: number, height: number, pixel: (x: number, y: number) => [number, number, number, number], filter = 0, channels: 3 | 4 = 4): Buffer {
  const stride = width * channels;
  const raw = Buffer.alloc((stride + 1) * height);
  const plain = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) plain.set(pixel(x, y).slice(0, channels), y * stride + x * channels);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = filter;
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? plain[y * stride + i - channels]! : 0;
      const up = y > 0 ? plain[(y - 1) * stride + i]! : 0;
      raw[y * (stride + 1) + 1 + i] = (plain[y * stride + i]! - (filter === 1 ? left : filter === 2 ? up : 0)) & 0xff;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, channels === 4 ? 6 : 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** Green ground, a white square, and a soft edge of 40 shades between them; the corner see-through. */
const card = (x: number, y: number): [number, number, number, number] => {
  if (x < 4 && y < 4) return [0, 0, 0, 0];
  if (x >= 40 && x < 80 && y >= 20 && y < 60) return [255, 255, 255, 255];
  if (y === 10 && x < 40) return [15 + x * 6, 81 + x * 4, 50 + x * 5, 255]; // the edge's shades, one pixel each
  return [15, 81, 50, 255];
};

test.each([0, 1, 2])('a picture read back from lines with filter %i is the picture written', (filter) => {
  const { width, height, rgba } = decodePng(rgbaPng(100, 80, card, filter));
  expect({ width, height }).toEqual({ width: 100, height: 80 });
  expect([...rgba.subarray(0, 4)]).toEqual([0, 0, 0, 0]);
  expect([...rgba.subarray((30 * 100 + 50) * 4, (30 * 100 + 50) * 4 + 4)]).toEqual([255, 255, 255, 255]);
  expect([...rgba.subarray((10 * 100 + 5) * 4, (10 * 100 + 5) * 4 + 4)]).toEqual([45, 101, 75, 255]);
});

test('an RGB picture (no alpha) reads back opaque', () => {
  const { rgba } = decodePng(rgbaPng(100, 80, card, 1, 3));
  expect([...rgba.subarray(0, 4)]).toEqual([0, 0, 0, 255]);
  expect([...rgba.subarray((10 * 100 + 5) * 4, (10 * 100 + 5) * 4 + 4)]).toEqual([45, 101, 75, 255]);
  expect(decodePng(smallerPng(rgbaPng(100, 80, card, 2, 3), 256)).rgba.equals(rgba)).toBe(true);
});

test('a palette keeps the size and the most used colours exactly, gives every other pixel the nearest it has, and is smaller', () => {
  const png = rgbaPng(100, 80, card, 1);
  const small = smallerPng(png, 16);
  expect(small.length).toBeLessThan(png.length);
  expect(small[25], 'colour type 3: a palette').toBe(3);
  const before = decodePng(png).rgba;
  const after = decodePng(small).rgba;
  expect(after.length).toBe(before.length);
  const pixel = (rgba: Buffer, i: number) => [...rgba.subarray(i * 4, i * 4 + 4)];
  const distance = (a: number[], b: number[]) => a.reduce((sum, v, i) => sum + (v - b[i]!) ** 2, 0);
  const palette = [...new Set(Array.from({ length: 8000 }, (_, i) => pixel(after, i).join()))].map((c) => c.split(',').map(Number));
  expect(palette).toHaveLength(16);
  for (let i = 0; i < 8000; i++) {
    expect(distance(pixel(before, i), pixel(after, i)), `pixel ${i}`).toBe(Math.min(...palette.map((p) => distance(pixel(before, i), p))));
  }
  for (const at of [0, 30 * 100 + 50, 70 * 100 + 90]) expect(pixel(after, at)).toEqual(pixel(before, at)); // see-through, white, green
});

test('a palette of all the colours loses nothing', () => {
  const png = rgbaPng(100, 80, card);
  expect(decodePng(smallerPng(png, 256)).rgba.equals(decodePng(png).rgba)).toBe(true);
});

test('a palette must hold 2 to 256 colours', () => {
  expect(() => smallerPng(rgbaPng(2, 2, card), 257)).toThrow(RangeError);
  expect(() => smallerPng(rgbaPng(2, 2, card), 1)).toThrow(RangeError);
});
