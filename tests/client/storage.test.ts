import { afterEach, describe, expect, test, vi } from 'vitest';
import { clearAllStored, isStringRecord, readStored, removeStored, STORAGE_KEYS, writeStored } from '@/lib/client/storage';

function fakeStorage(initial: Record<string, string> = {}, { full = false } = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      data.set(k, v);
    },
  };
}

const isForm = isStringRecord(['name', 'schools'] as const);

afterEach(() => vi.unstubAllGlobals());

describe('readStored', () => {
  test.each([
    ['a stored form', '{"name":"Dana"}', { name: 'Dana' }],
    ['corrupt JSON', '{"name":', undefined],
    ['the wrong shape', '{"name":42}', undefined],
    ['an array', '[]', undefined],
  ])('%s', (_name, raw, expected) => {
    vi.stubGlobal('window', { localStorage: fakeStorage({ [STORAGE_KEYS.recipient]: raw }) });
    expect(readStored(STORAGE_KEYS.recipient, isForm)).toEqual(expected);
  });

  test('answers undefined where there is no window (server rendering)', () => {
    expect(readStored(STORAGE_KEYS.recipient, isForm)).toBeUndefined();
  });

  test('answers undefined where merely touching storage throws (blocked cookies)', () => {
    vi.stubGlobal('window', {
      get localStorage(): Storage {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(readStored(STORAGE_KEYS.recipient, isForm)).toBeUndefined();
    expect(writeStored(STORAGE_KEYS.recipient, { name: 'x' })).toBe(false);
  });
});

describe('writeStored / removeStored', () => {
  test('round-trips and removes', () => {
    vi.stubGlobal('window', { localStorage: fakeStorage() });
    expect(writeStored(STORAGE_KEYS.sender, { schools: 'Rice' })).toBe(true);
    expect(readStored(STORAGE_KEYS.sender, isForm)).toEqual({ schools: 'Rice' });
    removeStored(STORAGE_KEYS.sender);
    expect(readStored(STORAGE_KEYS.sender, isForm)).toBeUndefined();
  });

  test('reports a full store instead of throwing', () => {
    vi.stubGlobal('window', { localStorage: fakeStorage({}, { full: true }) });
    expect(writeStored(STORAGE_KEYS.draft, 'x'.repeat(10))).toBe(false);
  });
});

describe('clearAllStored', () => {
  test('removes every notecoach key (and stray ones under its prefix) but nothing else', () => {
    const storage = fakeStorage({
      ...Object.fromEntries(Object.values(STORAGE_KEYS).map((k) => [k, '"x"'])),
      'notecoach:old-version': '1',
      'other-app': 'keep',
    });
    vi.stubGlobal('window', { localStorage: storage });
    clearAllStored();
    expect(storage.length).toBe(1);
    expect(storage.getItem('other-app')).toBe('keep');
  });

  test('does not throw where there is no window or storage is blocked', () => {
    expect(() => clearAllStored()).not.toThrow();
    vi.stubGlobal('window', {
      get localStorage(): Storage {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    expect(() => clearAllStored()).not.toThrow();
  });
});
