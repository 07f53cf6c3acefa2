import { describe, expect, test } from 'vitest';
import { placeholderSpans } from '@/lib/placeholders';

const found = (text: string) => placeholderSpans(text).map((s) => text.slice(s.start, s.end));

describe('placeholders', () => {
  test.each([
    ['Hi [Name], hello', ['[Name]']],
    ['Hi {first_name} at {{company}}', ['{first_name}', '{{company}}']],
    ['Dear <first name>,', ['<first name>']],
    ['Hi %FIRST_NAME%!', ['%FIRST_NAME%']],
    ['I work at ____ now', ['____']],
    ['[a] and [b]', ['[a]', '[b]']],
  ])('%j → %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test.each([
    ['an aside in parentheses', 'I work on maps (mostly transit).'],
    ['an empty pair', 'Hi [] {}'],
    ['a heart', 'Love it <3'],
    ['HTML is not a slot', '<img src=x onerror=alert(1)>'],
    ['too long to be a slot', `[${'x'.repeat(61)}]`],
    ['broken across lines', '[first\nname]'],
    ['two underscores', 'snake__case'],
    ['percent signs', 'grew 50% to 80%'],
  ])('not a slot: %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });

  test('linear on hostile input', () => {
    for (const ch of ['[', '{', '<a', '%A', '_']) expect(() => placeholderSpans(ch.repeat(5000))).not.toThrow();
  });
});
