import { describe, expect, it } from 'vitest';
import { extractPageText } from '../../core/extract';
import { documentOf } from './helpers';

describe('extractPageText', () => {
  it('reads the title, description, headings and main text', () => {
    const page = extractPageText(
      documentOf(`<html><head><title>Groin strain</title><meta name="description" content="A pulled groin explained."></head>
      <body><main><h1>Groin strain</h1><p>The adductors pull the leg inwards.</p><h2>Recovery</h2><p>Most recover in weeks.</p></main></body></html>`),
    );
    expect(page.title).toBe('Groin strain');
    expect(page.description).toBe('A pulled groin explained.');
    expect(page.headings).toEqual(['Groin strain', 'Recovery']);
    expect(page.body).toContain('The adductors pull the leg inwards.');
    expect(page.body).toContain('Most recover in weeks.');
    expect(page.truncated).toBe(false);
  });

  it('leaves out navigation, footers, asides, comments, scripts, styles and hidden elements', () => {
    const page = extractPageText(
      documentOf(`<html><head><title>T</title><style>.x{color:red}</style></head><body>
        <nav>NAVTEXT</nav><header role="banner">BANNERTEXT</header>
        <div><p>Visible words.</p>
          <aside>ASIDETEXT</aside><div class="comments">COMMENTTEXT</div><section id="comment-list">COMMENT2</section>
          <script>var SCRIPTTEXT = 1;</script><noscript>NOSCRIPTTEXT</noscript>
          <p hidden>HIDDENATTR</p><p style="display: none">HIDDENSTYLE</p><p aria-hidden="true">ARIAHIDDEN</p>
          <template><p>TEMPLATETEXT</p></template>
        </div>
        <footer>FOOTERTEXT</footer></body></html>`),
    );
    expect(page.body).toContain('Visible words.');
    for (const hidden of ['NAVTEXT', 'BANNERTEXT', 'ASIDETEXT', 'COMMENTTEXT', 'COMMENT2', 'SCRIPTTEXT', 'NOSCRIPTTEXT', 'HIDDENATTR', 'HIDDENSTYLE', 'ARIAHIDDEN', 'TEMPLATETEXT', 'FOOTERTEXT', 'color:red'])
      expect(page.body).not.toContain(hidden);
  });

  it('keeps block boundaries so words of separate blocks do not run together', () => {
    const page = extractPageText(documentOf('<body><main><p>hip</p><p>pain</p><ul><li>groin</li><li>strain</li></ul></main></body>'));
    expect(page.body.split('\n')).toEqual(['hip', 'pain', 'groin', 'strain']);
  });

  it('bounds the work on huge pages', () => {
    const paragraph = '<p>' + 'All work and no play makes a dull page. '.repeat(50) + '</p>';
    const doc = documentOf(`<html><head><title>Huge</title></head><body>${paragraph.repeat(2000)}</body></html>`);
    const started = performance.now();
    const page = extractPageText(doc, { maxChars: 40_000, maxNodes: 15_000 });
    const elapsed = performance.now() - started;
    expect(page.truncated).toBe(true);
    expect(page.body.length).toBeLessThanOrEqual(40_000);
    expect(elapsed).toBeLessThan(500);
  });

  it('bounds the work on deeply nested markup without overflowing the stack', () => {
    const deep = '<div>'.repeat(20_000) + 'deep text' + '</div>'.repeat(20_000);
    const page = extractPageText(documentOf(`<html><body>${deep}</body></html>`), { maxChars: 40_000, maxNodes: 15_000 });
    expect(page.truncated).toBe(true);
  });

  it('copes with a page that has no body, no title and broken markup', () => {
    expect(() => extractPageText(documentOf(''))).not.toThrow();
    expect(extractPageText(documentOf('<html><head><title>Only a head</title></head></html>')).title).toBe('Only a head');
    const broken = extractPageText(documentOf('<body><p>Unclosed <b>bold <i>italic</p><div>next</span></body>'));
    expect(broken.body).toContain('Unclosed bold italic');
  });

  it('reads right-to-left text as it is written', () => {
    const page = extractPageText(documentOf('<html dir="rtl" lang="ar"><head><title>ألم الورك</title></head><body><p>ألم في مفصل الورك</p></body></html>'));
    expect(page.title).toBe('ألم الورك');
    expect(page.body).toBe('ألم في مفصل الورك');
  });

  it('falls back to og:title and og:description', () => {
    const page = extractPageText(documentOf('<html><head><meta property="og:title" content="OG title"><meta property="og:description" content="OG description"></head><body><p>x</p></body></html>'));
    expect(page.title).toBe('OG title');
    expect(page.description).toBe('OG description');
  });
});
