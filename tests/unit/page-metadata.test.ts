// What a saved page keeps about itself (core/page-metadata.ts) and the CSL-JSON item made of it
// (core/page-csl.ts), on pages written for the purpose, in both DOMs the project runs outside the
// browser: linkedom (the command line) and happy-dom (the unit tests of the page side).
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { toCslItem, toCslName } from '../../core/page-csl';
import { readPageMetadata, type PageMetadata } from '../../core/page-metadata';
import { documentOf } from './helpers';
import { cslValidator } from './csl-schema';

const DOMS: [string, (html: string) => Document][] = [
  ['linkedom', documentOf],
  ['happy-dom', (html) => new new Window().DOMParser().parseFromString(html, 'text/html') as unknown as Document],
];

const page = (head: string, body = '<p>Text.</p>', lang = 'en') => `<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`;
const ld = (data: unknown) => `<script type="application/ld+json">${typeof data === 'string' ? data : JSON.stringify(data)}</script>`;
const ACCESSED = new Date(2026, 0, 15, 12);

const HIGHWIRE = page(`
  <title>Hip arthroscopy outcomes | Journal of Hip Preservation Surgery | Oxford Academic</title>
  <meta name="citation_title" content="Outcomes of hip arthroscopy for femoroacetabular impingement: a cohort study">
  <meta name="citation_author" content="Ørsted, Søren">
  <meta name="citation_author" content="Ní Bhriain, Aoife">
  <meta name="citation_author" content="Jong, Michiel de">
  <meta name="citation_journal_title" content="Journal of Hip Preservation Surgery">
  <meta name="citation_publication_date" content="2021/03/05">
  <meta name="citation_volume" content="8"><meta name="citation_issue" content="2">
  <meta name="citation_firstpage" content="101"><meta name="citation_lastpage" content="112">
  <meta name="citation_doi" content="10.1093/jhps/hnab012">
  <meta name="citation_language" content="en">
  <meta property="og:site_name" content="Oxford Academic">
  <meta name="description" content="A cohort of 312 patients &amp; their outcomes.">`);

const GRAPH = page(
  `<title>Greater trochanteric pain syndrome – what helps? - Hip Clinic Blog</title>
  <meta property="og:title" content="You won't believe what helps hip pain!">
  ${ld({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', '@id': 'https://clinic.example/#website', name: 'Hip Clinic Blog' },
      { '@type': 'Organization', '@id': 'https://clinic.example/#org', name: 'Hip Clinic Ltd' },
      { '@type': ['WebPage', 'MedicalWebPage'], '@id': 'https://clinic.example/gtps/#webpage', name: 'GTPS page', isPartOf: { '@id': 'https://clinic.example/#website' }, inLanguage: 'en-GB' },
      {
        '@type': 'BlogPosting',
        headline: 'Greater trochanteric pain syndrome – what helps?',
        author: [{ '@id': 'https://clinic.example/#/person/1' }, { '@type': 'Person', name: 'Dr Ana Lima' }],
        publisher: { '@id': 'https://clinic.example/#org' },
        datePublished: '2024-02-29T23:30:00+13:00',
        dateModified: '2024-03-10',
        description: 'Exercise, load management and time.',
      },
      { '@type': 'Person', '@id': 'https://clinic.example/#/person/1', name: 'Sam O’Neill' },
    ],
  })}`,
  '<main><h1>Greater trochanteric pain syndrome – what helps?</h1><p>…</p></main>',
  'en-GB',
);

const OPEN_GRAPH = page(`
  <title>Groin strain: what to do</title>
  <meta property="og:title" content="Groin strain: what to do">
  <meta property="og:site_name" content="Sports Desk">
  <meta property="og:description" content="Rest, ice, then load.">
  <meta property="og:locale" content="en_GB">
  <meta property="article:published_time" content="2023-11-02T08:00:00Z">
  <meta property="article:modified_time" content="2023-11-03T08:00:00Z">
  <meta property="article:author" content="https://facebook.com/someone">
  <meta name="author" content="Chloé Dubois &amp; Léa Martin">`, '<p>Text.</p>', '');

