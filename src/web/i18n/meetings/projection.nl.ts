/** Dutch texts (B1) of the bijeenkomst's projection screen; kept apart from nl.ts so the screen's words stay together. */
export const projectionNl = {
  title: 'Bijeenkomst',
  loadError: 'Deze bijeenkomst kunnen we nu niet laten zien.',
  backToWorkspace: 'Terug naar de werkruimte',
  join: {
    heading: 'Doe mee met uw telefoon',
    codeLabel: 'De code',
    how: 'Ga naar {{address}} en vul in: {{code}}',
    qr: 'QR-code om mee te doen. Scan hem met de camera van uw telefoon.',
    planned: 'De bijeenkomst begint zo. Dan ziet u hier de code om mee te doen.',
    closed: 'Gesloten',
    closedText: 'Meedoen kan niet meer. Bedankt voor wat u hebt ingebracht!',
  },
  groups: {
    heading: 'Wie doen mee',
    count_one: '{{count}} deelnemer',
    count_other: '{{count}} deelnemers',
    total_one: 'Samen {{count}} deelnemer',
    total_other: 'Samen {{count}} deelnemers',
  },
  map: {
    heading: 'De kaart',
    label:
      'Kaart van {{workspace}}: de spelers in de vijf krachten, met wat de groepen in deze bijeenkomst zeiden. Wat net is overgenomen, licht even op.',
    empty: 'Er staan nog geen spelers op de kaart.',
  },
  grid: {
    heading: 'Vraagstuk: {{topic}}',
    title: 'Waar de groepen de spelers zetten',
  },
  ticker: {
    heading: 'Net overgenomen',
    empty: 'Nog niets overgenomen. Stuur iets in met uw telefoon!',
    actorNew: 'Nieuw: speler {{name}} ({{force}})',
    actorKnown: 'Speler {{name}} ({{force}}) staat al op de kaart',
    tie: '{{source}} {{relation}} {{target}}',
    position: '{{name}}: invloed {{invloed}}, belang {{belang}}',
    group: 'Groep: {{group}}',
    unknownActor: 'een speler',
  },
  live: {
    connecting: 'Verbinden…',
    live: 'Live',
    reconnecting: 'Verbinding kwijt. We proberen het opnieuw…',
    ended: 'Niet meer live. Laad de pagina opnieuw.',
  },
};
