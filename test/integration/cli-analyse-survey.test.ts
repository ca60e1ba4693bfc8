/**
 * `krachtenveld analyse` on a werkruimte that held an uitvraag, on a PGlite data folder and (with
 * TEST_DATABASE_URL) a PostgreSQL database: the rounds are set up and answered through the real app (the
 * respondents through their personal links), then the command runs in process through main(), as the
 * binary runs it (a child process costs 2–4 s per start). It adds what the results lean on through who did
 * not answer — the latest opened round with respondents unless `--uitvraag` names one or says none — to
 * the table in words, to JSON as a `nonResponse` block and to CSV as columns; never contact data.
 */
import { describe, expect, it, type OnTestFinishedHandler } from 'vitest';
import type { Actor, Survey } from '../../src/domain/index.ts';
import { buildApp } from '../../src/server/index.ts';
import { createStore, type DatabaseOptions, openDatabase } from '../../src/store/index.ts';
import { sessionFrom, TEST_PASSWORD, type TestSession, withSession } from '../helpers/build-test-app.ts';
import { runCli } from '../helpers/cli.ts';
import { BACKENDS, createServerDatabase, templateDataDir } from '../helpers/test-database.ts';

const API = '/api/v1';

/** A database for the command: its options for setting it up and the environment the command reads. */
async function freshDatabase(
  backend: string,
  onTestFinished: (handler: OnTestFinishedHandler) => void,
): Promise<{ options: DatabaseOptions; env: Record<string, string | undefined> }> {
  if (backend === 'postgres') {
    const server = await createServerDatabase();
    onTestFinished(() => server.drop());
    return { options: { kind: 'postgres', url: server.url, poolSize: 2 }, env: { DATABASE_URL: server.url } };
  }
  const dataDir = await templateDataDir('kv-cli-analyse-');
  return {
    options: { kind: 'pglite', dataDir },
    env: { KRACHTENVELD_DATA_DIR: dataDir, DATABASE_URL: undefined },
  };
}

interface Rounds {
  latest: Survey;
  first: Survey;
  concept: Survey;
  actors: Record<'wijkteam' | 'buurthuis' | 'school' | 'los', Actor>;
}

/**
 * Through the app: a werkruimte "Uitvraagkaart" with three rounds — "Eerste ronde" (one silent respondent),
 * "Samenwerking" (four respondents, two of whom answered) and, newest, a concept with a respondent.
 */
async function setUp(options: DatabaseOptions): Promise<Rounds> {
  const store = createStore(await openDatabase(options));
  // A new server database has no gemeenten yet (the PGlite template has); the app reads them when built.
  await store.reference.syncGemeenten();
  const app = await buildApp({ store, rateLimits: { write: { max: 100_000, windowMs: 60_000 } } });
  try {
    await app.ready();
    const admin: TestSession = sessionFrom(
      await app.inject({
        method: 'POST',
        url: `${API}/setup`,
        payload: { email: 'beheer@example.org', password: TEST_PASSWORD, displayName: 'Beheerder' },
      }),
    );
    const send = async (method: 'POST' | 'PATCH' | 'PUT', url: string, payload: object) => {
      const response = await app.inject(withSession(admin, { method, url, payload }));
      expect(response.statusCode, response.body).toBeLessThan(300);
      return response.json();
    };
    const workspace = await send('POST', `${API}/workspaces`, { name: 'Uitvraagkaart', gemeente: 'GM0363' });
    const base = `${API}/workspaces/${workspace.id}`;
    const actor = (fields: object): Promise<Actor> => send('POST', `${base}/actors`, fields);
    const actors = {
      wijkteam: await actor({ name: 'Wijkteam', force: 'professional', domains: ['jeugd'] }),
      buurthuis: await actor({ name: 'Buurthuis', force: 'bewoner', domains: ['participatie'] }),
      school: await actor({ name: '=School', force: 'instelling', domains: ['taal_onderwijs'] }),
      los: await actor({ name: 'Losse club', force: 'bewoner', domains: ['participatie'] }),
    };
    await send('POST', `${base}/relations`, {
      sourceId: actors.school.id,
      targetId: actors.buurthuis.id,
      type: 'werkt_samen',
    });
    const round = async (title: string, invited: Actor[], open = true) => {
      let survey: Survey = await send('POST', `${base}/surveys`, { title, closesOn: '2099-12-31' });
      if (open)
        survey = await send('PATCH', `${base}/surveys/${survey.id}`, {
          version: survey.version,
          state: 'open',
        });
      const { links } = await send('POST', `${base}/surveys/${survey.id}/respondents`, {
        respondents: invited.map((one, k) => ({
          actorId: one.id,
          contactName: `Contact ${k}`,
          email: `contact${k}@example.org`,
        })),
      });
      return { survey, links: links as { actorId: string; token: string }[] };
    };
    const first = await round('Eerste ronde', [actors.los]);
    const latest = await round('Samenwerking', Object.values(actors));
    const respond = async (who: Actor, answers: object) => {
      const token = latest.links.find((link) => link.actorId === who.id)?.token;
      const response = await app.inject({
        method: 'PUT',
        url: `${API}/survey-response/answers`,
        payload: { token, answers },
      });
      expect(response.statusCode, response.body).toBe(200);
    };
    await respond(actors.wijkteam, {
      ties: [
        { actorId: actors.buurthuis.id, types: ['werkt_samen'] },
        { actorId: actors.school.id, types: ['werkt_samen'] },
      ],
      finished: true,
    });
    await respond(actors.buurthuis, { ties: [{ actorId: actors.wijkteam.id, types: ['werkt_samen'] }] });
    const concept = await round('Nog in concept', [actors.school], false);
    return { latest: latest.survey, first: first.survey, concept: concept.survey, actors };
  } finally {
    await app.close();
    await store.close();
  }
}

