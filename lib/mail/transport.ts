// One nodemailer SMTP transport per SMTP URL, with timeouts short enough
// that a dead server fails the attempt instead of hanging the worker.
import nodemailer, { type Transporter } from 'nodemailer';

const transports = new Map<string, Transporter>();

export function smtpTransport(url: string): Transporter {
  let t = transports.get(url);
  if (!t) {
    t = nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
    transports.set(url, t);
  }
  return t;
}

/** Closes every transport (tests, shutdown). */
export function closeTransports() {
  for (const t of transports.values()) t.close();
  transports.clear();
}
