// The 48×48 PNG a Kiwix library shows beside a file: an open book, white on the link colour, drawn
// pixel by pixel so that making a Kiwix file needs no browser or image tool.
import zlib from 'node:zlib';

const SIZE = 48;
const BACKGROUND = [0x1d, 0x4e, 0xd8]; // the stylesheet's link colour
const PAPER = [0xff, 0xff, 0xff];

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Whether pixel (x, y) is paper: two pages of an open book, with a gutter and a few lines of text. */
function isPaper(x: number, y: number): boolean {
  const page = y >= 12 && y < 36 && ((x >= 8 && x < 23) || (x >= 25 && x < 40));
  const line = (y - 16) % 5 === 0 && y >= 16 && y < 33 && ((x >= 11 && x < 20) || (x >= 28 && x < 37));
  return page && !line;
}

/** A rounded square, so the corners show the library's own background. */
const inSquare = (x: number, y: number) => {
  const r = 8;
  const cx = Math.min(Math.max(x, r), SIZE - 1 - r);
  const cy = Math.min(Math.max(y, r), SIZE - 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

export function illustrationPng(): Buffer {
  const rows: number[] = [];
  for (let y = 0; y < SIZE; y++) {
    rows.push(0); // no filter
    for (let x = 0; x < SIZE; x++) rows.push(...(isPaper(x, y) ? PAPER : BACKGROUND), inSquare(x, y) ? 255 : 0);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.from(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
