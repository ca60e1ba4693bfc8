/**
 * `krachtenveld user`: accounts from the command line, for whoever runs the server. `add --admin` on an
 * empty installation makes the first administrator (needed before listening on a network address);
 * `password` sets a new password for someone who forgot theirs. Passwords are read without echo from the
 * terminal, or from the first line of standard input, never from arguments (they would end up in the shell
 * history and the process list).
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { emailSchema, newAccountSchema } from '../../domain/index.ts';
import { loadConfig, openStore } from '../../server/index.ts';
import { CLI_AUTHOR, createAccount, resetPassword, setUpFirstAdministrator } from '../../services/index.ts';
import type { Command } from '../command.ts';

const USAGE = [
  'Usage: krachtenveld user add --email <e-mail> --name <name> [--admin]',
  '       krachtenveld user password --email <e-mail>',
  '       krachtenveld user list',
].join('\n');

/** Reads a password: hidden on a terminal, else the first line of standard input. */
async function readPassword(prompt: string): Promise<string> {
  const input = process.stdin;
  const lines = createInterface({
    input,
    output: input.isTTY ? process.stderr : undefined,
    terminal: input.isTTY,
  });
  if (input.isTTY) {
    process.stderr.write(prompt);
    // Echo nothing while the password is typed.
    (lines as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = () => {};
  }
  const [line] = await new Promise<string[]>((resolve) => {
    lines.once('line', (text) => resolve([text]));
    lines.once('close', () => resolve(['']));
  });
  lines.close();
  if (input.isTTY) process.stderr.write('\n');
  return line ?? '';
}

export const userCommand: Command = {
  name: 'user',
  usage: 'user add|password|list',
  summary: 'Add an account (the first administrator, too), reset a password, list accounts',
  help: [
    USAGE,
    '',
    'add        makes an account. With --admin on an installation without accounts, it becomes the first',
    '           administrator and owns the werkruimtes nobody owns yet (the demo).',
    "password   sets a new password; the account's sessions end.",
    'list       shows every account.',
    '',
    'The password is asked without echo, or read from the first line of standard input:',
    '  printf "%s\\n" "$PASSWORD" | krachtenveld user add --email a@example.org --name "A" --admin',
  ].join('\n'),
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        admin: { type: 'boolean', default: false },
      },
    });
    const action = positionals[0];
    if (!action || !['add', 'password', 'list'].includes(action) || positionals.length > 1) {
      console.error(USAGE);
      return 2;
    }
    const store = await openStore(loadConfig());
    try {
      if (action === 'list') {
        for (const user of await store.users.list()) {
          console.log(`${user.email}\t${user.displayName}${user.isAdmin ? '\tbeheerder' : ''}`);
        }
        return 0;
      }
      if (action === 'password') {
        const email = emailSchema.safeParse(values.email ?? '');
        const known = email.success ? await store.users.findForLogin(email.data) : null;
        if (!email.success || !known) {
          console.error(`No account with e-mail "${values.email ?? ''}".`);
          return 1;
        }
        const password = await readPassword('New password: ');
        const checked = newAccountSchema.shape.password.safeParse(password);
        if (!checked.success) {
          console.error('The password must be 12 to 128 characters long.');
          return 1;
        }
        const user = await resetPassword(store, CLI_AUTHOR, email.data, checked.data);
        if (!user) {
          console.error(`No account with e-mail "${values.email ?? ''}".`);
          return 1;
        }
        console.log(`Password of ${user.email} changed; its sessions have ended.`);
        return 0;
      }
      const password = await readPassword('Password: ');
      const input = { email: values.email ?? '', displayName: values.name ?? '', password };
      const parsed = newAccountSchema.safeParse(input);
      if (!parsed.success) {
        const fields = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
        if (fields.has('email')) console.error(`--email: "${input.email}" is not an e-mail address.`);
        if (fields.has('displayName')) console.error('--name: give a name of 1 to 100 characters.');
        if (fields.has('password')) console.error('The password must be 12 to 128 characters long.');
        return 1;
      }
      const firstAdmin = values.admin && (await store.users.countAll()) === 0;
      const user = firstAdmin
        ? await setUpFirstAdministrator(store, parsed.data, CLI_AUTHOR)
        : await store.transaction((tx) =>
            createAccount(tx, CLI_AUTHOR, { ...parsed.data, isAdmin: values.admin }),
          );
      console.log(`Account ${user.email} made${user.isAdmin ? ' (administrator)' : ''}.`);
      return 0;
    } catch (error) {
      if (error instanceof Error && 'reason' in error && error.reason === 'email_taken') {
        console.error(`There is already an account with e-mail "${values.email}".`);
        return 1;
      }
      throw error;
    } finally {
      await store.close();
    }
  },
};
