// Save (or take out) one HipLens article from an extension page (the reader), kept in step with
// saves made anywhere else; the write goes through the background, the one writer.
import { useEffect, useState } from 'preact/hooks';
import { articleKey, newArticleItem } from '../core/collection';
import { changeCollection, loadSavedArticleIds, watchSavedArticles } from '../features/storage-client';

export function SaveArticleButton({ articleId, title }: { articleId: string; title: string }) {
  const [saved, setSaved] = useState(false);
  // Busy until the background has said whether it is saved: the button's state is not yet known.
  const [known, setKnown] = useState(false);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    setProblem('');
    setKnown(false);
    void loadSavedArticleIds().then((ids) => {
      setSaved(ids.has(articleId));
      setKnown(true);
    });
    return watchSavedArticles((id, now) => id === articleId && setSaved(now));
  }, [articleId]);
  const toggle = async () => {
    const saving = !saved;
    setSaved(saving);
    const answer = await changeCollection(saving ? { kind: 'save', item: newArticleItem(articleId) } : { kind: 'remove', key: articleKey(articleId) });
    if (!answer.ok) setSaved(!saving);
    setProblem(answer.ok ? '' : `Could not ${saving ? 'save' : 'remove'} it: ${answer.error}.`);
  };
  return (
    <p class="save-article">
      <button type="button" class="button" aria-pressed={saved} aria-busy={!known} aria-label={`Save ${title} to your collection`} onClick={() => void toggle()}>
        {saved ? 'Saved' : 'Save'}
      </button>
      {problem && (
        <span role="alert" class="error">
          {' '}
          {problem}
        </span>
      )}
    </p>
  );
}
