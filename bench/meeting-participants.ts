/**
 * The phones of bench/meeting.ts, in a child process of their own (forked with an IPC channel) so that 200
 * HTTP clients and their live streams do not share a server's thread: in use, they are phones elsewhere.
 *
 * Each participant joins by code (spread over the joining window), opens its own event stream after the
 * view it joined with, and sends a contribution every `intervalMs` until `sendMs` after joining: mostly a tie
 * between two spelers it was shown, some a speler the room misses, some a place on the vraagstuk. Each
 * send is timed. When all have sent, the process tells the parent which contributions were taken (201) and
 * waits for the outcome (`finish`: every decision and when each accept was sent); it then waits until every
 * stream has what it should, or the time is up, and reports what each stream lacked or had twice.
 */
import { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import { seededRandom } from './generate-workspace.ts';
import { type EventStream, openEventStream, requestJson, sleep, summarise } from './meeting-http.ts';

export interface ParticipantsTask {
  /** Participant i joins and streams through `bases[i % bases.length]`. */
  bases: string[];
  code: string;
  groupIds: string[];
  participants: number;
  joinSpreadMs: number;
  sendMs: number;
  intervalMs: number;
  /** Shares of the contribution kinds: a tie, else a missing speler, else a place (the rest). */
  tieShare: number;
  actorShare: number;
  seed: number;
}

/** From the parent after the sends: every decision's outcome and when each accept was sent (clock()). */
export interface FinishMessage {
  type: 'finish';
  decided: Record<string, string>;
  acceptSentAt: Record<string, number>;
  timeoutMs: number;
}

export interface SentMessage {
  type: 'sent';
  ids: string[];
  joined: number;
  failedJoins: string[];
  sendStatuses: Record<string, number>;
}

export interface ParticipantsResult {
  type: 'result';
  joinMs: ReturnType<typeof summarise>;
  sendMs: number[];
  /** Accepted contributions that a participant's stream (or the view it joined with) never showed. */
  acceptedMissing: number;
  acceptedExpected: number;
  /** Own contributions whose outcome (or, undecided, whose arrival) never reached their sender's stream. */
  ownMissing: number;
  ownExpected: number;
  /** The same accepted contribution twice in one stream, and event ids not strictly increasing. */
  duplicates: number;
  outOfOrder: number;
  events: number;
  /** Streams that ended or broke before the parent said finish. */
  brokenStreams: string[];
  /** Some of the missing accepts, to see where they fell: the stream's start and its first event. */
  missingSamples: { participant: number; after: number; firstEventId: number; contributionId: string }[];
  /** From the facilitator's accept to each participant's stream, all participants together. */
  acceptToPhones: ReturnType<typeof summarise>;
  waitedMs: number;
  cpuMs: number;
}

interface Participant {
  index: number;
  base: string;
  token: string;
  seenAccepted: Set<string>;
  /** Accepted contribution → how often and when (first) it came on the stream. */
  streamAccepted: Map<string, { count: number; at: number }>;
  /** Own contribution → the statuses it came with on the stream. */
  ownStatuses: Map<string, Set<string>>;
  own: string[];
  /** The cursor the stream started after, and the first event id it carried. */
  after: number;
  firstEventId: number;
  lastEventId: number;
  outOfOrder: number;
  events: number;
  stream: EventStream | null;
  broken: string | null;
}

interface ContributionEvent {
  type: string;
  contribution?: { id: string; status: string; mine: boolean };
}

const task = JSON.parse(process.argv[2] as string) as ParticipantsTask;
/**
 * Each phone has its own connections, as its browser keeps them: kept alive between requests, at most six
 * to one server (HTTP/1.1 browsers), one of them held by the live stream. A pool shared by all phones would
 * open a fresh connection for many sends, which no phone does.
 */
const agents: Agent[] = [];
function phoneAgent(): Agent {
  const agent = new Agent({ keepAlive: true, maxSockets: 6 });
  agents.push(agent);
  return agent;
}
const cpuStart = process.cpuUsage();
let finishing = false;

const joinTimes: number[] = [];
const failedJoins: string[] = [];
const sendTimes: number[] = [];
const sendStatuses: Record<string, number> = {};

function contentFor(
  random: () => number,
  actors: { id: string }[],
  relationTypes: string[],
  name: string,
): Record<string, unknown> {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const roll = random();
  if (roll < task.tieShare) {
    const source = pick(actors);
    let target = pick(actors);
    while (target.id === source.id) target = pick(actors);
    return {
      kind: 'tie',
      sourceId: source.id,
      targetId: target.id,
      type: pick(relationTypes),
      strength: 1 + Math.floor(random() * 5),
    };
  }
  if (roll < task.tieShare + task.actorShare) {
    return {
      kind: 'actor',
      name,
      force: pick(['rijk', 'instelling', 'gemeente', 'professional', 'bewoner']),
      why: 'Genoemd in de benchmark',
    };
  }
  return {
    kind: 'position',
    actorId: pick(actors).id,
    invloed: 1 + Math.floor(random() * 5),
    belang: 1 + Math.floor(random() * 5),
    standpunt: -2 + Math.floor(random() * 5),
  };
}

function onEvent(participant: Participant, id: number, data: string, at: number): void {
  participant.events += 1;
  if (participant.events === 1) participant.firstEventId = id;
  if (!(id > participant.lastEventId)) participant.outOfOrder += 1;
  participant.lastEventId = Math.max(participant.lastEventId, id);
  const event = JSON.parse(data) as ContributionEvent;
  const contribution = event.contribution;
  if (event.type !== 'contribution' || !contribution) return;
  if (contribution.mine) {
    const statuses = participant.ownStatuses.get(contribution.id) ?? new Set();
    statuses.add(contribution.status);
    participant.ownStatuses.set(contribution.id, statuses);
  }
  if (contribution.status === 'accepted' || contribution.status === 'merged') {
    const seen = participant.streamAccepted.get(contribution.id);
    if (seen) seen.count += 1;
    else participant.streamAccepted.set(contribution.id, { count: 1, at });
  }
}

async function participate(index: number, random: () => number): Promise<Participant | null> {
  const base = task.bases[index % task.bases.length] as string;
  const agent = phoneAgent();
  const joined = await requestJson(agent, `${base}/api/v1/meeting-participation/join`, {
    method: 'POST',
    body: {
      code: task.code,
      groupId: task.groupIds[index % task.groupIds.length],
      nickname: `Deelnemer ${index + 1}`,
    },
  });
  joinTimes.push(joined.ms);
  if (joined.status !== 201) {
    failedJoins.push(joined.error ?? String(joined.status));
    return null;
  }
  const joinedAt = performance.now();
  const { token, view } = joined.body as {
    token: string;
    view: {
      actors: { id: string }[];
      relationTypes: string[];
      lastEventId: number;
      contributions: { id: string; status: string }[];
    };
  };
  const participant: Participant = {
    index,
    base,
    token,
    seenAccepted: new Set(
      view.contributions
        .filter((item) => item.status === 'accepted' || item.status === 'merged')
        .map((item) => item.id),
    ),
    streamAccepted: new Map(),
    ownStatuses: new Map(),
    own: [],
    after: view.lastEventId,
    firstEventId: 0,
    lastEventId: view.lastEventId,
    outOfOrder: 0,
    events: 0,
    stream: null,
    broken: null,
  };
  try {
    participant.stream = await openEventStream(
      agent,
      `${base}/api/v1/meeting-participation/events?after=${view.lastEventId}`,
      { authorization: `Bearer ${token}` },
      (event) => onEvent(participant, event.id, event.data, event.at),
    );
    void participant.stream.ended.then((reason) => {
      if (!finishing) participant.broken = reason ?? 'ended';
    });
  } catch (error) {
    participant.broken = (error as Error).message;
  }

  // Open loop: each send leaves on its own schedule, whether or not the one before has come back.
  const sends: Promise<void>[] = [];
  const first = performance.now() + random() * task.intervalMs;
  for (let k = 0; first + k * task.intervalMs < joinedAt + task.sendMs; k += 1) {
    await sleep(first + k * task.intervalMs - performance.now());
    const content = contentFor(random, view.actors, view.relationTypes, `Gemist ${index + 1}-${k + 1}`);
    sends.push(
      requestJson(agent, `${base}/api/v1/meeting-participation/contributions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: content,
      }).then((sent) => {
        sendTimes.push(sent.ms);
        const key = sent.error ?? String(sent.status);
        sendStatuses[key] = (sendStatuses[key] ?? 0) + 1;
        if (sent.status === 201) participant.own.push((sent.body as { id: string }).id);
      }),
    );
  }
  await Promise.all(sends);
  return participant;
}

const random = seededRandom(task.seed);
const participants = (
  await Promise.all(
    Array.from({ length: task.participants }, async (_, index) => {
      await sleep(((index + random()) * task.joinSpreadMs) / task.participants);
      return participate(index, seededRandom(task.seed * 1_000 + index));
    }),
  )
).filter((participant): participant is Participant => participant !== null);

const sent: SentMessage = {
  type: 'sent',
  ids: participants.flatMap((participant) => participant.own),
  joined: participants.length,
  failedJoins,
  sendStatuses,
};
process.send?.(sent);

const finish = await new Promise<FinishMessage>((resolve) =>
  process.once('message', (message) => resolve(message as FinishMessage)),
);
const accepted = Object.entries(finish.decided)
  .filter(([, status]) => status === 'accepted' || status === 'merged')
  .map(([id]) => id);

/** What one participant still lacks: accepted contributions, and the outcome of its own. */
function lacking(participant: Participant): { accepted: number; own: number } {
  let missingAccepted = 0;
  for (const id of accepted)
    if (!participant.seenAccepted.has(id) && !participant.streamAccepted.has(id)) missingAccepted += 1;
  let missingOwn = 0;
  for (const id of participant.own) {
    const outcome = finish.decided[id] ?? 'pending';
    if (!participant.ownStatuses.get(id)?.has(outcome)) missingOwn += 1;
  }
  return { accepted: missingAccepted, own: missingOwn };
}

const waitStart = performance.now();
while (performance.now() - waitStart < finish.timeoutMs) {
  if (
    participants.every((participant) => {
      const { accepted: a, own } = lacking(participant);
      return a === 0 && own === 0;
    })
  )
    break;
  await sleep(200);
}
const waitedMs = performance.now() - waitStart;
finishing = true;
for (const participant of participants) participant.stream?.close();

const toPhones: number[] = [];
let acceptedMissing = 0;
let ownMissing = 0;
let duplicates = 0;
const missingSamples: ParticipantsResult['missingSamples'] = [];
for (const participant of participants) {
  const missing = lacking(participant);
  for (const id of accepted) {
    if (missingSamples.length >= 10) break;
    if (!participant.seenAccepted.has(id) && !participant.streamAccepted.has(id))
      missingSamples.push({
        participant: participant.index + 1,
        after: participant.after,
        firstEventId: participant.firstEventId,
        contributionId: id,
      });
  }
  acceptedMissing += missing.accepted;
  ownMissing += missing.own;
  for (const [id, seen] of participant.streamAccepted) {
    if (seen.count > 1) duplicates += seen.count - 1;
    const sentAt = finish.acceptSentAt[id];
    if (sentAt !== undefined) toPhones.push(seen.at - sentAt);
  }
}
const cpu = process.cpuUsage(cpuStart);
const result: ParticipantsResult = {
  type: 'result',
  joinMs: summarise(joinTimes),
  sendMs: sendTimes,
  acceptedMissing,
  acceptedExpected: accepted.length * participants.length,
  ownMissing,
  ownExpected: participants.reduce((sum, participant) => sum + participant.own.length, 0),
  duplicates,
  outOfOrder: participants.reduce((sum, participant) => sum + participant.outOfOrder, 0),
  events: participants.reduce((sum, participant) => sum + participant.events, 0),
  brokenStreams: participants.flatMap((participant) =>
    participant.broken ? [`#${participant.index + 1}: ${participant.broken}`] : [],
  ),
  missingSamples,
  acceptToPhones: summarise(toPhones),
  waitedMs,
  cpuMs: (cpu.user + cpu.system) / 1000,
};
process.send?.(result, () => {
  for (const agent of agents) agent.destroy();
  process.disconnect();
});
