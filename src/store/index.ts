/**
 * The public surface of the store: `openDatabase` and the repositories, bound to one database by
 * `createStore`. The server and the CLI receive a Store; nothing outside this folder writes SQL.
 */
import * as actors from './actors.ts';
import * as assessments from './assessments.ts';
import * as audit from './audit.ts';
import * as bulk from './bulk.ts';
import type { Database, Db } from './db.ts';
import * as graph from './graph.ts';
import * as invitations from './invitations.ts';
import * as layouts from './layouts.ts';
import * as meetings from './meetings.ts';
import * as members from './members.ts';
import * as oidcLogins from './oidc-logins.ts';
import * as perspectives from './perspectives.ts';
import * as reference from './reference-data.ts';
import * as relations from './relations.ts';
import * as sessions from './sessions.ts';
import * as snapshots from './snapshots.ts';
import * as surveyClaims from './survey-claims.ts';
import * as surveys from './surveys.ts';
import * as topics from './topics.ts';
import * as users from './users.ts';
import * as workspaces from './workspaces.ts';

export type { ActorFilter } from './actors.ts';
export type { AssessmentClaim, ClaimMeta, WorkspaceClaims } from './assessments.ts';
export type { AuditFilter, AuditRecord } from './audit.ts';
export type { ActorSeed, RelationSeed } from './bulk.ts';
export { isSerializationFailure } from './database-errors.ts';
export type { Database, DatabaseOptions, Db, Listen } from './db.ts';
export { MIGRATIONS_FOLDER, openDatabase } from './db.ts';
export type { UsableInvitation } from './invitations.ts';
export { DataDirLockedError } from './lock-file.ts';
export type {
  ContributionCore,
  ContributionRow,
  GroupRecord,
  MeetingDoorRecord,
  MeetingEventRow,
  OpenMeetingRecord,
  ParticipantRecord,
} from './meetings.ts';
export { MEETING_CHANNEL } from './meetings.ts';
export type { OidcLoginAttempt } from './oidc-logins.ts';
export type { Page, PageRequest } from './paging.ts';
export { readGemeentenCsv } from './reference-data.ts';
export type { RelationFilter } from './relations.ts';
export type { SessionRecord } from './sessions.ts';
export type { LandedClaims, SurveyClaim, SurveyPositionClaim } from './survey-claims.ts';
export type { ProposalRecord, RespondentByToken } from './surveys.ts';
export type { PositionFilter, TopicFilter } from './topics.ts';
export type { UserCreate, UserWithSecret } from './users.ts';
export type { ScheduledWorkspace } from './workspaces.ts';

type DropFirst<F> = F extends (db: Db, ...rest: infer A) => infer R ? (...rest: A) => R : never;
type Bound<M> = {
  [K in keyof M as M[K] extends (db: Db, ...rest: never[]) => unknown ? K : never]: DropFirst<M[K]>;
};

function bind<M extends object>(db: Db, module: M): Bound<M> {
  const bound: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(module)) {
    if (typeof value === 'function') bound[name] = (...args: unknown[]) => value(db, ...args);
  }
  return bound as Bound<M>;
}

/**
 * Runs PGlite transactions one after another, each from a turn of the event loop of its own. PGlite works in
 * this thread and answers through promises alone, so waiting transactions would otherwise run back to back
 * in one turn: under a live meeting's load a turn took a tenth of a second and more, and since the server
 * accepts one new connection per turn, phones joining waited seconds before their request was even read.
 */
function oneTransactionPerTurn(): <T>(work: () => Promise<T>) => Promise<T> {
  let previous: Promise<unknown> = Promise.resolve();
  return (work) => {
    const run = previous.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(work);
    previous = run.catch(() => undefined);
    return run;
  };
}

export function createStore(database: Database) {
  const { db } = database;
  const inTurn = database.kind === 'pglite' ? oneTransactionPerTurn() : <T>(work: () => Promise<T>) => work();
  return {
    kind: database.kind,
    workspaces: bind(db, workspaces),
    actors: bind(db, actors),
    relations: bind(db, relations),
    assessments: bind(db, assessments),
    perspectives: bind(db, perspectives),
    topics: bind(db, topics),
    surveys: bind(db, surveys),
    surveyClaims: bind(db, surveyClaims),
    meetings: bind(db, meetings),
    snapshots: bind(db, snapshots),
    graph: bind(db, graph),
    layouts: bind(db, layouts),
    bulk: bind(db, bulk),
    users: bind(db, users),
    sessions: bind(db, sessions),
    oidcLogins: bind(db, oidcLogins),
    members: bind(db, members),
    invitations: bind(db, invitations),
    audit: bind(db, audit),
    reference: {
      syncGemeenten: reference.syncGemeenten.bind(null, db),
      listGemeenten: () => reference.listGemeenten(db),
    },
    /** Runs `work` in one transaction with a store bound to it: all of it lands, or none. */
    transaction<T>(work: (store: TransactionStore) => Promise<T>): Promise<T> {
      return inTurn(() =>
        db.transaction((tx) => work(createTransactionStore(tx as unknown as Db, database.kind))),
      );
    },
    /** LISTEN/NOTIFY on the database: the live meeting events' bus (server/live/). */
    listen: database.listen,
    close: () => database.close(),
  };
}

/**
 * Binds each module on first use: a transaction touches two or three of them, and binding all of them for
 * every transaction was measurable work under a live meeting's load.
 */
function bindOnUse<T extends Record<string, object>>(db: Db, modules: T): { [K in keyof T]: Bound<T[K]> } {
  const store = {} as { [K in keyof T]: Bound<T[K]> };
  for (const name of Object.keys(modules)) {
    Object.defineProperty(store, name, {
      enumerable: true,
      configurable: true,
      get() {
        const value = bind(db, modules[name] as object);
        Object.defineProperty(store, name, { value, enumerable: true });
        return value;
      },
    });
  }
  return store;
}

function createTransactionStore(db: Db, kind: Database['kind']) {
  const referenceChecks: bulk.ReferenceChecks = kind === 'pglite' ? 'once' : 'per-row';
  return Object.assign(
    bindOnUse(db, {
      graph,
      workspaces,
      actors,
      relations,
      assessments,
      perspectives,
      topics,
      surveys,
      surveyClaims,
      meetings,
      snapshots,
      layouts,
      users,
      sessions,
      members,
      invitations,
      audit,
    }),
    {
      bulk: {
        ...bind(db, bulk),
        /** A bulk write of spelers and relaties with their references checked as fits the database. */
        writeWithReferenceChecks: <T>(workspaceId: string, write: () => Promise<T>) =>
          bulk.writeWithReferenceChecks(db, referenceChecks, workspaceId, write),
      },
    },
  );
}

export type Store = ReturnType<typeof createStore>;
export type TransactionStore = ReturnType<typeof createTransactionStore>;
