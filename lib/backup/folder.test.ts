import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeBackupFolder } from './folder.ts';

describe('the folder a backup goes into', () => {
  it('is made with every missing level', () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-folder-'));
    const dir = path.join(base, 'a', 'b', 'c');
    makeBackupFolder(dir);
    expect(fs.statSync(dir).isDirectory()).toBe(true);
    makeBackupFolder(dir);
    fs.rmSync(base, { recursive: true });
  });

  it('is refused with a message naming it when it cannot be made, at once rather than never', () => {
    expect(() => makeBackupFolder('/proc/no-such-place/backups')).toThrow(/Cannot write backups into \/proc\/no-such-place\/backups/);
  });

  it('is refused when a file stands in its place', () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-folder-'));
    const file = path.join(base, 'taken');
    fs.writeFileSync(file, '');
    expect(() => makeBackupFolder(path.join(file, 'backups'))).toThrow(/Cannot write backups into/);
    fs.rmSync(base, { recursive: true });
  });
});
