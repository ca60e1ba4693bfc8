/**
 * The sections of a werkruimte as links: each opens its panel beside the map at its own address. Links,
 * not tabs, because each section is a place one can share, reload and open in a new browser tab.
 */
import { useTranslation } from 'react-i18next';
import { followLink, type WorkspacePanel, workspacePath } from '../../../router.ts';

export type SectionKind =
  | 'actors'
  | 'relations'
  | 'perspectives'
  | 'topics'
  | 'surveys'
  | 'meetings'
  | 'diagnose'
  | 'transfer'
  | 'time'
  | 'report'
  | 'history'
  | 'members'
  | 'about';

const SECTIONS: readonly SectionKind[] = [
  'actors',
  'relations',
  'perspectives',
  'topics',
  'surveys',
  'meetings',
  'diagnose',
  'transfer',
  'time',
  'report',
  'history',
  'members',
  'about',
];

/** Which section a panel belongs to: a speler's panel belongs to the spelers, a relatie's to the relaties. */
function sectionOf(panel: WorkspacePanel): SectionKind | 'map' {
  if (!panel || panel.kind === 'filters') return 'map';
  if (panel.kind === 'actor' || panel.kind === 'new-actor') return 'actors';
  if (panel.kind === 'relation') return 'relations';
  if (panel.kind === 'topic') return 'topics';
  if (panel.kind === 'survey') return 'surveys';
  if (panel.kind === 'meeting') return 'meetings';
  // Reached from the Perspectieven panel: comparing perspectives is part of that section.
  if (panel.kind === 'divergence') return 'perspectives';
  return panel.kind;
}

interface WorkspaceNavProps {
  workspaceId: string;
  panel: WorkspacePanel;
}

export function WorkspaceNav({ workspaceId, panel }: WorkspaceNavProps) {
  const { t } = useTranslation();
  const current = sectionOf(panel);
  const link = (kind: SectionKind | 'map', label: string) => (
    <li key={kind}>
      <a
        href={workspacePath(workspaceId, kind === 'map' ? null : { kind })}
        aria-current={current === kind ? 'page' : undefined}
        onClick={followLink}
      >
        {label}
      </a>
    </li>
  );
  return (
    <nav className="kv-workspace-nav" aria-label={t('shell.sections')}>
      <ul>
        {link('map', t('shell.section.map'))}
        {SECTIONS.map((kind) =>
          // The uitvraag and the bijeenkomsten keep all their words under their own keys.
          link(
            kind,
            kind === 'surveys'
              ? t('surveys.title')
              : kind === 'meetings'
                ? t('meetings.title')
                : kind === 'time'
                  ? t('time.title')
                  : kind === 'report'
                    ? t('report.title')
                    : t(`shell.section.${kind}`),
          ),
        )}
      </ul>
    </nav>
  );
}
