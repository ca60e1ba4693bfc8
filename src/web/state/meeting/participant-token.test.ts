import { describe, expect, it } from 'vitest';
import {
  codeFromSearch,
  dropToken,
  type KeyValueStore,
  readToken,
  saveToken,
  searchWithCode,
  TOKEN_KEY_PREFIX,
  tokenKey,
} from './participant-token.ts';

function memoryStore(): KeyValueStore & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, value),
    removeItem: (key) => void entries.delete(key),
  };
}

/** A store that refuses everything, as some browsers' private mode does. */
const refusing: KeyValueStore = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('a participant’s token on the phone', () => {
  it('is kept under one key per code, however the code was typed', () => {
    const store = memoryStore();
    saveToken(store, 'abc 234', 'token-1');
    expect(tokenKey('abc-234')).toBe(`${TOKEN_KEY_PREFIX}ABC234`);
    expect([...store.entries.keys()]).toEqual(['krachtenveld-deelnemer:ABC234']);
    expect(readToken(store, 'ABC234')).toBe('token-1');
    expect(readToken(store, 'XYZ789')).toBeNull();
  });

  it('keeps the tokens of different meetings apart and drops one without the others', () => {
    const store = memoryStore();
    saveToken(store, 'ABC234', 'one');
    saveToken(store, 'XYZ789', 'two');
    dropToken(store, 'abc234');
    expect(readToken(store, 'ABC234')).toBeNull();
    expect(readToken(store, 'XYZ789')).toBe('two');
  });

  it('treats an empty stored value as no token', () => {
    const store = memoryStore();
    store.setItem(tokenKey('ABC234'), '  ');
    expect(readToken(store, 'ABC234')).toBeNull();
  });

  it('works without storage, or with storage that refuses, by forgetting', () => {
    expect(readToken(null, 'ABC234')).toBeNull();
    expect(() => saveToken(null, 'ABC234', 't')).not.toThrow();
    expect(readToken(refusing, 'ABC234')).toBeNull();
    expect(() => saveToken(refusing, 'ABC234', 't')).not.toThrow();
    expect(() => dropToken(refusing, 'ABC234')).not.toThrow();
  });
});

describe('the code in the address', () => {
  it('reads ?code= as typed on a poster or scanned, normalised', () => {
    expect(codeFromSearch('?code=abc234')).toBe('ABC234');
    expect(codeFromSearch('?code=abc%20-%20234&x=1')).toBe('ABC234');
    expect(codeFromSearch('?other=1')).toBe('');
    expect(codeFromSearch('')).toBe('');
    expect(codeFromSearch(`?code=${'A'.repeat(100)}`)).toHaveLength(40);
  });

  it('sets or removes ?code= and keeps the rest of the query', () => {
    expect(searchWithCode('', 'ABC234')).toBe('?code=ABC234');
    expect(searchWithCode('?code=OLD&lang=en', 'ABC234')).toBe('?code=ABC234&lang=en');
    expect(searchWithCode('?code=ABC234', '')).toBe('');
    expect(searchWithCode('?code=ABC234&lang=en', '')).toBe('?lang=en');
  });
});
