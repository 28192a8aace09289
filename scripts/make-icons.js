// Draws the app's home-screen icons as PNG files (static/icons/), with no drawing package and
// nothing fetched: `node scripts/make-icons.js`. The SVG icons beside them are drawn by hand
// to match. Two designs: Heard's speech bubble, and the plain notebook that a young person can
// choose so the icon does not say what the app is (docs/adr/0032-installable-offline-app.md).
// Every shape sits inside the middle 60%, so launchers that cut icons to a circle keep it all.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

/** A shape is a test of one point, in a 0–100 square. */
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
	const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
	const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
	return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const triangle = (a, b, c) => (x, y) => {
	const side = (p, q) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
	const s = [side(a, b), side(b, c), side(c, a)];
	return s.every((v) => v >= 0) || s.every((v) => v <= 0);
};

const DESIGNS = {
	heard: [
		[() => true, [0x1d, 0x4f, 0x91]],
		[roundRect(24, 30, 76, 62, 8), [255, 255, 255]],
		[triangle([36, 60], [50, 60], [36, 72]), [255, 255, 255]]
	],
	notes: [
		[() => true, [0xe9, 0xe6, 0xdf]],
		[roundRect(30, 22, 72, 78, 4), [0x6b, 0x6b, 0x6b]],
		[roundRect(35, 25, 69, 75, 2), [255, 255, 255]],
		...[36, 46, 56, 66].map((y) => [roundRect(42, y, 64, y + 2, 1), [0xb8, 0xb8, 0xb8]]),
		...[30, 40, 50, 60, 70].map((y) => [circle(31, y, 2.5), [0x44, 0x44, 0x44]])
	]
};

function draw(layers, size) {
	const SAMPLES = 4;
	const rows = [];
	for (let py = 0; py < size; py += 1) {
		const row = Buffer.alloc(1 + size * 3);
		for (let px = 0; px < size; px += 1) {
			const sum = [0, 0, 0];
			for (let sy = 0; sy < SAMPLES; sy += 1)
				for (let sx = 0; sx < SAMPLES; sx += 1) {
					const x = ((px + (sx + 0.5) / SAMPLES) / size) * 100;
					const y = ((py + (sy + 0.5) / SAMPLES) / size) * 100;
					const colour = layers.findLast(([inside]) => inside(x, y))[1];
					for (let i = 0; i < 3; i += 1) sum[i] += colour[i];
				}
			for (let i = 0; i < 3; i += 1) row[1 + px * 3 + i] = Math.round(sum[i] / (SAMPLES * SAMPLES));
		}
		rows.push(row);
	}
	return png(size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});
function crc32(bytes) {
	let c = 0xffffffff;
	for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}
function png(size, pixels) {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(pixels, { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

for (const [name, layers] of Object.entries(DESIGNS))
	for (const size of [192, 512])
		writeFileSync(`static/icons/${name}-${size}.png`, draw(layers, size));
