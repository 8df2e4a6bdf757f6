// Regenerates lib/staff/common-passwords.txt from the ranked common-password
// dictionary bundled in @zxcvbn-ts/language-common (MIT, compiled from
// public breach corpora). Run: npx tsx scripts/generate-common-passwords.ts
import fs from 'node:fs';
import path from 'node:path';
import { dictionary } from '@zxcvbn-ts/language-common';

const TOP = 10_000;
const ranked = dictionary['passwords-common'].map((p) => p.toLowerCase());
// The most common ones, plus every listed password long enough to pass the
// 12-character minimum on its own (those are the ones length cannot stop).
const chosen = new Set([...ranked.slice(0, TOP), ...ranked.filter((p) => p.length >= 12)]);
const out = path.join(import.meta.dirname, '../lib/staff/common-passwords.txt');
fs.writeFileSync(out, [...chosen].join('\n') + '\n');
console.log(`Wrote ${chosen.size} passwords to ${path.relative(process.cwd(), out)}`);
