import { describe, expect, it } from 'vitest';
import { actorCreateSchema } from './actor.ts';
import { relationCreateSchema, relationRuleIssues } from './relation.ts';
import { nameSchema } from './text-rules.ts';
import { workspaceCreateSchema } from './workspace.ts';

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

describe('domain rules', () => {
  it('trims names and refuses control characters, including C1 ones', () => {
    expect(nameSchema().parse('  Wijkteam Noord ')).toBe('Wijkteam Noord');
    for (const bad of ['a\nb', 'a\tb', 'bel\u0007', 'next\u0085line', '', '   ', 'x'.repeat(201)]) {
      expect(nameSchema().safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(nameSchema().safeParse('Café “De Linde” – 50%').success).toBe(true);
  });

  it('fills defaults for a minimal speler and refuses unknown fields', () => {
    expect(actorCreateSchema.parse({ name: 'GGD', force: 'instelling' })).toMatchObject({
      kind: 'organisatie',
      domains: [],
      scale: null,
      website: null,
      achtergrond: '',
    });
    expect(actorCreateSchema.safeParse({ name: 'GGD', force: 'instelling', colour: 'red' }).success).toBe(
      false,
    );
    expect(actorCreateSchema.safeParse({ name: 'GGD', force: 'burger' }).success).toBe(false);
  });

  it('checks relation rules on the complete state', () => {
    expect(relationRuleIssues({ sourceId: id(1), targetId: id(1), validFrom: null, validTo: null })).toEqual([
      { path: 'targetId', code: 'self_relation' },
    ]);
    expect(
      relationRuleIssues({
        sourceId: id(1),
        targetId: id(2),
        validFrom: '2025-02-01',
        validTo: '2025-01-31',
      }),
    ).toEqual([{ path: 'validTo', code: 'date_order' }]);
    const parsed = relationCreateSchema.safeParse({ sourceId: id(1), targetId: id(1), type: 'werkt_samen' });
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['targetId', 'self_relation'],
    ]);
    expect(
      relationCreateSchema.safeParse({
        sourceId: id(1),
        targetId: id(2),
        type: 'werkt_samen',
        validFrom: '2025-02-30',
      }).success,
    ).toBe(false);
  });

  it('accepts only well-formed gemeente codes', () => {
    expect(workspaceCreateSchema.safeParse({ name: 'W', gemeente: 'GM0363' }).success).toBe(true);
    expect(workspaceCreateSchema.safeParse({ name: 'W', gemeente: 'Amsterdam' }).success).toBe(false);
  });
});