/** Runs the command in process with the database's environment; what it printed and its exit code. */
function analyse(env: Record<string, string | undefined>, ...args: string[]) {
  return runCli(['analyse', 'Uitvraagkaart', ...args], env);
}

const csvRows = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(';'));

describe.each(BACKENDS)('krachtenveld analyse with an uitvraag on %s', (backend) => {
  it('adds the latest round’s non-response to the table, JSON and CSV, and picks another round or none', async ({
    onTestFinished,
  }) => {
    const { options, env } = await freshDatabase(backend, onTestFinished);
    const { latest, first, concept, actors } = await setUp(options);

    // The table: the section in the Diagnose panel's words, at the top.
    const table = await analyse(env);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('Wat de kaart mist door wie niet antwoordde:');
    expect(table.stdout).toContain('  Uitvraag “Samenwerking”: 2 van de 4 deelnemers antwoordden.');
    expect(table.stdout).toContain(
      '  Van de 3 relaties tussen deelnemers noemden 1 allebei de kanten, 1 maar één kant (33%) en 1 geen van beide.',
    );
    expect(table.stdout).toContain(
      '  - Losse club lijkt los te staan, maar antwoordde niet. Misschien ontbreken alleen de relaties.',
    );
    expect(table.stdout.indexOf('Wat de kaart mist')).toBeLessThan(table.stdout.indexOf('Verbinders'));
    const english = await analyse(env, '--lang', 'en');
    expect(english.stdout).toContain('What the map misses through who did not answer:');
    expect(english.stdout).toContain('  Survey “Samenwerking”: 2 of the 4 respondents answered.');

    // JSON: the diagnosis and a nonResponse block; no contact data.
    const json = await analyse(env, '--format', 'json');
    expect(json.code, json.stderr).toBe(0);
    expect(json.stdout).not.toMatch(/example\.org|Contact \d/);
    const { nonResponse, spelers } = JSON.parse(json.stdout);
    expect(spelers).toHaveLength(4);
    expect(nonResponse.survey).toEqual({ id: latest.id, title: 'Samenwerking', state: 'open' });
    expect(nonResponse.respondents).toEqual({ invited: 4, answered: 2, silent: 2 });
    expect(nonResponse.ties).toEqual({ total: 3, confirmed: 1, oneSided: 1, unreported: 1 });
    expect(nonResponse.oneSidedShare).toBeCloseTo(1 / 3, 10);
    expect(nonResponse.spelers).toContainEqual({
      actorId: actors.school.id,
      name: '=School',
      status: 'niet_geopend',
      answered: false,
      ties: 2,
      reportedBySelf: 0,
      onlyByOthers: 1,
    });
    expect(nonResponse.notes).toContainEqual({
      kind: 'silent_isolate',
      actorId: actors.los.id,
      text: 'Losse club lijkt los te staan, maar antwoordde niet. Misschien ontbreken alleen de relaties.',
    });
    expect(nonResponse.notes).toContainEqual(
      expect.objectContaining({ kind: 'silent_koker', koker: 'participatie', silent: 1, invited: 2 }),
    );

    // CSV: five columns per speler more, names neutralised.
    const csv = await analyse(env, '--format', 'csv');
    expect(csv.code, csv.stderr).toBe(0);
    const [header, ...rows] = csvRows(csv.stdout);
    expect(header?.slice(-5)).toEqual([
      'uitvraag_status',
      'uitvraag_geantwoord',
      'uitvraag_relaties',
      'uitvraag_zelf_genoemd',
      'uitvraag_alleen_door_anderen',
    ]);
    const school = rows.find((row) => row[0] === actors.school.id);
    expect(school?.[1]).toBe("'=School");
    expect(school?.slice(-5)).toEqual(['niet_geopend', 'nee', '2', '0', '1']);
    expect(rows.find((row) => row[0] === actors.wijkteam.id)?.slice(-5)).toEqual([
      'klaar',
      'ja',
      '2',
      '2',
      '0',
    ]);

    // Another round by title (any case), the concept by id, none at all, and one that does not exist.
    const older = JSON.parse((await analyse(env, '--format', 'json', '--uitvraag', 'eerste RONDE')).stdout);
    expect(older.nonResponse.survey.id).toBe(first.id);
    expect(older.nonResponse.respondents).toEqual({ invited: 1, answered: 0, silent: 1 });
    const byId = JSON.parse((await analyse(env, '--format', 'json', '--uitvraag', concept.id)).stdout);
    expect(byId.nonResponse.survey).toEqual({ id: concept.id, title: 'Nog in concept', state: 'concept' });
    const none = await analyse(env, '--format', 'json', '--uitvraag', 'none');
    expect(JSON.parse(none.stdout)).not.toHaveProperty('nonResponse');
    const plain = await analyse(env, '--format', 'csv', '--uitvraag', 'none');
    expect(csvRows(plain.stdout)[0]?.at(-1)).toBe('snijpunt');
    const unknown = await analyse(env, '--uitvraag', 'Derde ronde');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      'No uitvraag with id or title "Derde ronde" in this werkruimte. Its uitvragen: "Nog in concept", "Samenwerking", "Eerste ronde".',
    );
  }, 180_000);
});
