/**
 * Spelers the respondents missed in the list and proposed themselves: how many named each, and for an open
 * proposal the coordinator's three choices — a new speler, the same as an existing speler (chosen by
 * searching), or not on the map. Accepting or merging puts the ties that waited for it on the map.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../../contract/index.ts';
import type { GraphActor } from '../../../../domain/index.ts';
import { call } from '../../../api/client.ts';
import { useEndpoint } from '../../../api/queries.ts';
import { QueryState } from '../../../components/QueryState.tsx';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { useAnnouncedStatus } from '../../../components/use-announced-status.ts';
import { problemText } from '../../../state/problem-errors.ts';
import { ActorChooser } from './ActorChooser.tsx';

type Proposal = contract.EndpointOutput<typeof contract.surveys.listProposals>['items'][number];
type Decision = contract.EndpointInput<typeof contract.surveys.decideProposal>['body'];

interface ProposalsSectionProps {
  workspaceId: string;
  surveyId: string;
  actors: readonly GraphActor[];
  canEdit: boolean;
  onChanged(): void;
}

export function ProposalsSection({
  workspaceId,
  surveyId,
  actors,
  canEdit,
  onChanged,
}: ProposalsSectionProps) {
  const { t } = useTranslation();
  const id = useId();
  const list = useEndpoint(contract.surveys.listProposals, { params: { workspaceId, surveyId } });
  const [merging, setMerging] = useState<Proposal | null>(null);
  const { status, announce, ref: statusRef } = useAnnouncedStatus('');
  const names = useMemo(() => new Map(actors.map((actor) => [actor.id, actor.name])), [actors]);
  const mergeHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (merging) mergeHeading.current?.focus();
  }, [merging]);

  async function decide(proposal: Proposal, decision: Decision, done: string) {
    setMerging(null);
    try {
      await call(contract.surveys.decideProposal, {
        params: { workspaceId, surveyId, proposalId: proposal.id },
        body: decision,
      });
      announce(done);
      onChanged();
    } catch (error) {
      announce(problemText(error, t('errors.generic')));
    }
  }

  const proposals = list.data?.items ?? [];
  const statusText = (proposal: Proposal) =>
    proposal.status === 'merged'
      ? t('surveys.proposals.mergedWith', { name: (proposal.actorId && names.get(proposal.actorId)) || '' })
      : t(`surveys.proposals.status.${proposal.status}`);

  return (
    <section aria-labelledby={`${id}-heading`} className="kv-survey-proposals">
      <Heading level={4} id={`${id}-heading`}>
        {t('surveys.proposals.title')}
      </Heading>
      <Paragraph>{t('surveys.proposals.intro')}</Paragraph>
      <p className="kv-status" role="status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
      <QueryState query={list} />
      {list.data && proposals.length === 0 && <Paragraph>{t('surveys.proposals.none')}</Paragraph>}
      {proposals.length > 0 && (
        <ScrollRegion label={t('surveys.proposals.tableLabel')}>
          <table className="kv-table kv-compact">
            <caption className="kv-visually-hidden">{t('surveys.proposals.tableLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('surveys.proposals.name')}</th>
                <th scope="col">{t('surveys.proposals.force')}</th>
                <th scope="col" className="kv-number">
                  {t('surveys.proposals.namedBy')}
                </th>
                <th scope="col">{t('surveys.proposals.statusLabel')}</th>
                {canEdit && (
                  <th scope="col">
                    <span className="kv-visually-hidden">{t('surveys.proposals.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {proposals.map((proposal) => (
                <tr key={proposal.id}>
                  <th scope="row">{proposal.name}</th>
                  <td>{t(`force.${proposal.force}`)}</td>
                  <td className="kv-number">{proposal.namedBy}</td>
                  <td>{statusText(proposal)}</td>
                  {canEdit && (
                    <td>
                      {proposal.status === 'open' && (
                        <div className="kv-row-actions">
                          <Button
                            purpose="secondary"
                            aria-label={t('surveys.proposals.acceptFor', { name: proposal.name })}
                            onClick={() =>
                              void decide(
                                proposal,
                                { decision: 'accept' },
                                t('surveys.proposals.accepted', { name: proposal.name }),
                              )
                            }
                          >
                            {t('surveys.proposals.accept')}
                          </Button>
                          <Button
                            purpose="subtle"
                            aria-label={t('surveys.proposals.mergeFor', { name: proposal.name })}
                            aria-expanded={merging?.id === proposal.id}
                            onClick={() => setMerging(merging?.id === proposal.id ? null : proposal)}
                          >
                            {t('surveys.proposals.merge')}
                          </Button>
                          <Button
                            purpose="subtle"
                            aria-label={t('surveys.proposals.rejectFor', { name: proposal.name })}
                            onClick={() =>
                              void decide(
                                proposal,
                                { decision: 'reject' },
                                t('surveys.proposals.rejected', { name: proposal.name }),
                              )
                            }
                          >
                            {t('surveys.proposals.reject')}
                          </Button>
                        </div>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {merging && (
        <section className="kv-subform" aria-labelledby={`${id}-merge`}>
          <Heading level={5} id={`${id}-merge`} ref={mergeHeading} tabIndex={-1}>
            {t('surveys.proposals.mergeTitle', { name: merging.name })}
          </Heading>
          <Paragraph>{t('surveys.proposals.mergeIntro')}</Paragraph>
          <ActorChooser
            actors={actors}
            searchLabel={t('surveys.proposals.mergeSearch')}
            selectLabel={t('surveys.proposals.mergeActor')}
            buttonLabel={t('surveys.proposals.mergeConfirm')}
            onChoose={(actor) =>
              void decide(
                merging,
                { decision: 'merge', actorId: actor.id },
                t('surveys.proposals.merged', { name: merging.name, actor: actor.name }),
              )
            }
          />
          <Button purpose="subtle" onClick={() => setMerging(null)}>
            {t('panel.cancel')}
          </Button>
        </section>
      )}
    </section>
  );
}
