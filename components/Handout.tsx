// The reader's handout mode: one article as a compact handout of one or two pages, on A4 and US
// Letter alike, that never splits a box (a section, the warning signs, the clinicians' part)
// across pages. The boxes are laid out into sheets whose printable area fits inside both paper
// sizes (see page.css, `.sheet`); each sheet prints as one page. What is shown on screen is
// exactly what prints.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Article, Block } from '../core/library';
import { articlesById } from '../core/full-library';
import { handoutDate, type HandoutPrefs } from '../core/handout';
import { sourceLine } from '../core/citation';
import { DISCLAIMER } from './Disclaimer';
import { BodyBlocks } from './ArticleBody';
import { RedFlagList } from './Urgency';

/** Body sections the handout leaves out: the boxes above say them already, in fewer words. */
const LEFT_OUT = /^(when to see|symptoms|urgent warning|how it is assessed)/i;

interface Box {
  key: string;
  node: ComponentChildren;
}

/** The article's body, one section per `##` heading (blocks before the first heading go with it). */
function bodySections(blocks: readonly Block[]): { heading: string; blocks: Block[] }[] {
  const sections: { heading: string; blocks: Block[] }[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading' && block.level === 2) sections.push({ heading: block.text, blocks: [] });
    else if (sections.length) sections[sections.length - 1]!.blocks.push(block);
    else sections.push({ heading: '', blocks: [block] });
  }
  return sections;
}

export function handoutSections(article: Article, leaveOut: number) {
  const sections = bodySections(article.body).filter((s) => !LEFT_OUT.test(s.heading));
  const count = Math.max(0, sections.length - leaveOut);
  return { kept: sections.slice(0, count), dropped: sections.slice(count).map((s) => s.heading) };
}

/** At most this many sheets: a handout is one or two pages. */
export const MAX_SHEETS = 2;

