// @vitest-environment happy-dom
// The reader's clinician's view: compact (closed until opened), with the differentials as links.
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ForClinicians } from '../../components/Reader';
import { articlesById } from '../../core/full-library';

describe('the reader', () => {
  it('shows the clinician\'s view closed by default, with tests, differentials as links, referral and recovery', () => {
    const article = articlesById.get('femoroacetabular-impingement')!;
    const root = document.createElement('div');
    render(<ForClinicians article={article} />, root);
    const details = root.querySelector('details.clinicians')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('For clinicians');
    expect([...details.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual([
      'Key examination findings and tests',
      'Main differentials',
      'Referral and imaging',
      'Typical recovery',
    ]);
    const links = [...details.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(article.clinicians.differentials.map((id) => `#${id}`));
    expect(details.textContent).toContain(article.clinicians.recovery);
  });
});
