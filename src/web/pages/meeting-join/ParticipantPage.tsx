/**
 * The participant's page once joined: who they speak for, the three ways to contribute (a missing speler,
 * who works with whom, a place on the vraagstuk when the meeting has one), what others said that was taken
 * over (klopt / klopt niet), and their own contributions with their status. It follows the meeting live:
 * a decision on one of their own is announced, a speler taken over joins the pick lists, and closing the
 * meeting (or a stream the server no longer serves this token) ends participation.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../contract/index.ts';
import type {
  Contribution,
  ContributionInput,
  MeetingActor,
  MeetingEvent,
  ParticipantView,
  ReactionVerdict,
} from '../../../domain/index.ts';
import { callAsParticipant } from '../../api/client.ts';
import { followLive, type LiveStatus } from '../../api/live-events.ts';
import { applyMeetingEvent, type LiveMeeting, liveMeetingFrom } from '../../state/meeting/live-meeting.ts';
import { type SendResult, sendFailure } from '../../state/meeting/participant-forms.ts';
import {
  describeContribution,
  isMine,
  nextVerdict,
  othersStanding,
  ownContributions,
  ownStatusNews,
  sentActorNames,
  withAnswer,
  withWithdrawn,
} from '../../state/meeting/participant-view.ts';
import { ActorSection } from './ActorSection.tsx';
import { MineSection } from './MineSection.tsx';
import { OthersSection } from './OthersSection.tsx';
import { PositionSection } from './PositionSection.tsx';
import { TieSection } from './TieSection.tsx';
import { useActorList } from './use-actor-list.ts';

export type EndReason = 'closed' | 'gone';

/** What the page keeps to show after the end: the participant's own contributions and the names in them. */
export interface EndedSnapshot {
  own: Contribution[];
  names: ReadonlyMap<string, MeetingActor>;
}

interface ParticipantPageProps {
  token: string;
  view: ParticipantView;
  focusOnMount: boolean;
  onEnded(reason: EndReason, snapshot: EndedSnapshot): void;
  onLeave(): void;
}

const SECTION = {
  actor: 'join-actor',
  tie: 'join-tie',
  position: 'join-position',
  others: 'join-others',
  mine: 'join-mine',
} as const;

