import { describe, expect, it } from 'vitest';
import { linkFileName, linkRows, linkUrl } from './survey-links.ts';

describe('personal links', () => {
  it('puts the app’s origin in front of the server’s path', () => {
    expect(linkUrl('https://kaart.example.nl', '/uitvraag#abc')).toBe(
      'https://kaart.example.nl/uitvraag#abc',
    );
    expect(linkUrl('http://localhost:5173/', '/uitvraag#abc')).toBe('http://localhost:5173/uitvraag#abc');
    expect(linkUrl('http://localhost', 'uitvraag#abc')).toBe('http://localhost/uitvraag#abc');
  });

  it('names each link by its speler, alphabetically', () => {
    const names = new Map([
      ['w', 'Wijkteam Zuid'],
      ['b', 'Buurthuis De Kern'],
    ]);
    expect(
      linkRows(
        [
          { respondentId: 'r1', actorId: 'w', path: '/uitvraag#1' },
          { respondentId: 'r2', actorId: 'b', path: '/uitvraag#2' },
        ],
        (id) => names.get(id),
        'https://kaart.example.nl',
      ),
    ).toEqual([
      {
        respondentId: 'r2',
        actorId: 'b',
        actorName: 'Buurthuis De Kern',
        url: 'https://kaart.example.nl/uitvraag#2',
      },
      {
        respondentId: 'r1',
        actorId: 'w',
        actorName: 'Wijkteam Zuid',
        url: 'https://kaart.example.nl/uitvraag#1',
      },
    ]);
  });

  it('keeps the server’s file name, else names the list itself', () => {
    expect(linkFileName('csv', 'links.csv')).toBe('links.csv');
    expect(linkFileName('xlsx', null)).toBe('uitvraag-links.xlsx');
  });
});
