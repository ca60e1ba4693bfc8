/**
 * The facilitator and the projection of bench/meeting.ts, in a child process of their own (forked with an
 * IPC channel): in use they are a laptop and a beamer, not the server.
 *
 * The facilitator follows the meeting's live stream and decides on each contribution as it arrives, a few
 * decisions at a time: every second one in arrival order is accepted, the others rejected (or left waiting,
 * `reject: false`). The projection is a separate stream, on PostgreSQL on the other app server. For each
 * accept it times the moment the decision request left to the moment the projection's stream carried the
 * contribution as accepted (or merged). Told to drain (with the contributions the phones had taken), it
 * finishes what is left, waits until every one was seen and every accept projected or the time is up, and
 * reports.
 */
import { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import { clock, openEventStream, requestJson, type StreamEvent, sleep } from './meeting-http.ts';

export interface FacilitatorTask {
  /** The app server the facilitator decides and follows on. */
  base: string;
  /** The app server the projection follows on. */
  projectionBase: string;
  workspaceId: string;
  meetingId: string;
  cookie: string;
  csrfToken: string;
  concurrency: number;
  reject: boolean;
}

export interface DrainMessage {
  type: 'drain';
  expected: string[];
  timeoutMs: number;
}

export interface FacilitatorResult {
  type: 'result';
  decided: Record<string, string>;
  acceptSentAt: Record<string, number>;
  /** From sending an accept to the projection's stream carrying it. */
  acceptToProjection: number[];
  decisionMs: number[];
  decisionFailures: Record<string, number>;
  /** Taken contributions the facilitator's stream never showed. */
  facilitatorMissing: string[];
  /** Accepted contributions the projection never showed. */
  projectionMissing: number;
  /** The same contribution twice as pending (facilitator) or as accepted (projection). */
  duplicates: { facilitator: number; projection: number };
  outOfOrder: { facilitator: number; projection: number };
  events: { facilitator: number; projection: number };
  /** Every event id each stream carried, to find the ones it skipped. */
  ids: { facilitator: number[]; projection: number[] };
  brokenStreams: string[];
  waitedMs: number;
  cpuMs: number;
}

interface ContributionEvent {
  type: string;
  contribution?: { id: string; status: string };
}

const task = JSON.parse(process.argv[2] as string) as FacilitatorTask;
const cpuStart = process.cpuUsage();
const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
const meetingPath = `/api/v1/workspaces/${task.workspaceId}/meetings/${task.meetingId}`;

const pendingSeen = new Map<string, number>();
const projected = new Map<string, { count: number; at: number }>();
const decided: Record<string, string> = {};
const acceptSentAt: Record<string, number> = {};
const decisionMs: number[] = [];
const decisionFailures: Record<string, number> = {};
const queue: { id: string; decision: 'accept' | 'reject' }[] = [];
const brokenStreams: string[] = [];
let running = 0;
let finishing = false;

const order = {
  facilitator: { last: 0, outOfOrder: 0, events: 0, ids: [] as number[] },
  projection: { last: 0, outOfOrder: 0, events: 0, ids: [] as number[] },
};

function checkOrder(which: keyof typeof order, event: StreamEvent): ContributionEvent {
  const stream = order[which];
  stream.events += 1;
  stream.ids.push(event.id);
  if (!(event.id > stream.last)) stream.outOfOrder += 1;
  stream.last = Math.max(stream.last, event.id);
  return JSON.parse(event.data) as ContributionEvent;
}

async function decide(id: string, decision: 'accept' | 'reject'): Promise<void> {
  if (decision === 'accept') acceptSentAt[id] = clock();
  const answer = await requestJson(agent, `${task.base}${meetingPath}/contributions/${id}/decision`, {
    method: 'POST',
    headers: { cookie: task.cookie, 'x-csrf-token': task.csrfToken },
    body: { decision },
  });
  decisionMs.push(answer.ms);
  if (answer.status === 200) decided[id] = (answer.body as { status: string }).status;
  else {
    const key = answer.error ?? String(answer.status);
    decisionFailures[key] = (decisionFailures[key] ?? 0) + 1;
  }
}

function pump(): void {
  while (running < task.concurrency && queue.length > 0) {
    const next = queue.shift() as { id: string; decision: 'accept' | 'reject' };
    running += 1;
    void decide(next.id, next.decision).finally(() => {
      running -= 1;
      pump();
    });
  }
}

const facilitatorStream = await openEventStream(
  agent,
  `${task.base}${meetingPath}/events`,
  { cookie: task.cookie },
  (event) => {
    const { type, contribution } = checkOrder('facilitator', event);
    if (type !== 'contribution' || !contribution || contribution.status !== 'pending') return;
    const seen = pendingSeen.get(contribution.id);
    pendingSeen.set(contribution.id, (seen ?? 0) + 1);
    if (seen !== undefined) return;
    if (pendingSeen.size % 2 === 1) queue.push({ id: contribution.id, decision: 'accept' });
    else if (task.reject) queue.push({ id: contribution.id, decision: 'reject' });
    pump();
  },
);
const projectionStream = await openEventStream(
  agent,
  `${task.projectionBase}${meetingPath}/events`,
  { cookie: task.cookie },
  (event) => {
    const { type, contribution } = checkOrder('projection', event);
    if (type !== 'contribution' || !contribution) return;
    if (contribution.status !== 'accepted' && contribution.status !== 'merged') return;
    const seen = projected.get(contribution.id);
    if (seen) seen.count += 1;
    else projected.set(contribution.id, { count: 1, at: event.at });
  },
);
for (const [name, stream] of [
  ['facilitator', facilitatorStream],
  ['projection', projectionStream],
] as const) {
  void stream.ended.then((reason) => {
    if (!finishing) brokenStreams.push(`${name}: ${reason ?? 'ended'}`);
  });
}
process.send?.({ type: 'ready' });

const drain = await new Promise<DrainMessage>((resolve) =>
  process.once('message', (message) => resolve(message as DrainMessage)),
);
const acceptedIds = () =>
  Object.entries(decided)
    .filter(([, status]) => status === 'accepted' || status === 'merged')
    .map(([id]) => id);
const waitStart = performance.now();
while (performance.now() - waitStart < drain.timeoutMs) {
  const allSeen = drain.expected.every((id) => pendingSeen.has(id));
  const allDecided = queue.length === 0 && running === 0;
  if (allSeen && allDecided && acceptedIds().every((id) => projected.has(id))) break;
  await sleep(100);
}
const waitedMs = performance.now() - waitStart;
finishing = true;
facilitatorStream.close();
projectionStream.close();

const acceptToProjection: number[] = [];
for (const id of acceptedIds()) {
  const seen = projected.get(id);
  const sentAt = acceptSentAt[id];
  if (seen && sentAt !== undefined) acceptToProjection.push(seen.at - sentAt);
}
const cpu = process.cpuUsage(cpuStart);
const result: FacilitatorResult = {
  type: 'result',
  decided,
  acceptSentAt,
  acceptToProjection,
  decisionMs,
  decisionFailures,
  facilitatorMissing: drain.expected.filter((id) => !pendingSeen.has(id)),
  projectionMissing: acceptedIds().filter((id) => !projected.has(id)).length,
  duplicates: {
    facilitator: [...pendingSeen.values()].reduce((sum, count) => sum + count - 1, 0),
    projection: [...projected.values()].reduce((sum, seen) => sum + seen.count - 1, 0),
  },
  outOfOrder: { facilitator: order.facilitator.outOfOrder, projection: order.projection.outOfOrder },
  events: { facilitator: order.facilitator.events, projection: order.projection.events },
  ids: { facilitator: order.facilitator.ids, projection: order.projection.ids },
  brokenStreams,
  waitedMs,
  cpuMs: (cpu.user + cpu.system) / 1000,
};
process.send?.(result, () => {
  agent.destroy();
  process.disconnect();
});
