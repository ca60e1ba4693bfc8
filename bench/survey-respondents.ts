/**
 * The respondents of bench/survey.ts, in a child process of their own so that their work (300 HTTP
 * clients building and sending answer documents) does not share the server's thread: in use, respondents
 * are browsers elsewhere. Reads its task from the JSON file named by its argument, prints the save times and
 * failures as one JSON line.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { seededRandom } from './generate-workspace.ts';

export interface RespondentsTask {
  base: string;
  ties: number;
  pauseMs: { min: number; max: number };
  respondents: { token: string; others: string[]; seed: number; startAfterMs: number }[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A request's status and time; a network error counts as status 0 with its message kept. */
async function post(
  url: string,
  method: string,
  body: unknown,
): Promise<{ status: number; ms: number; error?: string }> {
  const start = performance.now();
  try {
    const response = await fetch(url, {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - start };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return {
      status: 0,
      ms: performance.now() - start,
      error: cause?.code ?? cause?.message ?? String(error),
    };
  }
}

/**
 * One respondent: open, then per tie three saves as the page makes them — the speler chosen with its
 * relation type, then how often and the trust items, then the value items and a note — and one to say it is
 * done; returns the save times and failures.
 */
async function respondent(task: RespondentsTask, token: string, others: string[], random: () => number) {
  const { base, ties: TIES, pauseMs: PAUSE_MS } = task;
  const times: number[] = [];
  const failures: string[] = [];
  const opened = await post(`${base}/api/v1/survey-response/open`, 'POST', { token });
  if (opened.status !== 200) failures.push(opened.error ?? String(opened.status));
  const ties: Record<string, unknown>[] = [];
  const save = async (finished: boolean) => {
    await sleep(PAUSE_MS.min + random() * (PAUSE_MS.max - PAUSE_MS.min));
    const saved = await post(`${base}/api/v1/survey-response/answers`, 'PUT', {
      token,
      answers: { ties, finished },
    });
    times.push(saved.ms);
    if (saved.status !== 200) failures.push(saved.error ?? String(saved.status));
  };
  for (let k = 0; k < TIES; k++) {
    const tie: Record<string, unknown> = {
      actorId: others[k],
      types: [k % 3 === 0 ? 'informeert' : 'werkt_samen'],
    };
    ties.push(tie);
    await save(false);
    tie.frequency = (['wekelijks', 'maandelijks', 'jaarlijks'] as const)[k % 3];
    tie.trust = { openheid: 1 + (k % 4), betrouwbaarheid: 3, gedeelde_missie: 2 };
    await save(false);
    tie.value = { invloed: 2, middelen: 1 + (k % 4), betrokkenheid: 4 };
    tie.note = `Samen sinds ${2000 + k}`;
    await save(false);
  }
  await save(true);
  return { times, failures };
}

const task = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as RespondentsTask;
const runs = await Promise.all(
  task.respondents.map((one) =>
    sleep(one.startAfterMs).then(() => respondent(task, one.token, one.others, seededRandom(one.seed))),
  ),
);
console.log(
  JSON.stringify({ times: runs.flatMap((run) => run.times), failures: runs.flatMap((run) => run.failures) }),
);
