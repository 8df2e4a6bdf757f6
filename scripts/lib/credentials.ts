// Development staff passwords are made at seed time and kept beside the
// embedded data (readable only by its owner), so `npm start` can print them.
import fs from 'node:fs';
import path from 'node:path';
import type { StaffCredentials } from '../../prisma/seed/index.ts';
import { dataDir } from './database.ts';

export const credentialsFile = () => path.join(dataDir, 'dev-staff.json');
const file = credentialsFile;

export function saveCredentials(creds: StaffCredentials) {
  fs.mkdirSync(path.dirname(file()), { recursive: true });
  fs.writeFileSync(file(), JSON.stringify(creds, null, 2), { mode: 0o600 });
}

export function loadCredentials(): StaffCredentials | null {
  try {
    return JSON.parse(fs.readFileSync(file(), 'utf8')) as StaffCredentials;
  } catch {
    return null;
  }
}

export function printCredentials(log: (s: string) => void = console.log) {
  const creds = loadCredentials();
  if (!creds) return;
  log('Staff sign-in for development (change these before real use):');
  for (const c of creds) log(`  ${c.role.toLowerCase().padEnd(6)} ${c.email}  password: ${c.password}`);
}
