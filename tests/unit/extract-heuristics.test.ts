// The main-text heuristics of core/extract.ts on small pages written to show each one: what
// decides is text length, commas and link density, not tags or English class names.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPageText, extractionSteps, headlineOf } from '../../core/extract';
import { shared } from '../../scripts/extraction-score';
import { parseDocument } from '../../scripts/parse-document';
import { documentOf } from './helpers';

const prose = (topic: string, n = 4) =>
  Array.from({ length: n }, (_, i) => `${topic} sentence ${i}, with a clause, and another clause that makes it read like running text, as articles do.`).join(' ');

describe('main text without semantic markup', () => {
  it('a div-only page: keeps the article, drops the menu of links', () => {
    const menu = Array.from({ length: 12 }, (_, i) => `<div class="x1"><a href="/s${i}">Section number ${i}</a></div>`).join('');
    const page = extractPageText(
      documentOf(`<html><head><title>Hip bursitis</title></head><body>
        <div class="a9">${menu}</div>
        <div class="b7"><div class="c3">${prose('Bursitis of the hip')}</div><div class="c3">${prose('Trochanteric pain')}</div><div class="c3">${prose('Rest and physiotherapy')}</div></div>
        </body></html>`),
    );
    expect(page.body).toContain('Bursitis of the hip sentence 0');
    expect(page.body).toContain('Rest and physiotherapy sentence 3');
    expect(page.body).not.toContain('Section number');
  });

  it('drops a long related-links list inside the article block', () => {
    const related = Array.from({ length: 10 }, (_, i) => `<li><a href="/r${i}">Another story about something else entirely ${i}</a></li>`).join('');
    const page = extractPageText(
      documentOf(`<html><head><title>Groin strain</title></head><body><div class="q">
        <p>${prose('A groin strain')}</p><p>${prose('The adductor muscles')}</p><p>${prose('Recovery takes weeks')}</p>
        <div class="z"><h3>More reading</h3><ul>${related}</ul></div>
        </div></body></html>`),
    );
    expect(page.body).toContain('A groin strain sentence 0');
    expect(page.body).toContain('Recovery takes weeks sentence 3');
    expect(page.body).not.toContain('Another story');
  });

  it('drops the comments below an article', () => {
    const comments = Array.from({ length: 6 }, (_, i) => `<div class="c"><a href="/u${i}">user${i}</a> <a href="#r${i}">Reply</a> <span>Great post ${i}!</span></div>`).join('');
    const page = extractPageText(
      documentOf(`<html><head><title>Labral tear</title></head><body>
        <div class="main"><p>${prose('A hip labral tear')}</p><p>${prose('Clicking in the hip')}</p><p>${prose('Arthroscopy may help')}</p></div>
        <div class="k">${comments}</div>
        </body></html>`),
    );
    expect(page.body).toContain('A hip labral tear sentence 0');
    expect(page.body).not.toContain('Great post');
    expect(page.body).not.toContain('Reply');
  });

  it('a German page with German class names: link density decides, not the words', () => {
    const navigation = Array.from({ length: 10 }, (_, i) => `<li><a href="/rubrik/${i}">Rubrik ${i}</a></li>`).join('');
    const weitere = Array.from({ length: 8 }, (_, i) => `<div class="weitere-artikel-eintrag"><a href="/artikel/${i}">Weitere Meldung aus der Redaktion Nummer ${i}</a></div>`).join('');
    const satz = (t: string) =>
      Array.from({ length: 4 }, (_, i) => `${t} Satz ${i}, mit einem Nebensatz, und noch einem, damit es sich wie ein Artikel liest, wie es sich gehört.`).join(' ');
    const page = extractPageText(
      documentOf(`<html lang="de"><head><title>Leistenzerrung</title></head><body>
        <div class="kopfbereich"><ul class="hauptnavigation">${navigation}</ul></div>
        <div class="inhaltsbereich"><div class="artikeltext">
          <p>${satz('Eine Leistenzerrung')}</p><p>${satz('Die Adduktoren')}</p><p>${satz('Die Heilung')}</p>
        </div><div class="weiterlesen">${weitere}</div></div>
        <div class="fusszeile"><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></div>
        </body></html>`),
    );
    expect(page.body).toContain('Eine Leistenzerrung Satz 0');
    expect(page.body).toContain('Die Heilung Satz 3');
    for (const furniture of ['Rubrik', 'Weitere Meldung', 'Impressum']) expect(page.body).not.toContain(furniture);
  });

  it('joins an article split into sibling blocks (the best block and its siblings that score well), in reading order', () => {
    const page = extractPageText(
      documentOf(`<html><head><title>Hip flexor strain</title></head><body><div class="w">
        <div class="part"><p>${prose('Part one on the hip flexor')}</p><p>${prose('Part one continued')}</p><p>${prose('Part one again')}</p><p>${prose('Part one ends')}</p></div>
        <div class="ad"><a href="/buy">Buy now</a></div>
        <div class="part"><p>${prose('Part two on the iliopsoas')}</p></div>
        <div class="part"><p>${prose('Part three on recovery')}</p></div>
        </div></body></html>`),
    );
    const { body } = page;
    expect(body.indexOf('Part one on the hip flexor')).toBeGreaterThanOrEqual(0);
    expect(body.indexOf('Part two on the iliopsoas')).toBeGreaterThan(body.indexOf('Part one continued'));
    expect(body.indexOf('Part three on recovery')).toBeGreaterThan(body.indexOf('Part two on the iliopsoas'));
    expect(body).not.toContain('Buy now');
  });

  it('keeps the headline out of the body but in the headings, and the headings of the content', () => {
    const page = extractPageText(
      documentOf(`<html><head><title>Snapping hip | Clinic</title></head><body><div>
        <h1>Snapping hip</h1><p>${prose('A snapping hip')}</p><h2>Treatment</h2><p>${prose('Stretching helps')}</p>
        </div><div><h2>Elsewhere</h2><a href="/x">Other link one</a> <a href="/y">Other link two</a></div></body></html>`),
    );
    expect(page.headings).toEqual(['Snapping hip', 'Treatment']);
    expect(page.body.split('\n')[0]).toContain('A snapping hip');
    expect(page.body).toContain('Treatment');
  });

  it('stays sliced: both passes yield and give the same answer as one go', () => {
    const doc = documentOf(`<html><body><div>${Array.from({ length: 300 }, (_, i) => `<p>${prose(`Paragraph ${i}`, 1)}</p>`).join('')}</div></body></html>`);
    let stops = 0;
    const steps = extractionSteps(doc);
    let step = steps.next();
    for (; !step.done; step = steps.next()) stops++;
    // 300 elements walked (pass 1) and emitted (pass 2), a stop each 50.
    expect(stops).toBeGreaterThanOrEqual(10);
    expect(step.value).toEqual(extractPageText(doc));
  });

  it('leaves out a cookie notice, keeps a figure caption inside the article', () => {
    const page = extractPageText(
      documentOf(`<html><head><title>Hip dysplasia</title></head><body>
        <div class="cookie-notice">We use cookies to improve your experience, analyse traffic and show you personalised content. Accept all?</div>
        <div class="x"><p>${prose('Hip dysplasia in babies')}</p>
          <figure><img src="/a.png"><figcaption>An ultrasound of a baby's hip joint, taken at six weeks.</figcaption></figure>
          <p>${prose('A Pavlik harness')}</p><p>${prose('Check-ups')}</p></div>
        </body></html>`),
    );
    expect(page.body).toContain('Hip dysplasia in babies sentence 0');
    expect(page.body).toContain("An ultrasound of a baby's hip joint");
    expect(page.body).not.toContain('We use cookies');
  });

  it('a headline that does not repeat the title stays in the body; the headings start with it either way', () => {
    const page = extractPageText(
      documentOf(`<html><head><title>Clinic news</title></head><body>
        <div class="m"><a href="/">Home</a> <a href="/news">News</a></div>
        <div><h2>Pain at the front of the hip</h2><p>${prose('Front hip pain')}</p><h3>When to see a doctor</h3><p>${prose('See a doctor')}</p></div>
        </body></html>`),
    );
    expect(page.headings).toEqual(['Pain at the front of the hip', 'When to see a doctor']);
    expect(page.body.split('\n')[0]).toBe('Pain at the front of the hip');
  });

  it('the headline is the first heading outside furniture, for extraction and headlineOf alike', () => {
    const doc = documentOf(`<html><head><title>Clinic</title></head><body>
      <div class="sidebar"><h2>Popular this week</h2><a href="/a">Knee pain</a></div>
      <div class="x"><h2>Gluteal tendinopathy</h2><p>${prose('Pain on the side of the hip')}</p><p>${prose('Lying on that side hurts')}</p></div>
      </body></html>`);
    expect(extractPageText(doc).headings).toEqual(['Gluteal tendinopathy']);
    expect(headlineOf(doc).headings).toEqual(['Gluteal tendinopathy', 'Popular this week']);
  });

  it('the headline is the one headlineOf gives first, on every page of the zoo', () => {
    const zoo = join(shared, 'pages', 'readability');
    const differ: string[] = [];
    for (const f of readdirSync(zoo).filter((n) => n.endsWith('.html'))) {
      const doc = parseDocument(readFileSync(join(zoo, f), 'utf8'));
      const first = extractPageText(doc).headings[0];
      const head = headlineOf(doc).headings[0];
      // headlineOf cuts a heading at 300 characters.
      if (first?.slice(0, 300) !== head) differ.push(`${f}: ${first} / ${head}`);
    }
    expect(differ).toEqual([]);
  });
});

