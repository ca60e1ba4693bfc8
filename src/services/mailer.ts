/**
 * Sending e-mail through the SMTP server the installation names (KRACHTENVELD_SMTP_URL). Nodemailer is
 * loaded on the first mail, not at start-up, so a server that never mails (and every command and test
 * file) starts without it. A sender says per message whether the mail server accepted it; it tells a
 * refusal of this one mail (its address, its content) from a server that cannot be reached, because after
 * the second no further mail of the batch is worth trying.
 */
import type { Transporter } from 'nodemailer';

export interface MailSettings {
  /** smtp://[user:password@]host[:port] or smtps://…; options of nodemailer may follow as query parameters. */
  url: string;
  /** The From address: `krachtenveld@gemeente.nl` or `Krachtenveld <krachtenveld@gemeente.nl>`. */
  from: string;
}

export interface MailMessage {
  to: string;
  subject: string;
  /** Plain text; no HTML is sent. */
  text: string;
}

/** The mail server refused this message (a 4xx or 5xx answer to its recipient or its content). */
export class MailRefusedError extends Error {
  override readonly name = 'MailRefusedError';
  constructor(readonly responseCode: number | undefined) {
    super(`mail refused${responseCode ? ` (${responseCode})` : ''}`);
  }
}

/** The mail server could not be reached, or broke off: no message of this batch can be sent now. */
export class MailUnreachableError extends Error {
  override readonly name = 'MailUnreachableError';
  constructor(readonly code: string | undefined) {
    super(`mail server unreachable${code ? ` (${code})` : ''}`);
  }
}

export interface MailSender {
  /** Resolves once the mail server accepted the message; MailRefusedError or MailUnreachableError otherwise. */
  send(message: MailMessage): Promise<void>;
  close(): void;
}

async function loadNodemailer(): Promise<typeof import('nodemailer')> {
  const module = await import('nodemailer');
  return (module as unknown as { default?: typeof import('nodemailer') }).default ?? module;
}

/** Nodemailer's codes for a refusal of one message; every other failure is the connection's. */
const REFUSALS = new Set(['EENVELOPE', 'EMESSAGE']);

/**
 * A sender over one SMTP connection at a time (reused for the whole batch), opened on the first message.
 * Timeouts are short enough that an unreachable server is reported within a quarter of a minute, and a
 * message whose connection broke is never sent again by the pool (it could arrive twice).
 */
export function openSmtpSender(settings: MailSettings): MailSender {
  let transport: Promise<Transporter> | undefined;
  const open = () => {
    transport ??= loadNodemailer().then((nodemailer) =>
      nodemailer.createTransport({
        url: settings.url,
        pool: true,
        maxConnections: 1,
        maxRequeues: 0,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
        // Plain text from a template: nothing in a message may make nodemailer read a file or fetch a URL.
        disableFileAccess: true,
        disableUrlAccess: true,
      }),
    );
    return transport;
  };
  return {
    async send(message) {
      const transporter = await open();
      try {
        await transporter.sendMail({
          from: settings.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          // Out-of-office replies are not asked for (RFC 3834); a respondent can still answer.
          headers: { 'Auto-Submitted': 'auto-generated' },
        });
      } catch (error) {
        const { code, responseCode } = error as { code?: string; responseCode?: number };
        if (code !== undefined && REFUSALS.has(code)) throw new MailRefusedError(responseCode);
        throw new MailUnreachableError(code);
      }
    },
    close() {
      void transport?.then((transporter) => transporter.close()).catch(() => {});
    },
  };
}
