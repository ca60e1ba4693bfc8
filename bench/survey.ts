/**
 * De uitvraag under load (issue 19): 300 respondents answer at once. A generated werkruimte of 1,000
 * spelers and 5,000 relaties gets an open round with 300 respondents (each its own speler and personal
 * link). All 300 start together over real HTTP on loopback: each opens its link, then fills in its 15 ties
 * one by one as the page saves them — the whole answer document each time: the speler and its relation
 * type, then how often and trust, then value and a note — and says it is done, with a pause of 2–6 s
 * between saves (a fast respondent). That is 300 × 46 = 13,800 saves in about three minutes, some 75 a
 * second: a third of them add a tie (and a relatie), the rest change its ratings.
 *
 * Meanwhile the coordinator keeps working: once a second the respondents' list and the map as all
 * perspectives see it, timed. Targets: p99 of a save under 200 ms; no answer lost (after the run, every
 * respondent's document holds its 15 ties and its perspective exactly 15 survey claims); the coordinator's
 * requests stay answered (p95 reported). On embedded PGlite and, when BENCH_DATABASE_URL or
 * TEST_DATABASE_URL is set, on the PostgreSQL server. `BENCH_ONLY=survey npm run bench` runs only this.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { buildApp } from '../src/server/index.ts';
import { addRespondents, createSurvey, SYSTEM_AUTHOR, updateSurvey } from '../src/services/index.ts';
import { createStore, type DatabaseOptions, openDatabase, type Store } from '../src/store/index.ts';
import { benchLogin, createBenchAdmin } from './bench-admin.ts';
import { generateWorkspace, seededRandom, seedGeneratedWorkspace } from './generate-workspace.ts';
import { withServerDatabase } from './server-database.ts';
import type { RespondentsTask } from './survey-respondents.ts';

const run = promisify(execFile);
const RESPONDENTS_SCRIPT = join(import.meta.dirname, 'survey-respondents.ts');

const ACTORS = 1_000;
const RELATIONS = 5_000;
const RESPONDENTS = Number(process.env.BENCH_RESPONDENTS ?? 300);
const TIES = 15;
const PAUSE_MS = { min: 2_000, max: 6_000 };
const TARGET_SAVE_P99_MS = 200;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The coordinator, once a second until stopped: the respondents' list and the map of all perspectives. */
async function coordinator(base: string, cookie: string, paths: string[], stop: { done: boolean }) {
  const times: number[] = [];
  const failures: string[] = [];
  while (!stop.done) {
    for (const path of paths) {
      const start = performance.now();
      try {
        const response = await fetch(`${base}${path}`, { headers: { cookie, 'accept-encoding': 'br' } });
        await response.arrayBuffer();
        if (!response.ok) failures.push(`${path} ${response.status}`);
      } catch (error) {
        failures.push(`${path} ${(error as { cause?: { code?: string } }).cause?.code ?? String(error)}`);
      }
      times.push(performance.now() - start);
    }
    await sleep(1_000);
  }
  return { times, failures };
}

/** What was stored: ties per answer document, and survey claims per respondent's perspective. */
async function storedCounts(store: Store, workspaceId: string, surveyId: string) {
  const respondents = await store.surveys.listRespondents(workspaceId, surveyId, false);
  const claims = await store.assessments.listAll(workspaceId);
  const perPerspective = new Map<string, number>();
  for (const claim of claims) {
    if (claim.origin === 'survey')
      perPerspective.set(claim.perspectiveId, (perPerspective.get(claim.perspectiveId) ?? 0) + 1);
  }
  return {
    documents: respondents.filter((r) => r.ties === TIES && r.status === 'klaar').length,
    perspectives: respondents.filter((r) => perPerspective.get(r.perspectiveId) === TIES).length,
    claims: claims.filter((claim) => claim.origin === 'survey').length,
  };
}

