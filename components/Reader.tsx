import { useEffect, useState } from 'preact/hooks';
import { REGIONS, type Article } from '../core/library';
import { articles, articlesById } from '../core/full-library';
import { Disclaimer } from './Disclaimer';
import { ArticleBody } from './ArticleBody';
import { RedFlagList, UrgencyKey } from './Urgency';
import { formatCitation } from '../core/citation';
import { SaveArticleButton } from './SaveArticleButton';

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
      {article ? <FullArticle article={article} /> : <LibraryIndex missing={id || undefined} />}
    </main>
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