const DUBLIN_CORE = page(`
  <title>Report</title>
  <meta name="DC.title" content="Coxa saltans: a review">
  <meta name="DC.creator" content="Müller, Jürgen">
  <meta name="DC.creator" content="Иванова, Мария">
  <meta name="DCTERMS.issued" content="2019-07">
  <meta name="DC.language" content="de">
  <meta name="DC.identifier" content="doi:10.5555/coxa.2019.1">
  <meta name="DC.description" content="Snapping hip, reviewed.">`, '<p>Text.</p>', '');

const BYLINE_ONLY = page(
  '<title>Why my hip hurts on stairs | Running Notes</title>',
  `<nav><span class="author">Menu Person</span></nav>
   <article><h1>Why my hip hurts on stairs</h1>
     <div class="post-byline">By Priya Natarajan and Tom Becker | 4 May 2022</div><p>Text.</p></article>
   <aside class="related"><span class="author">Other Writer</span></aside>
   <div class="comments"><span class="byline">Commenter</span></div>`,
);

const NO_METADATA = '<html><body><p>Just text, no head, no title.</p></body></html>';

describe.each(DOMS)('page metadata in %s', (_, parse) => {
  it('reads Highwire tags first, as written for citing a journal article', () => {
    const meta = readPageMetadata(parse(HIGHWIRE), 'https://academic.example/article/8/2/101#abstract');
    expect(meta).toEqual<PageMetadata>({
      url: 'https://academic.example/article/8/2/101',
      title: 'Outcomes of hip arthroscopy for femoroacetabular impingement: a cohort study',
      authors: [{ name: 'Ørsted, Søren' }, { name: 'Ní Bhriain, Aoife' }, { name: 'Jong, Michiel de' }],
      siteName: 'Oxford Academic',
      published: '2021/03/05',
      modified: '',
      lang: 'en',
      description: 'A cohort of 312 patients & their outcomes.',
      doi: '10.1093/jhps/hnab012',
      journal: 'Journal of Hip Preservation Surgery',
      volume: '8',
      issue: '2',
      pages: '101-112',
    });
  });

  it('reads a JSON-LD @graph, following @id references to the author and the publisher', () => {
    const meta = readPageMetadata(parse(GRAPH), 'https://clinic.example/gtps/');
    expect(meta).toMatchObject({
      title: 'Greater trochanteric pain syndrome – what helps?',
      authors: [{ name: 'Sam O’Neill' }, { name: 'Dr Ana Lima' }],
      siteName: 'Hip Clinic Ltd',
      published: '2024-02-29T23:30:00+13:00',
      modified: '2024-03-10',
      lang: 'en-GB',
      description: 'Exercise, load management and time.',
    });
  });

  it('reads Open Graph and article:* tags, and a meta author with two names (never a profile URL)', () => {
    const meta = readPageMetadata(parse(OPEN_GRAPH), 'https://sports.example/groin');
    expect(meta).toMatchObject({
      title: 'Groin strain: what to do',
      authors: [{ name: 'Chloé Dubois' }, { name: 'Léa Martin' }],
      siteName: 'Sports Desk',
      published: '2023-11-02T08:00:00Z',
      modified: '2023-11-03T08:00:00Z',
      lang: 'en-GB',
      description: 'Rest, ice, then load.',
    });
  });

  it('reads Dublin Core, whatever its case, and a DOI written as doi:', () => {
    const meta = readPageMetadata(parse(DUBLIN_CORE), 'https://repo.example/42');
    expect(meta).toMatchObject({
      title: 'Coxa saltans: a review',
      authors: [{ name: 'Müller, Jürgen' }, { name: 'Иванова, Мария' }],
      published: '2019-07',
      lang: 'de',
      description: 'Snapping hip, reviewed.',
      doi: '10.5555/coxa.2019.1',
    });
  });

  it('finds a byline in the article, not in the navigation, related stories or comments, and cuts the date off', () => {
    const meta = readPageMetadata(parse(BYLINE_ONLY), 'https://notes.example/stairs');
    expect(meta.authors).toEqual([{ name: 'Priya Natarajan' }, { name: 'Tom Becker' }]);
    // The document's title without the site's part.
    expect(meta.title).toBe('Why my hip hurts on stairs');
  });

  it('gives empty fields, never a guess, for a page with no metadata', () => {
    const meta = readPageMetadata(parse(NO_METADATA), 'https://bare.example/');
    expect(meta).toMatchObject({ title: '', authors: [], siteName: '', published: '', lang: '', description: '', doi: '' });
  });

  it('never throws on hostile or malformed JSON-LD, and still reads the other tags', () => {
    const hostile = [
      // First, so it is the first node looked at: an object whose own toString is no function.
      ld('{"@type": {"toString": 1, "valueOf": 2, "toJSON": 3}, "author": {"@type": {"toString": "x"}, "name": "Trap"}}'),
      ld('{"@type": "Article", "headline": '),
      ld('[1, "x", null, {"@graph": null}, {"@graph": {"@graph": [{"@type": {"evil": true}}]}}]'),
      ld({ '@type': 'NewsArticle', headline: { text: 'not a string' }, author: [null, 5, { name: ['x'] }, { '@id': 'nowhere' }, 'https://x.example/me'], publisher: 'Some Org', datePublished: 20200101 }),
      ld(`${'['.repeat(5000)}${']'.repeat(5000)}`),
      ld('{"@type": "Article", "author": ' + '{"author": '.repeat(200) + '"deep"' + '}'.repeat(200) + '}'),
      ld('{"__proto__": {"polluted": true}, "@type": "Article", "name": "&#99999999; &#0; &#x1F600;"}'),
    ].join('');
    const doc = parse(page(`<title>Fallback title here today</title><meta property="og:site_name" content="Safe Site">${hostile}`));
    const meta = readPageMetadata(doc, 'https://hostile.example/');
    expect(meta.siteName).toBe('Safe Site');
    // The article node's headline is no string: the document's title stands in.
    expect(meta.title).toBe('Fallback title here today');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(meta.authors.every((a) => typeof a.name === 'string' && a.name.length > 0)).toBe(true);
    for (const value of Object.values(meta)) expect(typeof value === 'string' || Array.isArray(value)).toBe(true);
  });

  it('reads JSON-LD wrapped in a comment or CDATA, as some CMSs write it', () => {
    for (const wrapped of ['<!-- %s -->', '<![CDATA[ %s ]]>', '//<![CDATA[\n%s\n//]]>'.replace(/\/\//g, '')]) {
      const json = wrapped.replace('%s', JSON.stringify({ '@type': 'Article', headline: 'Wrapped headline' }));
      expect(readPageMetadata(parse(page(ld(json))), 'https://x.example/').title, wrapped).toBe('Wrapped headline');
    }
  });

  it('reads hostile entities without throwing: a number that is no character becomes U+FFFD', () => {
    const meta = readPageMetadata(parse(page('<meta property="og:title" content="A &amp;#99999999; B &amp;#x1F600; C &amp;amp; D">')), 'https://x.example/');
    expect(meta.title).toBe('A \ufffd B 😀 C & D');
  });
});

describe('page metadata on documents without the usual structure', () => {
  it('answers an empty record for a document with no root, and for a DOM that throws', () => {
    const empty = documentOf('');
    empty.documentElement?.remove();
    expect(readPageMetadata(empty, 'https://x.example/#a').url).toBe('https://x.example/');
    const throwing = { documentElement: {}, querySelectorAll: () => { throw new Error('broken DOM'); } } as unknown as Document;
    expect(readPageMetadata(throwing, 'https://x.example/')).toMatchObject({ title: '', authors: [] });
  });
});

describe('the CSL-JSON item of a page', () => {
  const validate = cslValidator();

  it('is an article-journal with its journal, volume, issue, pages and DOI when Highwire says so', () => {
    const item = toCslItem(readPageMetadata(documentOf(HIGHWIRE), 'https://academic.example/article/8/2/101'), ACCESSED);
    expect(item).toEqual({
      id: 'https://academic.example/article/8/2/101',
      type: 'article-journal',
      title: 'Outcomes of hip arthroscopy for femoroacetabular impingement: a cohort study',
      author: [
        { family: 'Ørsted', given: 'Søren' },
        { family: 'Ní Bhriain', given: 'Aoife' },
        { family: 'de Jong', given: 'Michiel' },
      ],
      'container-title': 'Journal of Hip Preservation Surgery',
      publisher: 'Oxford Academic',
      issued: { 'date-parts': [[2021, 3, 5]] },
      accessed: { 'date-parts': [[2026, 1, 15]] },
      URL: 'https://academic.example/article/8/2/101',
      DOI: '10.1093/jhps/hnab012',
      language: 'en',
      abstract: 'A cohort of 312 patients & their outcomes.',
      volume: '8',
      issue: '2',
      page: '101-112',
    });
    expect(validate([item]), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is a webpage otherwise, dated by the day the page wrote, with its site as the container', () => {
    const item = toCslItem(readPageMetadata(documentOf(GRAPH), 'https://clinic.example/gtps/'), ACCESSED);
    expect(item).toMatchObject({
      type: 'webpage',
      title: 'Greater trochanteric pain syndrome – what helps?',
      author: [{ family: 'O’Neill', given: 'Sam' }, { family: 'Lima', given: 'Ana' }],
      'container-title': 'Hip Clinic Ltd',
      // The day as the page wrote it (in New Zealand), not the day in UTC.
      issued: { 'date-parts': [[2024, 2, 29]] },
      language: 'en-GB',
    });
    const bare = toCslItem(readPageMetadata(documentOf(NO_METADATA), 'https://bare.example/'), ACCESSED);
    expect(bare).toEqual({ id: 'https://bare.example/', type: 'webpage', title: 'https://bare.example/', accessed: { 'date-parts': [[2026, 1, 15]] }, URL: 'https://bare.example/' });
    for (const doc of [GRAPH, OPEN_GRAPH, DUBLIN_CORE, BYLINE_ONLY, NO_METADATA]) {
      const csl = toCslItem(readPageMetadata(documentOf(doc), 'https://x.example/'), ACCESSED);
      expect(validate([csl]), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('drops the site name the title ends in, since the site is the container', () => {
    const meta = readPageMetadata(documentOf(page('<meta property="og:title" content="How to build a terrarium | eHow"><meta property="og:site_name" content="eHow">')), 'https://ehow.example/');
    expect(meta.title).toBe('How to build a terrarium | eHow');
    expect(toCslItem(meta, ACCESSED)).toMatchObject({ title: 'How to build a terrarium', 'container-title': 'eHow' });
  });

  it('splits people into family and given names, and keeps organisations and unsplittable names whole', () => {
    expect(toCslName({ name: 'Ludwig van Beethoven' })).toEqual({ family: 'van Beethoven', given: 'Ludwig' });
    expect(toCslName({ name: 'Martin Luther King Jr.' })).toEqual({ family: 'King', given: 'Martin Luther', suffix: 'Jr.' });
    expect(toCslName({ name: 'JOE HILDEBRAND' })).toEqual({ family: 'Hildebrand', given: 'Joe' });
    expect(toCslName({ name: 'Kooman, F.' })).toEqual({ family: 'Kooman', given: 'F.' });
    expect(toCslName({ name: 'NHS England' })).toEqual({ literal: 'NHS England' });
    expect(toCslName({ name: 'Mac & i' })).toEqual({ literal: 'Mac & i' });
    expect(toCslName({ name: 'Contributors to Wikimedia projects', org: true })).toEqual({ literal: 'Contributors to Wikimedia projects' });
    expect(toCslName({ name: '肖春芳' })).toEqual({ literal: '肖春芳' });
    expect(toCslName({ name: 'Иванова, Мария' })).toEqual({ family: 'Иванова', given: 'Мария' });
    expect(toCslName({ name: 'Prof. Ana Lima' })).toEqual({ family: 'Lima', given: 'Ana' });
    expect(toCslName({ name: 'Reuters' })).toEqual({ literal: 'Reuters' });
  });
});
