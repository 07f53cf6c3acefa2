// The bench's pure helpers: how each reported figure is computed, what counts as first-load JS,
// how the ~300-character notes are built, how budgets are judged and how a profile is attributed.
import { describe, expect, test } from 'vitest';
import { evaluateBudgets, FIRST_LOAD_JS_LIMIT_BYTES, overall, type BudgetResult } from '../scripts/bench/budgets';
import { gzipSize, inlineScripts, noModuleUrls, scriptUrls } from '../scripts/bench/html';
import { buildLongRequests, loadDevRequests, LONG_NOTE_MAX, LONG_NOTE_MIN, padNote, sentencesOf } from '../scripts/bench/notes';
import { sliceOrder } from '../scripts/bench/api';
import { parseOptions } from '../scripts/bench/options';
import { summarizeProfile, type CpuProfile } from '../scripts/bench/profile-summary';
import { isServerProjectModule } from '../scripts/bench/server-profile';
import { decodeVlq, projectPath, SourceMapLookup } from '../scripts/bench/source-map';
import { median, percentile, ratio, rotation, summarize } from '../scripts/bench/stats';
import { table } from '../scripts/bench/table';

describe('percentile', () => {
  test.each([
    { values: [5], p: 50, expected: 5 },
    { values: [5], p: 95, expected: 5 },
    { values: [1, 2, 3, 4], p: 50, expected: 2.5 },
    { values: [4, 1, 3, 2], p: 50, expected: 2.5 },
    { values: [1, 2, 3, 4, 5], p: 0, expected: 1 },
    { values: [1, 2, 3, 4, 5], p: 100, expected: 5 },
    { values: [1, 2, 3, 4, 5], p: 25, expected: 2 },
    { values: Array.from({ length: 21 }, (_, i) => i * 10), p: 95, expected: 190 },
    { values: [0, 100], p: 95, expected: 95 },
  ])('p$p of $values is $expected', ({ values, p, expected }) => {
    expect(percentile(values, p)).toBeCloseTo(expected, 10);
  });

  test('of nothing is NaN, not a made-up number', () => {
    expect(percentile([], 50)).toBeNaN();
  });

  test.each([-1, 101, Number.NaN])('rejects percentile %s', (p) => {
    expect(() => percentile([1, 2], p)).toThrow(RangeError);
  });

  test('leaves its input in the order it was given', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('summarize', () => {
  test('gives count, median, p95, mean, min and max', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(summarize(values)).toEqual({ samples: 100, median: 50.5, p95: 95.05, mean: 50.5, min: 1, max: 100 });
  });
});

describe('ratio', () => {
  test.each([
    { numerator: 1, denominator: 2, expected: 0.5 },
    { numerator: 3, denominator: 1.5, expected: 2 },
    { numerator: 1, denominator: 0, expected: null },
    { numerator: 1, denominator: -1, expected: null },
    { numerator: null, denominator: 2, expected: null },
    { numerator: 1, denominator: undefined, expected: null },
    { numerator: Number.NaN, denominator: 2, expected: null },
  ])('$numerator / $denominator is $expected', ({ numerator, denominator, expected }) => {
    expect(ratio(numerator, denominator)).toBe(expected);
  });
});

describe('rotation', () => {
  test.each([
    { round: 0, expected: ['a', 'b', 'c'] },
    { round: 1, expected: ['b', 'c', 'a'] },
    { round: 2, expected: ['c', 'a', 'b'] },
    { round: 3, expected: ['a', 'b', 'c'] },
    { round: -1, expected: ['c', 'a', 'b'] },
  ])('round $round runs $expected', ({ round, expected }) => {
    expect(rotation(['a', 'b', 'c'], round)).toEqual(expected);
  });

  test('lets every competitor go first equally often', () => {
    const firsts = Array.from({ length: 30 }, (_, round) => rotation(['a', 'b', 'c'], round)[0]);
    expect(['a', 'b', 'c'].map((id) => firsts.filter((first) => first === id).length)).toEqual([10, 10, 10]);
  });
});

describe('sentencesOf', () => {
  test.each([
    { text: 'Hi Sam, I loved your talk. Let us connect!', expected: ['Hi Sam, I loved your talk.', 'Let us connect!'] },
    {
      text: 'Hello Dr. Chen, I enjoyed your talk. Thanks.',
      expected: ['Hello Dr. Chen, I enjoyed your talk.', 'Thanks.'],
    },
    { text: 'We met at the U.S. Open? Great match.', expected: ['We met at the U.S. Open?', 'Great match.'] },
    { text: 'No ending punctuation', expected: ['No ending punctuation'] },
    { text: 'She said "go." Then   we left.', expected: ['She said "go."', 'Then we left.'] },
    { text: 'See e.g. the talk (Mr. Li). Thanks!', expected: ['See e.g. the talk (Mr. Li).', 'Thanks!'] },
    { text: '', expected: [] },
  ])('splits "$text"', ({ text, expected }) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe('padNote', () => {
  const donors = [
    'Hi Tim, fellow Michigan alum here. I am moving into HR tech and would love to hear how you switched.',
    'Your post on pricing changed how I run experiments. I would value following your work on churn.',
    'We met at the SaaStr panel on pricing last week and I would love to stay in touch about it.',
  ];

  test.each([
    { base: 'Hi Ana, I loved your talk on search ranking at Haystack.' },
    { base: 'Hello!' },
    { base: `Hi Lee, ${'your essay on onboarding was superb and practical. '.repeat(8)}` },
  ])('makes "$base" 280–300 characters, starting from its own words', ({ base }) => {
    const padded = padNote(base, donors);
    expect(padded.length).toBeGreaterThanOrEqual(LONG_NOTE_MIN);
    expect(padded.length).toBeLessThanOrEqual(LONG_NOTE_MAX);
    expect(padded.startsWith(base.trim().slice(0, 40))).toBe(true);
  });

  test('drops the greeting of a borrowed sentence and capitalizes what follows', () => {
    const padded = padNote('Hi Ana, I loved your talk on search ranking at Haystack.', donors);
    expect(padded).toContain('Haystack. Fellow Michigan alum here.');
    expect(padded).not.toContain('Hi Tim');
  });
});

describe('the 300-character bench notes', () => {
  const dev = loadDevRequests();
  const long = buildLongRequests(dev);

  test('one per dev note, each 280–300 characters on the Premium plan', () => {
    expect(long).toHaveLength(dev.length);
    for (const request of long) {
      expect(request.note.length).toBeGreaterThanOrEqual(LONG_NOTE_MIN);
      expect(request.note.length).toBeLessThanOrEqual(LONG_NOTE_MAX);
      expect(request.plan).toBe('premium');
    }
  });

  test('keep each dev note\'s own details and are the same on every run', () => {
    expect(long.map((request) => request.profile)).toEqual(dev.map((request) => request.profile));
    expect(buildLongRequests(dev)).toEqual(long);
  });
});

describe('scriptUrls', () => {
  const html = [
    '<html><head>',
    '<link rel="stylesheet" href="/_next/static/css/app.css">',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>',
    '<link rel="preload" as="font" href="/font.woff2" crossorigin="">',
    '<link rel="modulepreload" href="/_next/static/chunks/module.js">',
    '<script src="/_next/static/chunks/webpack.js" async=""></script>',
    "<script src='/_next/static/chunks/main-app.js?v=1&amp;x=2' async></script>",
    '<script>self.__next_f=self.__next_f||[]</script>',
    '<script src=https://cdn.example.com/lib.js></script>',
    '<script src="/_next/static/chunks/polyfills.js" noModule="" nonce="abc"></script>',
    '</head></html>',
  ].join('\n');

  test('lists script srcs, modulepreloads and script preloads once each, in order', () => {
    expect(scriptUrls(html, 'http://127.0.0.1:3204/')).toEqual([
      'http://127.0.0.1:3204/_next/static/chunks/webpack.js',
      'http://127.0.0.1:3204/_next/static/chunks/module.js',
      'http://127.0.0.1:3204/_next/static/chunks/main-app.js?v=1&x=2',
      'https://cdn.example.com/lib.js',
    ]);
  });

  test('leaves out <script nomodule>, which current browsers never fetch, and lists it apart', () => {
    expect(noModuleUrls(html, 'http://127.0.0.1:3204/')).toEqual(['http://127.0.0.1:3204/_next/static/chunks/polyfills.js']);
  });

  test.each([
    { name: 'an unclosed script', page: '<script>let a = 1;', expected: [] },
    { name: 'another element whose name starts with "script"', page: '<script>a()</script><scripts>b()</script>', expected: ['a()'] },
    { name: 'upper-case tags', page: '<SCRIPT>c()</SCRIPT>', expected: ['c()'] },
  ])('inline scripts of $name', ({ page, expected }) => {
    expect(inlineScripts(page)).toEqual(expected);
  });

  test('finds inline scripts but not external ones or JSON-LD', () => {
    const page = `${html}<script type="application/ld+json">{"@type":"WebApp"}</script>`;
    expect(inlineScripts(page)).toEqual(['self.__next_f=self.__next_f||[]']);
  });
});

describe('gzipSize', () => {
  test.each([
    { name: 'repetitive text', data: 'a'.repeat(10_000), most: 100 },
    { name: 'an empty file', data: '', most: 30 },
  ])('of $name is small', ({ data, most }) => {
    expect(gzipSize(data)).toBeLessThanOrEqual(most);
  });
});

describe('evaluateBudgets', () => {
  const byId = (results: BudgetResult[], id: string) => results.find((result) => result.id === id);

  test.each([
    { id: 'analysis-median-300', value: 1.2, pass: true },
    { id: 'analysis-median-300', value: 1.21, pass: false },
    { id: 'analysis-ratio-retext-300', value: 1.0, pass: true },
    { id: 'analysis-ratio-retext-300', value: 1.01, pass: false },
    { id: 'api-ratio', value: 0.5, pass: true },
    { id: 'api-ratio', value: 0.49, pass: false },
    { id: 'api-errors', value: 0, pass: true },
    { id: 'api-errors', value: 1, pass: false },
    { id: 'first-load-js', value: FIRST_LOAD_JS_LIMIT_BYTES, pass: true },
    { id: 'first-load-js', value: FIRST_LOAD_JS_LIMIT_BYTES + 1, pass: false },
    { id: 'lighthouse-performance', value: 95, pass: true },
    { id: 'lighthouse-performance', value: 94, pass: false },
    { id: 'lighthouse-accessibility', value: 99, pass: false },
    { id: 'lighthouse-best-practices', value: 100, pass: true },
    { id: 'lighthouse-seo', value: 95, pass: true },
    { id: 'feedback-p95', value: 400, pass: true },
    { id: 'feedback-p95', value: 401, pass: false },
  ])('$id at $value passes: $pass', ({ id, value, pass }) => {
    expect(byId(evaluateBudgets({ [id]: value }), id)?.pass).toBe(pass);
  });

  test('a figure that is missing is neither pass nor fail, and says why', () => {
    const results = evaluateBudgets({ 'feedback-p95': { missing: 'page not ready' } });
    expect(byId(results, 'feedback-p95')).toMatchObject({ value: null, pass: null, note: 'page not ready' });
    expect(byId(results, 'api-ratio')).toMatchObject({ pass: null, note: 'not measured' });
  });

  test.each([
    { name: 'all pass', passes: [true, true], expected: true },
    { name: 'one fails', passes: [true, false, null], expected: false },
    { name: 'some unmeasured', passes: [true, null], expected: null },
  ])('overall when $name is $expected', ({ passes, expected }) => {
    const results = passes.map((pass, i) => ({ id: `b${i}`, label: '', op: '<=' as const, limit: 1, unit: '', value: null, pass }));
    expect(overall(results)).toBe(expected);
  });
});

describe('summarizeProfile', () => {
  const url = (path: string) => `file://${process.cwd()}/${path}`;
  const frame = (functionName: string, path: string) => ({ functionName, url: path ? url(path) : '', lineNumber: 0 });
  // root → analyze (index.ts) → nlp (compromise): 6 hits; analyze itself: 2;
  // analyze → intent check → match (compromise): 3 hits; intent itself: 1; GC: 2; idle: 50 (ignored);
  // a bench loop frame outside the analyzer: 1.
  const profile: CpuProfile = {
    startTime: 0,
    endTime: 1_500_000,
    nodes: [
      { id: 1, callFrame: frame('(root)', ''), children: [2, 6, 7, 8] },
      { id: 2, callFrame: frame('analyze', 'lib/analyzer/index.ts'), hitCount: 2, children: [3, 4] },
      { id: 3, callFrame: frame('nlp', 'node_modules/compromise/src/three.js'), hitCount: 6 },
      { id: 4, callFrame: frame('intent', 'lib/analyzer/checks/intent.ts'), hitCount: 1, children: [5] },
      { id: 5, callFrame: frame('match', 'node_modules/compromise/src/match.js'), hitCount: 3 },
      { id: 6, callFrame: frame('(garbage collector)', ''), hitCount: 2 },
      { id: 7, callFrame: frame('(idle)', ''), hitCount: 50 },
      { id: 8, callFrame: frame('loop', 'scripts/bench/profile.ts'), hitCount: 1 },
    ],
  };
  const summary = summarizeProfile(profile, 100);

  test('attributes each sample to the innermost analyzer module on its stack', () => {
    expect(summary.byStage.map((stage) => [stage.stage, stage.share, stage.inCompromise])).toEqual([
      ['lib/analyzer/index.ts', 8 / 15, 6 / 8],
      ['lib/analyzer/checks/intent.ts', 4 / 15, 3 / 4],
      ['(garbage collector)', 2 / 15, 0],
      ['(outside)', 1 / 15, 0],
    ]);
  });

  test('splits the time by the kind of code that ran, idle excluded', () => {
    expect(summary.byKind).toEqual({ compromise: 9 / 15, analyzer: 3 / 15, project: 0, next: 0, gc: 2 / 15, other: 1 / 15 });
    expect(summary.msPerUnit).toBeCloseTo(1500 / 65 * 15 / 100, 10);
  });

  test('ranks functions by self time', () => {
    expect(summary.topFunctions[0]).toEqual({
      name: 'nlp',
      where: 'node_modules/compromise/src/three.js:1',
      share: 6 / 15,
      caller: 'analyze (lib/analyzer/index.ts)',
    });
  });
});

describe('sliceOrder', () => {
  test.each([
    { slices: 1, expected: ['analyze', 'trivial'] },
    { slices: 2, expected: ['analyze', 'trivial', 'trivial', 'analyze'] },
    { slices: 4, expected: ['analyze', 'trivial', 'trivial', 'analyze', 'analyze', 'trivial', 'trivial', 'analyze'] },
  ])('$slices slices per route run $expected', ({ slices, expected }) => {
    expect(sliceOrder(slices)).toEqual(expected);
  });
});

describe('summarizeProfile with a time window', () => {
  // Two busy nodes; samples at 100, 200, 300, 400 µs: only those inside the window count.
  const profile: CpuProfile = {
    startTime: 0,
    endTime: 400,
    nodes: [
      { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: 0 }, children: [2, 3] },
      { id: 2, callFrame: { functionName: 'parse', url: 'file:///srv/.next-bench/server/chunks/a.js', lineNumber: 0 } },
      { id: 3, callFrame: { functionName: 'boot', url: 'file:///srv/node_modules/next/dist/server.js', lineNumber: 9 } },
    ],
    samples: [3, 2, 2, 3],
    timeDeltas: [100, 100, 100, 100],
  };
  const summary = summarizeProfile(profile, 2, {
    window: { start: 150, end: 350 },
    locate: (frame) => (frame.functionName === 'parse' ? { file: 'lib/analyzer/document.ts', line: 12 } : { file: 'node_modules/next/dist/server.js', line: 10 }),
    owns: isServerProjectModule,
  });

  test('counts only the samples inside the window, located through `locate`', () => {
    expect(summary.byStage.map((stage) => [stage.stage, stage.share])).toEqual([['lib/analyzer/document.ts', 1]]);
    expect(summary.topFunctions[0]?.where).toBe('lib/analyzer/document.ts:12');
    expect(summary.busyMs).toBeCloseTo(0.2, 10);
    expect(summary.msPerUnit).toBeCloseTo(0.1, 10);
  });
});

describe('decodeVlq', () => {
  test.each([
    { segment: 'A', expected: [0] },
    { segment: 'C', expected: [1] },
    { segment: 'D', expected: [-1] },
    { segment: 'AAgBC', expected: [0, 0, 16, 1] },
    { segment: '2HwcrxB', expected: [123, 456, -789] },
    { segment: 'qxB', expected: [789] },
  ])('$segment is $expected', ({ segment, expected }) => {
    expect(decodeVlq(segment)).toEqual(expected);
  });

  test('rejects a character outside Base64', () => {
    expect(() => decodeVlq('A*')).toThrow(/invalid/);
  });
});

describe('SourceMapLookup', () => {
  // Line 0: col 0 → a.ts:0, col 10 → a.ts:2; line 1: col 4 → b.ts:5 (source +1, line +3).
  const map = SourceMapLookup.parse(JSON.stringify({ version: 3, sources: ['a.ts', 'b.ts'], names: [], mappings: 'AAAA,UAEA;ICGA' }));

  test.each([
    { line: 0, column: 0, expected: { source: 'a.ts', line: 0 } },
    { line: 0, column: 9, expected: { source: 'a.ts', line: 0 } },
    { line: 0, column: 10, expected: { source: 'a.ts', line: 2 } },
    { line: 0, column: 500, expected: { source: 'a.ts', line: 2 } },
    { line: 1, column: 3, expected: null },
    { line: 1, column: 4, expected: { source: 'b.ts', line: 5 } },
    { line: 7, column: 0, expected: null },
  ])('line $line column $column maps to $expected', ({ line, column, expected }) => {
    expect(map?.lookup(line, column)).toEqual(expected);
  });

  test('declines index maps and broken JSON', () => {
    expect(SourceMapLookup.parse(JSON.stringify({ version: 3, sections: [] }))).toBeNull();
    expect(SourceMapLookup.parse('{')).toBeNull();
  });

  test.each([
    { source: 'turbopack:///[project]/lib/analyzer/text.ts', expected: 'lib/analyzer/text.ts' },
    { source: '../../../lib/http/handler.ts', expected: 'lib/http/handler.ts' },
    { source: '../../../node_modules/compromise/src/one.js', expected: 'node_modules/compromise/src/one.js' },
  ])('projectPath($source) is $expected', ({ source, expected }) => {
    expect(projectPath(source)).toBe(expected);
  });
});

describe('parseOptions', () => {
  test('defaults to the budget\'s settings: all parts, 50 connections for 20 s, 20 edits', () => {
    expect(parseOptions([], {})).toMatchObject({
      parts: ['analyzer', 'proofread', 'api', 'page'],
      quick: false,
      connections: 50,
      durationSeconds: 20,
      slices: 4,
      edits: 20,
      distDir: '.next-bench',
      port: 3204,
      trivialPath: '/api/health',
    });
  });

  test.each([
    { argv: ['--quick'], env: {}, expected: { quick: true, durationSeconds: 6, slices: 2, lighthouseRuns: 1 } },
    { argv: [], env: { BENCH_QUICK: '1' }, expected: { quick: true } },
    { argv: ['--only=page,analyzer'], env: {}, expected: { parts: ['analyzer', 'page'] } },
    { argv: ['--duration=7', '--port=3205'], env: {}, expected: { durationSeconds: 7, port: 3205 } },
    { argv: ['--profile-seconds=0'], env: {}, expected: { profileSeconds: 0 } },
  ])('$argv $env', ({ argv, env, expected }) => {
    expect(parseOptions(argv, env)).toMatchObject(expected);
  });

  test.each([['--only=speed'], ['--duration=0'], ['--connections=many'], ['--trivial=health'], ['--bogus']])(
    'rejects %s',
    (arg) => {
      expect(() => parseOptions([arg], {})).toThrow();
    },
  );
});

describe('table', () => {
  test('pads columns and right-aligns those marked with ">"', () => {
    expect(table(['name', '>ms'], [['retext', '1.5'], ['notecoach', '0.25']]).split('\n')).toEqual([
      'name         ms',
      '---------  ----',
      'retext      1.5',
      'notecoach  0.25',
    ]);
  });
});

describe('proofreading bench notes', () => {
  test('every other note gets one typo, the rest are untouched', async () => {
    const { withTypos } = await import('../scripts/bench/proofread');
    const requests = [{ note: 'Hi Sam, I would really like to learn about your tracing work.' }, { note: 'Hi Sam, I would really like to learn about it.' }];
    const typed = withTypos(requests);
    expect(typed[0]?.note).toBe('Hi Sam, I would really like to learn aobut your tracing work.');
    expect(typed[1]).toBe(requests[1]);
  });
});