async function benchBackend(backend: string, options: DatabaseOptions) {
  const store = createStore(await openDatabase(options));
  try {
    await store.reference.syncGemeenten();
    await createBenchAdmin(store);
    const data = generateWorkspace(ACTORS, RELATIONS, 19);
    const workspace = await seedGeneratedWorkspace(store, data);
    const survey = await createSurvey(store, SYSTEM_AUTHOR, workspace.id, {
      title: 'Benchmark-uitvraag',
      intro: '',
      opensOn: null,
      closesOn: '2099-12-31',
      topicIds: [],
      roster: 'all',
      rosterActorIds: [],
      relationTypes: ['werkt_samen', 'informeert'],
      questions: ['frequentie', 'vertrouwen', 'waarde'],
      contactRetentionDays: 90,
    });
    await updateSurvey(store, SYSTEM_AUTHOR, workspace.id, survey.id, {
      version: survey.version,
      state: 'open',
    });
    const actorIds = data.actors.map((actor) => actor.id);
    const links = await addRespondents(
      store,
      SYSTEM_AUTHOR,
      workspace.id,
      survey.id,
      actorIds.slice(0, RESPONDENTS).map((actorId) => ({ actorId, contactName: null, email: null })),
    );

    const app = await buildApp({
      store,
      // 300 respondents on one loopback address: the per-address limits are for the internet, not this.
      rateLimits: { write: { max: 1_000_000, windowMs: 60_000 } },
    });
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const { cookie } = await benchLogin(base);
      const random = seededRandom(7);
      const stop = { done: false };
      // BENCH_SURVEY_COORDINATOR=off leaves the coordinator out, to see the saves alone.
      const watching = (
        process.env.BENCH_SURVEY_COORDINATOR === 'off'
          ? async () => ({ times: [0], failures: [] as string[] })
          : () =>
              coordinator(
                base,
                cookie,
                [
                  `/api/v1/workspaces/${workspace.id}/surveys/${survey.id}/respondents`,
                  `/api/v1/workspaces/${workspace.id}/graph?rule=default`,
                ],
                stop,
              )
      )();
      const task: RespondentsTask = {
        base,
        ties: TIES,
        pauseMs: PAUSE_MS,
        // Each names 15 spelers: its neighbours in the roster and some beyond, never itself.
        respondents: links.map((link, index) => ({
          token: link.token,
          others: Array.from({ length: TIES }, (_, k) => actorIds[(index + 1 + k * 37) % ACTORS] as string),
          seed: 1_000 + index,
          startAfterMs: random() * 500,
        })),
      };
      const taskFile = join(mkdtempSync(join(tmpdir(), 'kv-bench-task-')), 'task.json');
      writeFileSync(taskFile, JSON.stringify(task));
      const start = performance.now();
      const { stdout } = await run(process.execPath, ['--import', 'tsx', RESPONDENTS_SCRIPT, taskFile], {
        maxBuffer: 64 * 1024 * 1024,
      });
      const answered = JSON.parse(stdout.trim().split('\n').at(-1) as string) as {
        times: number[];
        failures: string[];
      };
      const seconds = (performance.now() - start) / 1000;
      stop.done = true;
      const { times: coordinatorTimes, failures: coordinatorFailures } = await watching;
      const saves = answered.times;
      const failures = answered.failures;
      const counts = await storedCounts(store, workspace.id, survey.id);
      const p99 = percentile(saves, 99);
      console.log(
        `| ${backend} | ${saves.length} in ${seconds.toFixed(0)} s | ${percentile(saves, 50).toFixed(1)} ms | ` +
          `${percentile(saves, 95).toFixed(1)} ms | ${p99.toFixed(1)} ms (target < ${TARGET_SAVE_P99_MS}: ${p99 < TARGET_SAVE_P99_MS ? 'ok' : 'OVER TARGET'}) | ` +
          `${failures.length === 0 ? 'none' : `${failures.length} (${[...new Set(failures)].join(', ')})`} | ` +
          `${counts.documents}/${RESPONDENTS} documents, ${counts.perspectives}/${RESPONDENTS} perspectives, ${counts.claims} claims ` +
          `(${counts.documents === RESPONDENTS && counts.perspectives === RESPONDENTS ? 'none lost' : 'ANSWERS LOST'}) | ` +
          `${percentile(coordinatorTimes, 50).toFixed(0)} / ${percentile(coordinatorTimes, 95).toFixed(0)} ms (${coordinatorTimes.length}` +
          `${coordinatorFailures.length ? `, ${coordinatorFailures.length} failed: ${[...new Set(coordinatorFailures)].join(', ')}` : ''}) |`,
      );
    } finally {
      await app.close();
    }
  } finally {
    await store.close();
  }
}

export async function benchSurvey(): Promise<void> {
  console.log(
    `\nDe uitvraag: ${RESPONDENTS} respondents at once, ${TIES} ties each (three saves per tie and one to finish), ` +
      `${PAUSE_MS.min / 1000}–${PAUSE_MS.max / 1000} s between saves; ${ACTORS.toLocaleString('en')} spelers, ${RELATIONS.toLocaleString('en')} relaties`,
  );
  console.log('');
  console.log(
    '| backend | saves | save p50 | save p95 | save p99 | failed | stored afterwards | coordinator p50 / p95 (requests) |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  const dataDir = mkdtempSync(join(tmpdir(), 'kv-bench-survey-'));
  try {
    await benchBackend('pglite', { kind: 'pglite', dataDir });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    await withServerDatabase(serverUrl, `kv_bench_survey_${process.pid}`, (url) =>
      benchBackend('postgres', { kind: 'postgres', url }),
    );
  } else {
    console.log('(no BENCH_DATABASE_URL or TEST_DATABASE_URL: PostgreSQL server not measured)');
  }
}
