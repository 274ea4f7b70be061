// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { embedSnippet, escapeAttr } from './snippet.ts';

/** Parse the snippet as a browser would, and read it back. */
function parse(html: string) {
  const t = document.createElement('template');
  t.innerHTML = html;
  return [...t.content.children].map((el) => ({
    tag: el.tagName.toLowerCase(),
    attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
  }));
}

describe('embed snippet', () => {
  it('is one iframe with the exact URL, and the sizing script', () => {
    const src = 'https://example.com/tools/breakeven/embed.html?v=1&n=250&m=2&p=a%2Cb&theme=dark';
    const html = embedSnippet({ src, script: 'https://example.com/tools/breakeven/embed.js' });
    expect(html).toContain('embed.html?v=1&#38;n=250&#38;m=2');
    const nodes = parse(html);
    expect(nodes.map((n) => n.tag)).toEqual(['iframe', 'script']);
    expect(nodes[0]?.attrs).toMatchObject({
      src,
      width: '100%',
      height: '800',
      loading: 'lazy',
      'data-breakeven': '',
    });
    expect(nodes[1]?.attrs).toEqual({
      src: 'https://example.com/tools/breakeven/embed.js',
      async: '',
    });
  });

  it('escapes every attribute: quotes, angle brackets and ampersands cannot break out', () => {
    const evil = `https://x.test/a"b'c<d>e&f/embed.html?q="><script>alert(1)</script>`;
    const title = `Costs "FaaS" vs <servers> & 'more'`;
    const nodes = parse(embedSnippet({ src: evil, title, script: `${evil}"x` }));
    expect(nodes.map((n) => n.tag)).toEqual(['iframe', 'script']);
    expect(nodes[0]?.attrs.src).toBe(evil);
    expect(nodes[0]?.attrs.title).toBe(title);
    expect(nodes[1]?.attrs.src).toBe(`${evil}"x`);
    expect(escapeAttr(`&<>"'`)).toBe('&#38;&#60;&#62;&#34;&#39;');
  });

  it('leaves the script out on request, and takes a height', () => {
    const nodes = parse(embedSnippet({ src: 'https://x.test/embed.html', height: 640.4 }));
    expect(nodes).toHaveLength(1);
    expect(nodes[0]?.attrs.height).toBe('640');
  });
});
