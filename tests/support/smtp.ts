// A real SMTP server on this machine for the mail tests (no mocked
// transport): it accepts anything and keeps each message, parsed.
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type LocalSmtp = { received: ParsedMail[]; close(): Promise<void> };

/** `closeTimeoutMs`: how long close() lets open sessions finish before it cuts them (smtp-server's default is 30 s). */
export async function startLocalSmtp(port: number, received: ParsedMail[] = [], opts: { closeTimeoutMs?: number } = {}): Promise<LocalSmtp> {
  const server = new SMTPServer({
    ...(opts.closeTimeoutMs === undefined ? {} : { closeTimeout: opts.closeTimeoutMs }),
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, done) {
      simpleParser(stream).then((m) => {
        received.push(m);
        done();
      }, done);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