/** The handout's boxes, in order; each is kept whole on one page. */
export function handoutBoxes(article: Article, prefs: HandoutPrefs, today: Date, leaveOut = 0): Box[] {
  const note = prefs.notes[article.id]?.trim();
  const boxes: Box[] = [
    {
      key: 'head',
      node: (
        <header class="handout-head">
          {(prefs.clinic.trim() || prefs.showDate) && (
            <p class="handout-meta">
              <span class="handout-clinic">{prefs.clinic.trim()}</span>
              {prefs.showDate && <span class="handout-date">{handoutDate(today)}</span>}
            </p>
          )}
          <h1 id="reader-title">{article.title}</h1>
          <p class="handout-summary">{article.summary}</p>
        </header>
      ),
    },
    {
      key: 'help',
      node: (
        <section class="handout-box warning" aria-label="When to see a professional">
          <h2>When to see a professional</h2>
          <p>{article.seeAProfessional}</p>
          <RedFlagList flags={article.redFlags} />
        </section>
      ),
    },
    {
      key: 'facts',
      node: (
        <div class="handout-pair">
          <section class="handout-box" aria-label="Key symptoms">
            <h2>Key symptoms</h2>
            <ul>
              {article.symptoms.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </section>
          <section class="handout-box" aria-label="What helps">
            <h2>What helps</h2>
            <ul>
              {article.whatHelps.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </section>
        </div>
      ),
    },
  ];
  if (note)
    boxes.push({
      key: 'note',
      node: (
        <section class="handout-box handout-note" aria-label="Notes from your clinician">
          <h2>Notes from your clinician</h2>
          <p>{note}</p>
        </section>
      ),
    });
  handoutSections(article, leaveOut).kept.forEach((section, i) =>
      boxes.push({
        key: `body-${i}`,
        node: (
          <section class="handout-box handout-text" aria-label={section.heading || article.title}>
            {section.heading && <h2>{section.heading}</h2>}
            <BodyBlocks blocks={section.blocks} />
          </section>
        ),
      }),
    );
  if (prefs.includeClinicians) {
    const { examination, differentials, referral, recovery } = article.clinicians;
    boxes.push({
      key: 'clinicians',
      node: (
        <section class="handout-box handout-clinicians" aria-label="For clinicians">
          <h2>For clinicians</h2>
          <dl>
            <dt>Examination and tests</dt>
            <dd>{examination.join('; ')}</dd>
            <dt>Differentials</dt>
            <dd>{differentials.map((id) => articlesById.get(id)?.title ?? id).join('; ')}</dd>
            <dt>Referral and imaging</dt>
            <dd>{referral.join('; ')}</dd>
            <dt>Typical recovery</dt>
            <dd>{recovery}</dd>
          </dl>
        </section>
      ),
    });
  }
  boxes.push({
    key: 'foot',
    node: (
      <footer class="handout-foot">
        <p>{sourceLine(article.sources)} Reviewed {article.review.date}. From the HipLens hip and groin library.</p>
        <p class="handout-disclaimer">{DISCLAIMER}</p>
      </footer>
    ),
  });
  return boxes;
}

/**
 * Where new sheets start, for boxes of these heights in sheets of this height with this gap
 * between boxes: greedily, a box that does not fit on the sheet begins the next one.
 */
export function sheetBreaks(heights: readonly number[], sheetHeight: number, gap: number): number[] {
  const breaks: number[] = [];
  let used = 0;
  heights.forEach((h, i) => {
    const need = used === 0 ? h : used + gap + h;
    if (need > sheetHeight && used > 0) {
      breaks.push(i);
      used = h;
    } else used = need;
  });
  return breaks;
}

export function Handout({ article, prefs, today }: { article: Article; prefs: HandoutPrefs; today: Date }) {
  const key = JSON.stringify([article.id, prefs.clinic, prefs.showDate, prefs.includeClinicians, prefs.notes[article.id] ?? '', handoutDate(today)]);
  // How many body sections are left out (the last first) so that the handout fits two sheets.
  const [fit, setFit] = useState({ key: '', leaveOut: 0 });
  const leaveOut = fit.key === key ? fit.leaveOut : 0;
  const boxes = handoutBoxes(article, prefs, today, leaveOut);
  const { kept, dropped } = handoutSections(article, leaveOut);
  const [layout, setLayout] = useState<{ key: string; breaks: number[] }>({ key: '', breaks: [] });
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    const content = el.querySelector<HTMLElement>('.sheet-content')!;
    const gap = parseFloat(getComputedStyle(content).rowGap) || 0;
    const heights = [...el.querySelectorAll<HTMLElement>('[data-box]')].map((b) => b.getBoundingClientRect().height);
    const breaks = sheetBreaks(heights, content.clientHeight, gap);
    const layoutKey = `${key}/${leaveOut}`;
    if (breaks.length + 1 > MAX_SHEETS && kept.length > 0) setFit({ key, leaveOut: leaveOut + 1 });
    else if (layout.key !== layoutKey || breaks.join() !== layout.breaks.join()) setLayout({ key: layoutKey, breaks });
  });
  const ready = layout.key === `${key}/${leaveOut}`;
  const sheets: Box[][] = [];
  const starts = [0, ...(ready ? layout.breaks : [])];
  starts.forEach((start, i) => sheets.push(boxes.slice(start, starts[i + 1] ?? boxes.length)));
  return (
    <div ref={root} class="handout" data-article-id={article.id} data-sheets={sheets.length} data-ready={String(ready)}>
      {ready && dropped.length > 0 && (
        <p class="handout-dropped muted">
          Left out to fit two pages (in the full article): {dropped.join(', ')}.
        </p>
      )}
      {sheets.map((sheet, i) => (
        <div class="sheet" key={i} data-sheet={i + 1}>
          <div class="sheet-content">
            {sheet.map((box) => (
              <div class="handout-unit" data-box={box.key} key={box.key}>
                {box.node}
              </div>
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}
