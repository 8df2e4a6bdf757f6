// Renders every raster icon in public/ from public/favicon.svg, so the one
// drawing stays the only source. The outputs are committed and the app never
// needs a browser at run time. After editing the SVG, re-run:
//   npx tsx scripts/icons/build.ts
// It uses the system Chromium (/usr/bin/chromium) when present, Playwright's
// own otherwise (`npx playwright install chromium`).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '../..');
const pub = path.join(root, 'public');
const svg = fs.readFileSync(path.join(pub, 'favicon.svg'));
// The drawing's tile colour (brand-800). Icons that must be opaque fill their
// whole square with it, so the tile's rounded corners vanish into it.
const tile = /<rect[^>]*fill="(#[0-9a-f]{6})"/i.exec(svg.toString('utf8'))?.[1];
if (!tile) throw new Error('favicon.svg: no tile <rect fill="#rrggbb">');

type Icon = { size: number; opaque?: boolean; scale?: number };

// iOS rounds and masks the apple icon itself and shows transparency as
// black; maskable icons are cropped to as little as a centred circle of 80%,
// so their drawing is shrunk to 75% to keep both figures inside it.
const PNGS: Record<string, Icon> = {
  'apple-touch-icon.png': { size: 180, opaque: true },
  'icon-192.png': { size: 192 },
  'icon-512.png': { size: 512 },
  'icon-maskable-512.png': { size: 512, opaque: true, scale: 0.75 },
};
const ICO_SIZES = [16, 32, 48];

/** An ICO file holding PNG images (read by every browser since IE 11). */
function ico(pngs: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(size % 256, e); // 0 means 256
    header.writeUInt8(size % 256, e + 1);
    header.writeUInt16LE(1, e + 4); // colour planes
    header.writeUInt16LE(32, e + 6); // bits per pixel
    header.writeUInt32LE(data.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.data)]);
}

const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
const browser = await chromium.launch({
  executablePath: systemChromium,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
  const render = async ({ size, opaque = false, scale = 1 }: Icon) => {
    const inner = Math.round(size * scale);
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<body style="margin:0;background:${opaque ? tile : 'transparent'}">` +
        `<img src="${src}" width="${inner}" height="${inner}" style="display:block;margin:${(size - inner) / 2}px">`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    return page.screenshot({ type: 'png', omitBackground: !opaque });
  };
  for (const [name, icon] of Object.entries(PNGS)) fs.writeFileSync(path.join(pub, name), await render(icon));
  const small = [];
  for (const size of ICO_SIZES) small.push({ size, data: await render({ size }) });
  fs.writeFileSync(path.join(pub, 'favicon.ico'), ico(small));
  console.log(`Wrote ${[...Object.keys(PNGS), 'favicon.ico'].join(', ')} to public/`);
} finally {
  await browser.close();
}
