/**
 * A real SMTP server for tests (the `smtp-server` package) on 127.0.0.1 and a free port: the app sends
 * through nodemailer to it as it would to a gemeente's mail server, and the test reads what arrived. No
 * TLS (STARTTLS is switched off), no login needed. Addresses given to `refuse` are turned away at RCPT
 * with 550, as a mail server does with an unknown mailbox.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { MailSettings } from '../../src/services/index.ts';

export interface ReceivedMail {
  /** The envelope: who the server was told it is from and for. */
  envelopeFrom: string;
  envelopeTo: string[];
  /** Headers by lower-case name (the last one wins), encoded words decoded. */
  headers: Record<string, string>;
  subject: string;
  /** The plain-text body, transfer encoding undone. */
  text: string;
}

export interface TestSmtpServer {
  /** smtp://127.0.0.1:<port> */
  url: string;
  /** Mail settings for buildApp with this server and a From address. */
  settings(from?: string): MailSettings;
  /** Every mail accepted so far, oldest first. */
  received: ReceivedMail[];
  /** Turns mail for this address away (550 at RCPT TO). */
  refuse(address: string): void;
  /** Stops listening; the port is then closed, as an unreachable mail server's is. */
  close(): Promise<void>;
}

export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const refused = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // Closing waits this long at most for a client still connected.
    closeTimeout: 1_000,
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address.toLowerCase())) {
        const error = new Error('Mailbox unavailable') as Error & { responseCode: number };
        error.responseCode = 550;
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push(
          parseMail(
            Buffer.concat(chunks).toString('utf8'),
            session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            session.envelope.rcptTo.map((to) => to.address),
          ),
        );
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const url = `smtp://127.0.0.1:${port}`;
  let open = true;
  return {
    url,
    settings: (from = 'Krachtenveld <krachtenveld@gemeente.example>') => ({ url, from }),
    received,
    refuse: (address) => refused.add(address.toLowerCase()),
    close: () =>
      open
        ? new Promise<void>((resolve) => {
            open = false;
            server.close(() => resolve());
          })
        : Promise.resolve(),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Just enough MIME to read what nodemailer writes for a plain-text mail.

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const unfolded = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < unfolded.length; i += 1) {
    const hex = unfolded.slice(i + 1, i + 3);
    if (unfolded[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(unfolded[i] as string, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`), with the space between two of them dropped. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset: string, encoding: string, data: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
}

function parseMail(raw: string, envelopeFrom: string, envelopeTo: string[]): ReceivedMail {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const bodyRaw = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers: Record<string, string> = {};
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers[line.slice(0, colon).trim().toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const text =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(bodyRaw)
      : encoding === 'base64'
        ? Buffer.from(bodyRaw.replace(/\s+/g, ''), 'base64').toString('utf8')
        : bodyRaw;
  return {
    envelopeFrom,
    envelopeTo,
    headers,
    subject: headers.subject ?? '',
    text: text.replace(/\r\n/g, '\n').replace(/\n$/, ''),
  };
}
