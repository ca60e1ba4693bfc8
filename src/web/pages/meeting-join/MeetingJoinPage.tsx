/**
 * A participant's page of a bijeenkomst (/doe-mee), used on a phone without an account: the code (typed,
 * or from `?code=` of the projected QR code), the door (which group they speak for, a nickname), then the
 * live page where they contribute. The token from joining is kept per code (participant-token.ts), so a
 * reload comes back as the same participant; a token the server no longer honours is dropped and the
 * page goes back to the code. The address keeps `?code=` while a meeting is open on the page, so a reload
 * finds it.
 */
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../contract/index.ts';
import type { MeetingDoor, ParticipantView } from '../../../domain/index.ts';
import { ApiProblem, call, callAsParticipant } from '../../api/client.ts';
import { sendFailure } from '../../state/meeting/participant-forms.ts';
import {
  browserStore,
  codeFromSearch,
  dropToken,
  readToken,
  saveToken,
  searchWithCode,
} from '../../state/meeting/participant-token.ts';
import { CodeStep } from './CodeStep.tsx';
import { DoorStep, type JoinProblem } from './DoorStep.tsx';
import { EndedStep } from './EndedStep.tsx';
import { type EndedSnapshot, type EndReason, ParticipantPage } from './ParticipantPage.tsx';

type Phase =
  | { kind: 'loading' }
  | { kind: 'code'; code: string; problem: { text: string; seq: number } | null }
  | { kind: 'door'; code: string; door: MeetingDoor }
  | { kind: 'joined'; code: string; token: string; view: ParticipantView }
  | { kind: 'ended'; reason: EndReason; snapshot: EndedSnapshot | null };

/** Shows `?code=` in the address (or removes it) without a new history entry. */
function showCodeInAddress(code: string): void {
  const { pathname, search, hash } = window.location;
  const next = searchWithCode(search, code);
  if (next !== search) window.history.replaceState(window.history.state, '', `${pathname}${next}${hash}`);
}

export function MeetingJoinPage() {
  const { t } = useTranslation();
  const [store] = useState(browserStore);
  const [phase, setPhase] = useState<Phase>(() => {
    const code = codeFromSearch(window.location.search);
    return code ? { kind: 'loading' } : { kind: 'code', code: '', problem: null };
  });
  const [busy, setBusy] = useState(false);
  // The first step shown keeps the page's natural focus; every later step moves it to its heading.
  const [moved, setMoved] = useState(false);
  const seq = useRef(0);

  const go = (next: Phase) => {
    setPhase(next);
    if (next.kind !== 'loading') setMoved((already) => already || phase.kind !== 'loading');
  };
  const codeProblem = (code: string, text: string): Phase => ({
    kind: 'code',
    code,
    problem: { text, seq: ++seq.current },
  });

  /** What a refused code means, in words. */
  function codeFailure(error: unknown): string {
    const failure = sendFailure(error, []);
    switch (failure.kind) {
      case 'gone':
      case 'refused':
        return t('meetingJoin.code.unknown');
      case 'wait':
        return t('meetingJoin.problems.wait', { count: failure.seconds });
      case 'offline':
        return t('meetingJoin.problems.offline');
      default:
        return failure.message || t('meetingJoin.problems.generic');
    }
  }

  /** Opens a code: as the participant this phone already is there, else at the door. */
  async function open(code: string) {
    setBusy(true);
    try {
      const token = readToken(store, code);
      if (token) {
        try {
          const view = await callAsParticipant(token, contract.meetingParticipation.participantView);
          showCodeInAddress(code);
          go({ kind: 'joined', code, token, view });
          return;
        } catch (error) {
          if (!(error instanceof ApiProblem && error.status === 404)) {
            // No connection, say: keep the token and let the participant try again.
            go(codeProblem(code, codeFailure(error)));
            return;
          }
          dropToken(store, code);
        }
      }
      try {
        const door = await call(contract.meetingParticipation.openMeetingDoor, { body: { code } });
        showCodeInAddress(code);
        go({ kind: 'door', code, door });
      } catch (error) {
        showCodeInAddress('');
        go(codeProblem(code, codeFailure(error)));
      }
    } finally {
      setBusy(false);
    }
  }

  // A code in the address (the QR code, or a reload): straight to it. Once, also where development's
  // StrictMode runs effects twice: a wrong code counts against the address's limit.
  const started = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, for the address the page was opened with
  useEffect(() => {
    const code = codeFromSearch(window.location.search);
    if (code && !started.current) void open(code);
    started.current = true;
  }, []);

  async function join(code: string, groupId: string, nickname: string | null): Promise<JoinProblem | null> {
    try {
      const { token, view } = await call(contract.meetingParticipation.joinMeeting, {
        body: { code, groupId, nickname },
      });
      saveToken(store, code, token);
      go({ kind: 'joined', code, token, view });
      return null;
    } catch (error) {
      const failure = sendFailure(error, ['groupId', 'nickname']);
      switch (failure.kind) {
        case 'gone':
          // The meeting closed (or its code changed) while the door was open.
          showCodeInAddress('');
          go(codeProblem('', t('meetingJoin.code.unknown')));
          return null;
        case 'wait':
          return { fields: {}, form: t('meetingJoin.problems.wait', { count: failure.seconds }) };
        case 'refused':
          return { fields: failure.fields, form: failure.form ?? '' };
        case 'offline':
          return { fields: {}, form: t('meetingJoin.problems.offline') };
        default:
          return { fields: {}, form: failure.message || t('meetingJoin.problems.generic') };
      }
    }
  }

  function backToCode() {
    showCodeInAddress('');
    go({ kind: 'code', code: '', problem: null });
  }

  switch (phase.kind) {
    case 'loading':
      return <Paragraph>{t('meetingJoin.loading')}</Paragraph>;
    case 'code':
      return (
        <CodeStep
          key={phase.code}
          initialCode={phase.code}
          problem={phase.problem}
          busy={busy}
          focusOnMount={moved}
          onSubmit={(code) => void open(code)}
        />
      );
    case 'door':
      return (
        <DoorStep
          door={phase.door}
          focusOnMount={moved}
          onJoin={(groupId, nickname) => join(phase.code, groupId, nickname)}
          onOtherCode={backToCode}
        />
      );
    case 'joined':
      return (
        <ParticipantPage
          key={phase.token}
          token={phase.token}
          view={phase.view}
          focusOnMount={moved}
          onEnded={(reason, snapshot) => {
            dropToken(store, phase.code);
            showCodeInAddress('');
            go({ kind: 'ended', reason, snapshot });
          }}
          onLeave={backToCode}
        />
      );
    case 'ended':
      return <EndedStep reason={phase.reason} snapshot={phase.snapshot} onAgain={backToCode} />;
  }
}