export function ParticipantPage({ token, view, focusOnMount, onEnded, onLeave }: ParticipantPageProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [live, setLive] = useState<LiveMeeting>(() => liveMeetingFrom(view.contributions, view.lastEventId));
  const liveRef = useRef(live);
  // The ids of this participant's contributions: from the server's `mine` and from what this phone sent.
  const [mineIds, setMineIds] = useState<ReadonlySet<string>>(
    () => new Set(view.contributions.filter((contribution) => contribution.mine).map(({ id }) => id)),
  );
  const mineRef = useRef(mineIds);
  const [connection, setConnection] = useState<LiveStatus>('connecting');
  const [news, setNews] = useState('');
  const [verdicts, setVerdicts] = useState<ReadonlyMap<string, ReactionVerdict | null>>(new Map());
  const [reacting, setReacting] = useState<string | null>(null);
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const [itemProblem, setItemProblem] = useState<{ id: string; message: string } | null>(null);
  const waitUntil = useRef(0);
  const ended = useRef(false);

  const actorList = useActorList(view.actors, live.contributions);
  const describe = useCallback(
    (contribution: Contribution) => describeContribution(contribution, t, actorList.byId),
    [t, actorList],
  );
  const meetingOpen = (live.state ?? view.meeting.state) === 'open';
  const own = ownContributions(live, mineIds);
  const others = othersStanding(live, mineIds);
  const name = live.name ?? view.meeting.name;

  const update = (next: LiveMeeting) => {
    liveRef.current = next;
    setLive(next);
  };
  const addMine = (id: string) => {
    if (mineRef.current.has(id)) return;
    const next = new Set(mineRef.current);
    next.add(id);
    mineRef.current = next;
    setMineIds(next);
  };

  const end = (reason: EndReason) => {
    if (ended.current) return;
    ended.current = true;
    onEnded(reason, { own: ownContributions(liveRef.current, mineRef.current), names: actorList.byId });
  };

  // The live stream calls the newest handler, which sees the newest texts and names.
  const handleEvent = useRef<(event: MeetingEvent) => void>(() => {});
  const handleStatus = useRef<(status: LiveStatus) => void>(() => {});
  useEffect(() => {
    handleEvent.current = (event) => {
      const before =
        event.type === 'contribution' ? liveRef.current.contributions.get(event.contribution.id) : undefined;
      const next = applyMeetingEvent(liveRef.current, event);
      if (next === liveRef.current) return;
      update(next);
      if (event.type === 'contribution') {
        const after = event.contribution;
        const mine =
          isMine(after, mineRef.current) || (before !== undefined && isMine(before, mineRef.current));
        if (after.mine) addMine(after.id);
        const change = ownStatusNews(before, after, mine);
        if (change) setNews(t(`meetingJoin.notice.${change}`, { what: describe(after) }));
      }
      if (event.type === 'meeting' && event.state === 'closed') end('closed');
    };
    handleStatus.current = (status) => {
      setConnection(status);
      if (status === 'ended') end('gone');
    };
  });

  useEffect(() => {
    return followLive({
      definition: contract.meetingParticipation.participantEvents,
      bearer: token,
      after: view.lastEventId,
      onEvent: (event) => handleEvent.current(event),
      onStatus: (status) => handleStatus.current(status),
    });
  }, [token, view.lastEventId]);

  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  useEffect(() => {
    document.title = `${name} – ${t('app.name')}`;
  }, [name, t]);

  /** A failed request as the page shows it; a 404 ends participation. */
  function failed(
    error: unknown,
    fields: readonly string[],
  ): { fields: Record<string, string>; form: string } {
    const failure = sendFailure(error, fields);
    switch (failure.kind) {
      case 'gone':
        end('gone');
        return { fields: {}, form: '' };
      case 'wait':
        waitUntil.current = Date.now() + failure.seconds * 1000;
        return { fields: {}, form: t('meetingJoin.problems.wait', { count: failure.seconds }) };
      case 'refused':
        return { fields: failure.fields, form: failure.form ?? '' };
      case 'offline':
        return { fields: {}, form: t('meetingJoin.problems.offline') };
      default:
        return { fields: {}, form: failure.message || t('meetingJoin.problems.generic') };
    }
  }

  async function send(input: ContributionInput, fields: readonly string[]): Promise<SendResult> {
    const left = Math.ceil((waitUntil.current - Date.now()) / 1000);
    if (left > 0) return { ok: false, fields: {}, form: t('meetingJoin.problems.wait', { count: left }) };
    try {
      const sent = await callAsParticipant(token, contract.meetingParticipation.sendContribution, {
        body: input,
      });
      addMine(sent.id);
      update(withAnswer(liveRef.current, { ...sent, mine: true }));
      const what = describe(sent);
      const taken = sent.status === 'accepted' || sent.status === 'merged';
      return {
        ok: true,
        sentText: t(taken ? 'meetingJoin.notice.sentAccepted' : 'meetingJoin.notice.sent', { what }),
      };
    } catch (error) {
      const problem = failed(error, fields);
      return { ok: false, fields: problem.fields, form: problem.form || null };
    }
  }

  const verdictOf = (contribution: Contribution): ReactionVerdict | null =>
    verdicts.has(contribution.id) ? (verdicts.get(contribution.id) ?? null) : contribution.myReaction;

  async function react(contribution: Contribution, pressed: ReactionVerdict) {
    const verdict = nextVerdict(verdictOf(contribution), pressed);
    setReacting(contribution.id);
    setItemProblem(null);
    try {
      const answer = await callAsParticipant(token, contract.meetingParticipation.reactToContribution, {
        params: { contributionId: contribution.id },
        body: { verdict },
      });
      setVerdicts((current) => new Map(current).set(contribution.id, verdict));
      update(withAnswer(liveRef.current, answer));
      const what = describe(contribution);
      setNews(
        verdict ? t(`meetingJoin.notice.${verdict}`, { what }) : t('meetingJoin.notice.cleared', { what }),
      );
    } catch (error) {
      const problem = failed(error, []);
      if (problem.form) setItemProblem({ id: contribution.id, message: problem.form });
    } finally {
      setReacting(null);
    }
  }

  async function withdraw(contribution: Contribution): Promise<boolean> {
    setWithdrawing(contribution.id);
    setItemProblem(null);
    try {
      await callAsParticipant(token, contract.meetingParticipation.withdrawContribution, {
        params: { contributionId: contribution.id },
      });
      update(withWithdrawn(liveRef.current, contribution.id));
      setNews(t('meetingJoin.notice.withdrawn', { what: describe(contribution) }));
      return true;
    } catch (error) {
      const problem = failed(error, []);
      if (problem.form) setItemProblem({ id: contribution.id, message: problem.form });
      return false;
    } finally {
      setWithdrawing(null);
    }
  }

  const { participant, meeting } = view;
  const sections: { id: string; label: string }[] = [
    ...(meetingOpen
      ? [
          { id: SECTION.actor, label: t('meetingJoin.actor.title') },
          { id: SECTION.tie, label: t('meetingJoin.tie.title') },
          ...(meeting.hasTopic
            ? [
                {
                  id: SECTION.position,
                  label: t('meetingJoin.position.title', { topic: meeting.topic?.name ?? '' }),
                },
              ]
            : []),
        ]
      : []),
    { id: SECTION.others, label: t('meetingJoin.others.title') },
    { id: SECTION.mine, label: `${t('meetingJoin.mine.title')} (${own.length})` },
  ];

  return (
    <article aria-labelledby="join-title" className="kv-join">
      <div className="kv-join-head">
        <Heading level={1} id="join-title" tabIndex={-1} ref={heading}>
          {name}
        </Heading>
        <Paragraph className="kv-join-who">
          {participant.nickname
            ? t('meetingJoin.page.speaksForAs', {
                group: participant.groupName,
                nickname: participant.nickname,
              })
            : t('meetingJoin.page.speaksFor', { group: participant.groupName })}
        </Paragraph>
        {meeting.description && <Paragraph className="kv-join-text">{meeting.description}</Paragraph>}
        <p className={`kv-join-connection kv-join-connection--${connection}`} role="status">
          {t(`meetingJoin.connection.${connection}`)}
        </p>
        <p className={news ? 'kv-join-news kv-join-news--shown' : 'kv-join-news'} role="status">
          {news}
        </p>
        <nav aria-label={t('meetingJoin.page.nav')} className="kv-join-nav">
          <ul>
            {sections.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`}>{section.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>

      {meetingOpen ? (
        <>
          <ActorSection
            id={SECTION.actor}
            actors={actorList.all}
            sentNames={sentActorNames(own)}
            send={send}
          />
          <TieSection
            id={SECTION.tie}
            index={actorList.index}
            byId={actorList.byId}
            relationTypes={view.relationTypes}
            send={send}
          />
          {meeting.hasTopic && (
            <PositionSection
              id={SECTION.position}
              topic={meeting.topic}
              index={actorList.index}
              byId={actorList.byId}
              send={send}
            />
          )}
          <p className="kv-hint kv-join-limit">
            {t('meetingJoin.page.perMinute', { count: view.perMinute })}
          </p>
        </>
      ) : (
        <p className="kv-join-notice">{t('meetingJoin.page.notOpen')}</p>
      )}

      <OthersSection
        id={SECTION.others}
        contributions={others}
        describe={describe}
        verdictOf={verdictOf}
        reacting={reacting}
        problem={itemProblem}
        canReact={meetingOpen}
        onReact={(contribution, verdict) => void react(contribution, verdict)}
      />
      <MineSection
        id={SECTION.mine}
        title={t('meetingJoin.mine.title')}
        contributions={own}
        describe={describe}
        meetingOpen={meetingOpen}
        withdrawing={withdrawing}
        problem={itemProblem}
        onWithdraw={withdraw}
      />

      <div className="kv-join-leave">
        <Button purpose="subtle" className="kv-join-button" onClick={onLeave}>
          {t('meetingJoin.page.leave')}
        </Button>
      </div>
    </article>
  );
}
