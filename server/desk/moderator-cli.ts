/**
 * npm run moderator -- add "Navn" [--email navn@kommune.dk] | list | revoke <id eller navn>
 * Manages the named moderator accounts in the database named by DATABASE_URL, or the PGlite
 * folder DATA_DIR (default .data/). The token of a new account is printed once; only its hash
 * is stored. PGlite serves one process at a time: with the embedded database, stop the server
 * first, or manage accounts from the moderation page (it uses the same API).
 */
import { parseArgs } from 'node:util';
import { configFromEnv } from '../config.js';
import { migrate } from '../db/migrate.js';
import { openDatabase } from '../db/open.js';
import { addModerator, listModerators, revokeModerator } from '../queries/moderators.js';

const USAGE = `Brug:
  npm run moderator -- add "Navn" [--email navn@kommune.dk]   opret en moderator og vis nøglen (én gang)
  npm run moderator -- list                                  vis moderatorerne
  npm run moderator -- revoke <id eller navn>                tag en moderators nøgle tilbage (virker straks)`;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { email: { type: 'string' } } });
const [command, argument] = positionals;

if (!command || !['add', 'list', 'revoke'].includes(command) || (command !== 'list' && !argument?.trim())) {
  console.error(USAGE);
  process.exit(2);
}
if (values.email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) {
  console.error(`--email: "${values.email}" er ikke en e-mailadresse.`);
  process.exit(2);
}

const db = await openDatabase(configFromEnv());
try {
  await migrate(db);
  if (command === 'add') {
    const { account, token } = await addModerator(db, { name: argument!.trim().slice(0, 120), email: values.email ?? null });
    console.log(`Moderator oprettet: ${account.name} (id ${account.id})`);
    console.log(`Nøgle (vises kun nu — giv den til ${account.name} ad en sikker vej):`);
    console.log(token);
  } else if (command === 'list') {
    const accounts = await listModerators(db);
    if (!accounts.length) console.log('Ingen moderatorer endnu. Opret en med: npm run moderator -- add "Navn"');
    for (const a of accounts) {
      const state = a.revokedAt ? `trukket tilbage ${a.revokedAt.slice(0, 10)}` : 'aktiv';
      console.log(`${a.id}  ${a.name}${a.email ? ` <${a.email}>` : ''}  oprettet ${a.createdAt.slice(0, 10)}  ${state}`);
    }
  } else {
    const revoked = await revokeModerator(db, argument!.trim());
    if (!revoked.length) {
      console.error(`Ingen aktiv moderator med id eller navn "${argument}" (eller flere har navnet: brug id fra list).`);
      process.exitCode = 1;
    } else for (const a of revoked) console.log(`Nøglen er trukket tilbage for ${a.name} (id ${a.id}). Den virker ikke længere.`);
  }
} finally {
  await db.close();
}
