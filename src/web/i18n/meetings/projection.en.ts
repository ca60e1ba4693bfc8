/** English texts of the bijeenkomst's projection screen; the same keys as projection.nl.ts. */
import type { projectionNl } from './projection.nl.ts';

export const projectionEn: typeof projectionNl = {
  title: 'Meeting',
  loadError: 'We cannot show this meeting right now.',
  backToWorkspace: 'Back to the workspace',
  join: {
    heading: 'Take part with your phone',
    codeLabel: 'The code',
    how: 'Go to {{address}} and enter: {{code}}',
    qr: 'QR code to take part. Scan it with your phone’s camera.',
    planned: 'The meeting starts soon. Then the code to take part shows here.',
    closed: 'Closed',
    closedText: 'Taking part is no longer possible. Thank you for your input!',
  },
  groups: {
    heading: 'Who is taking part',
    count_one: '{{count}} participant',
    count_other: '{{count}} participants',
    total_one: '{{count}} participant in all',
    total_other: '{{count}} participants in all',
  },
  map: {
    heading: 'The map',
    label:
      'Map of {{workspace}}: the actors in the five forces, with what the groups in this meeting said. What was just accepted lights up for a moment.',
    empty: 'There are no actors on the map yet.',
  },
  grid: {
    heading: 'Issue: {{topic}}',
    title: 'Where the groups place the actors',
  },
  ticker: {
    heading: 'Just accepted',
    empty: 'Nothing accepted yet. Send something in with your phone!',
    actorNew: 'New: actor {{name}} ({{force}})',
    actorKnown: 'Actor {{name}} ({{force}}) is already on the map',
    tie: '{{source}} {{relation}} {{target}}',
    position: '{{name}}: influence {{invloed}}, interest {{belang}}',
    group: 'Group: {{group}}',
    unknownActor: 'an actor',
  },
  live: {
    connecting: 'Connecting…',
    live: 'Live',
    reconnecting: 'Connection lost. Trying again…',
    ended: 'No longer live. Reload the page.',
  },
};
