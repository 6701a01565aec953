import { useEffect, useRef, useState } from 'preact/hooks';
import { REGIONS, type Article } from '../core/library';
import { applyHandoutChange, DEFAULT_HANDOUT, HANDOUT_LIMITS, type HandoutChange, type HandoutPrefs } from '../core/handout';
import { changeHandout, loadHandout, watchHandout } from '../features/storage-client';
import { copyText } from '../features/clipboard';
import { Handout } from './Handout';
import { summaryText, useCopyStatus } from './SuggestionCard';
import { articles, articlesById } from '../core/full-library';
import { Disclaimer } from './Disclaimer';
import { ArticleBody } from './ArticleBody';
import { RedFlagList, UrgencyKey } from './Urgency';
import { formatCitation, sourceLine } from '../core/citation';
import { SaveArticleButton } from './SaveArticleButton';
import { useStored } from './useStored';

function useHashId(): string {
  const read = () => decodeURIComponent(location.hash.slice(1));
  const [id, setId] = useState(read);
  useEffect(() => {
    const onChange = () => {
      setId(read());
      window.scrollTo(0, 0);
    };
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return id;
}

/** The reader page: any article in full, offline; without an id, the library's contents. */
export function Reader() {
  const id = useHashId();
  const article = articlesById.get(id);
  useEffect(() => {
    document.title = article ? `${article.title} · HipLens` : 'HipLens library';
  }, [article]);
  return (
    <main class="page reader" aria-labelledby="reader-title">
      {article ? <ArticleView article={article} /> : <LibraryIndex missing={id || undefined} />}
    </main>
  );
}

/** The handout preferences as Preact state: loaded once, kept in step, changed through the background. */
function useHandoutPrefs(): [HandoutPrefs, (change: HandoutChange) => void, string] {
  const [prefs, setPrefs] = useStored<HandoutPrefs>(loadHandout, watchHandout, DEFAULT_HANDOUT);
  const [error, setError] = useState('');
  const change = (c: HandoutChange) => {
    // Shown at once (a checkbox must not spring back while the background stores it); if the
    // background could not keep it, what is stored is shown again with the reason.
    setPrefs((current) => applyHandoutChange(current, c));
    void changeHandout(c).then((answer) => {
      setError(answer.ok ? '' : `Not kept: ${answer.error}`);
      if (!answer.ok) void loadHandout().then((stored) => setPrefs(stored));
    });
  };
  return [prefs, change, error];
}

/** One article: the whole of it, or in handout mode the handout that prints (reader.html?handout#id opens in it). */
function ArticleView({ article }: { article: Article }) {
  const [handout, setHandout] = useState(() => new URLSearchParams(location.search).has('handout'));
  const [prefs, change, error] = useHandoutPrefs();
  const [copied, showCopied] = useCopyStatus();
  return (
    <>
      <div class="reader-tools" role="group" aria-label="Print and copy">
        <button type="button" class="button" onClick={() => window.print()}>
          Print{handout ? ' handout' : ''}
        </button>
        <button
          type="button"
          class="button"
          aria-label={`Copy for patient: ${article.title}`}
          onClick={async () => showCopied(await copyText(summaryText({ ...article, sourceLine: sourceLine(article.sources) })))}
        >
          Copy for patient
        </button>
        <label class="choice inline">
          <input type="checkbox" checked={handout} onChange={(e) => setHandout((e.currentTarget as HTMLInputElement).checked)} />
          Handout mode (one or two pages)
        </label>
        <span class="status" role="status">
          {copied}
        </span>
      </div>
      {handout ? (
        <>
          <HandoutOptions article={article} prefs={prefs} change={change} error={error} />
          <Handout article={article} prefs={prefs} today={new Date()} />
        </>
      ) : (
        <FullArticle article={article} />
      )}
    </>
  );
}

/** What the clinician adds to the handout; kept in the browser, never sent anywhere. */
function HandoutOptions({ article, prefs, change, error }: { article: Article; prefs: HandoutPrefs; change: (c: HandoutChange) => void; error: string }) {
  // Typing is kept as typed; it is stored a moment after the last key stroke, and on leaving the field.
  const [clinic, setClinic] = useState(prefs.clinic);
  const [note, setNote] = useState(prefs.notes[article.id] ?? '');
  const timers = useRef<Record<string, ReturnType<typeof setTimeout>>>({});
  useEffect(() => setClinic(prefs.clinic), [prefs.clinic]);
  useEffect(() => setNote(prefs.notes[article.id] ?? ''), [prefs.notes[article.id], article.id]);
  useEffect(() => () => Object.values(timers.current).forEach(clearTimeout), []);
  const later = (name: string, c: HandoutChange, now = false) => {
    clearTimeout(timers.current[name]);
    if (now) change(c);
    else timers.current[name] = setTimeout(() => change(c), 400);
  };
  return (
    <fieldset class="handout-options">
      <legend>Handout</legend>
      <p class="muted">Kept in this browser only. Printed on A4 or US Letter, one or two pages.</p>
      <label class="field">
        Clinic name
        <input
          type="text"
          value={clinic}
          maxLength={HANDOUT_LIMITS.clinic}
          onInput={(e) => {
            const value = (e.currentTarget as HTMLInputElement).value;
            setClinic(value);
            later('clinic', { kind: 'set', values: { clinic: value } });
          }}
          onBlur={() => later('clinic', { kind: 'set', values: { clinic } }, true)}
        />
      </label>
      <label class="field">
        Your notes for the patient ({article.title})
        <textarea
          rows={3}
          value={note}
          maxLength={HANDOUT_LIMITS.note}
          onInput={(e) => {
            const value = (e.currentTarget as HTMLTextAreaElement).value;
            setNote(value);
            later('note', { kind: 'note', articleId: article.id, note: value });
          }}
          onBlur={() => later('note', { kind: 'note', articleId: article.id, note }, true)}
        />
      </label>
      <label class="choice">
        <input type="checkbox" checked={prefs.showDate} onChange={(e) => change({ kind: 'set', values: { showDate: (e.currentTarget as HTMLInputElement).checked } })} />
        Print today’s date
      </label>
      <label class="choice">
        <input
          type="checkbox"
          checked={prefs.includeClinicians}
          onChange={(e) => change({ kind: 'set', values: { includeClinicians: (e.currentTarget as HTMLInputElement).checked } })}
        />
        Include the part for clinicians
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

function FactList({ title, items, tone }: { title: string; items: string[]; tone?: 'warning' }) {
  return (
    <section class={`facts ${tone ?? ''}`} aria-label={title}>
      <h2>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

function FullArticle({ article }: { article: Article }) {
  return (
    <article data-article-id={article.id}>
      <p class="crumbs">
        <a href="#">HipLens library</a> › <span class="chip">{article.region}</span>
      </p>
      <h1 id="reader-title">{article.title}</h1>
      <p class="lede">{article.summary}</p>
      <SaveArticleButton articleId={article.id} title={article.title} />
      <Disclaimer />
      {/* When to get help comes before everything else: for some conditions it is urgent. */}
      <section class="facts warning" aria-label="When to see a professional">
        <h2>When to see a professional</h2>
        <p>{article.seeAProfessional}</p>
        <h3>Red flags: get medical help promptly</h3>
        <RedFlagList flags={article.redFlags} />
        <h3>What the labels mean</h3>
        <UrgencyKey flags={article.redFlags} />
      </section>
      <div class="fact-grid">
        <FactList title="Key symptoms" items={article.symptoms} />
        <FactList title="Common causes" items={article.causes} />
        <FactList title="Who gets it" items={article.whoGetsIt} />
        <FactList title="What helps" items={article.whatHelps} />
      </div>
      <ForClinicians article={article} />
      <ArticleBody blocks={article.body} />
      {article.related.length > 0 && (
        <nav aria-label="Related articles" class="related">
          <h2>Related articles</h2>
          <ul>
            {article.related.map((rid) => (
              <li key={rid}>
                <a href={`#${rid}`}>{articlesById.get(rid)?.title ?? rid}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <section aria-label="Sources" class="sources">
        <h2>Sources</h2>
        <p class="muted">This article is written in our own words and agrees with:</p>
        <ol>
          {article.sources.map((s) => (
            <li key={s.id ?? s.title}>
              <cite>{formatCitation(s)}</cite>
            </li>
          ))}
        </ol>
        <p class="muted">
          Reviewed {article.review.date} ({article.review.by}): {article.review.covered}
        </p>
      </section>
    </article>
  );
}

/** The clinician's view, compact and closed by default: tests, differentials, referral, recovery. */
export function ForClinicians({ article }: { article: Article }) {
  const { examination, differentials, referral, recovery } = article.clinicians;
  return (
    <details class="facts clinicians">
      <summary>
        <h2>For clinicians</h2>
      </summary>
      <dl>
        <dt>Key examination findings and tests</dt>
        <dd>
          <ul>
            {examination.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </dd>
        <dt>Main differentials</dt>
        <dd>
          <ul class="inline-list">
            {differentials.map((id) => (
              <li key={id}>
                <a href={`#${id}`}>{articlesById.get(id)?.title ?? id}</a>
              </li>
            ))}
          </ul>
        </dd>
        <dt>Referral and imaging</dt>
        <dd>
          <ul>
            {referral.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </dd>
        <dt>Typical recovery</dt>
        <dd>{recovery}</dd>
      </dl>
    </details>
  );
}

function LibraryIndex({ missing }: { missing?: string }) {
  return (
    <>
      <h1 id="reader-title">HipLens library</h1>
      {missing && (
        <p role="alert">
          There is no article called “{missing}”. Here is the whole library instead.
        </p>
      )}
      <Disclaimer />
      {REGIONS.map((region) => {
        const inRegion = articles.filter((a) => a.region === region);
        return (
          inRegion.length > 0 && (
            <section key={region} aria-label={region}>
              <h2 class="region-title">{region}</h2>
              <ul>
                {inRegion.map((a) => (
                  <li key={a.id}>
                    <a href={`#${a.id}`}>{a.title}</a>
                  </li>
                ))}
              </ul>
            </section>
          )
        );
      })}
    </>
  );
}
