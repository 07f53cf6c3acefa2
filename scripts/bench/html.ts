/**
 * What a first visit downloads, read from the HTML: script URLs and inline scripts, and their
 * gzip size. Pure (no network), so the rules for what counts as first-load JS are unit-tested.
 */
import { gzipSync } from 'node:zlib';

/** zlib level used for every gzip figure (the strongest; servers and CDNs usually sit at 6–9). */
export const GZIP_LEVEL = 9;

/**
 * The URLs of the JavaScript an HTML document loads in a current browser: every `<script src>`,
 * every `<link rel="modulepreload">` and every `<link rel="preload" as="script">`, resolved against
 * `base`, de-duplicated, in document order. `<script nomodule>` (Next's legacy polyfills) is left
 * out — browsers that support modules never download it — and listed by {@link noModuleUrls}.
 */
export function scriptUrls(html: string, base: string): string[] {
  return collectScripts(html, base).loaded;
}

/** The `<script nomodule src>` URLs of an HTML document: fetched only by pre-2018 browsers. */
export function noModuleUrls(html: string, base: string): string[] {
  return collectScripts(html, base).noModule;
}

// One pattern per attribute the scan reads, built once: the value double-, single- or unquoted.
const ATTRIBUTES = new Map(
  ['src', 'rel', 'as', 'href'].map((name) => [name, new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')]),
);

/** The value of attribute `name` in a start tag, if present. */
function attr(tag: string, name: 'src' | 'rel' | 'as' | 'href'): string | undefined {
  return ATTRIBUTES.get(name)?.exec(tag)?.slice(1).find((value) => value !== undefined);
}

function collectScripts(html: string, base: string): { loaded: string[]; noModule: string[] } {
  const urls: string[] = [];
  const noModule: string[] = [];
  // [^<>] rather than [^>]: a tag that never closes then costs one scan, not one per later '<'.
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^<>]*>/gi)) {
    const isScript = /^<script/i.test(tag);
    let src: string | undefined;
    if (isScript) src = attr(tag, 'src');
    else {
      const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
      const as = (attr(tag, 'as') ?? '').toLowerCase();
      if (rel.includes('modulepreload') || (rel.includes('preload') && as === 'script')) src = attr(tag, 'href');
    }
    if (!src) continue;
    const url = new URL(src.replace(/&amp;/g, '&'), base).href;
    const list = isScript && /\snomodule\b/i.test(tag) ? noModule : urls;
    if (!list.includes(url)) list.push(url);
  }
  return { loaded: urls.filter((url) => !noModule.includes(url)), noModule };
}

/**
 * The bodies of inline scripts (no `src`) of an HTML document, JSON-LD excluded. A scan with
 * indexOf rather than one regex over the document, so an unclosed <script> cannot make it quadratic.
 */
export function inlineScripts(html: string): string[] {
  const lower = html.toLowerCase();
  const bodies: string[] = [];
  let from = 0;
  for (;;) {
    const open = lower.indexOf('<script', from);
    if (open === -1) break;
    const tagEnd = lower.indexOf('>', open);
    if (tagEnd === -1) break;
    const close = lower.indexOf('</script', tagEnd);
    if (close === -1) break;
    const attrs = html.slice(open + '<script'.length, tagEnd);
    const body = html.slice(tagEnd + 1, close);
    from = close + '</script'.length;
    // "<scripts>" or "<script-x>" is another element: the name must end right after "script".
    if (attrs !== '' && !/^[\s/]/.test(attrs)) continue;
    if (/\ssrc\s*=/i.test(attrs) || /type\s*=\s*["']?application\/(?:ld\+)?json/i.test(attrs)) continue;
    if (body.length > 0) bodies.push(body);
  }
  return bodies;
}

/** gzip size in bytes of `data` at {@link GZIP_LEVEL}. */
export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(data, { level: GZIP_LEVEL }).length;
}
