import crypto from 'node:crypto';

/**
 * A row id made before the row is written (cuid-like: "c" and 24 base-36
 * characters), so its encrypted fields can be bound to it (aes.ts).
 */
export function newRecordId(): string {
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
  let id = 'c';
  for (let i = 0; i < 24; i++) id += alphabet[crypto.randomInt(alphabet.length)];
  return id;
}