describe('main text on huge and deep pages', () => {
  const hip = `<h1>Hip osteoarthritis</h1><p>${prose('Hip osteoarthritis is wear of the cartilage')}</p><p>${prose('Stiffness in the morning')}</p><p>${prose('Exercise is the first treatment')}</p>`;

  it('100,000 elements after the article (as tests/e2e hostile big-dom.html): the article is found, quickly, the rest never walked', () => {
    const doc = documentOf(`<html><head><title>A page of 100,000 elements</title></head><body><main id="content"><article>${hip}</article></main></body></html>`);
    const section = doc.createElement('section');
    for (let r = 0; r < 10_000; r++) {
      const row = doc.createElement('div');
      for (let c = 0; c < 9; c++) {
        const cell = doc.createElement('span');
        cell.textContent = `Reading ${r}.${c} `;
        row.appendChild(cell);
      }
      section.appendChild(row);
    }
    doc.querySelector('main')!.appendChild(section);
    const started = performance.now();
    const page = extractPageText(doc);
    const ms = performance.now() - started;
    expect(page.body).toContain('Hip osteoarthritis is wear of the cartilage sentence 0');
    expect(page.body).toContain('Exercise is the first treatment sentence 3');
    expect(page.body).not.toContain('Reading 1.1');
    // The walk starts at the page's one <article>: the 100,000 elements around it cost nothing.
    expect(page.truncated).toBe(false);
    expect(page.headings[0]).toBe('Hip osteoarthritis');
    expect(ms).toBeLessThan(1000);
  });

  it('an article 5,000 elements deep is found', () => {
    const doc = documentOf('<html><head><title>Deep</title></head><body><main></main></body></html>');
    let inner = doc.querySelector('main')!;
    for (let depth = 1; depth < 5000; depth++) inner = inner.appendChild(doc.createElement(depth % 2 ? 'div' : 'section'));
    inner.innerHTML = `<article>${hip}</article>`;
    const page = extractPageText(doc);
    expect(page.body).toContain('Stiffness in the morning sentence 2');
    expect(page.truncated).toBe(false);
  });

  it('the element cap bounds both passes, and every pass yields', () => {
    const doc = documentOf(`<html><body><div>${Array.from({ length: 3000 }, (_, i) => `<p>${prose(`Paragraph ${i}`, 1)} <b>bold</b> <i>it</i></p>`).join('')}</div></body></html>`);
    const capped = extractPageText(doc, { maxChars: Infinity, maxNodes: 1000 });
    expect(capped.truncated).toBe(true);
    // About 1,000 elements (a third of the paragraphs) read, no more.
    expect(capped.body).toContain('Paragraph 300 ');
    expect(capped.body).not.toContain('Paragraph 400 ');
    let stops = 0;
    const steps = extractionSteps(doc, { maxChars: Infinity, maxNodes: 1000 });
    for (let step = steps.next(); !step.done; step = steps.next()) stops++;
    // 1,000 elements walked and about as many emitted, a stop each 50.
    expect(stops).toBeGreaterThanOrEqual(30);
  });
});
