import { useState } from 'preact/hooks';
import { normalizeHost } from '../core/settings';

interface Props {
  id: string;
  title: string;
  hint: string;
  hosts: string[];
  onChange: (hosts: string[]) => void;
}

/** An editable list of sites (hosts): remove any, add one with a check that it is a host. */
export function SiteList({ id, title, hint, hosts, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const add = (event: Event) => {
    event.preventDefault();
    const host = normalizeHost(draft);
    if (!host) {
      setError(`“${draft}” is not a site address. Write it like example.com.`);
      return;
    }
    setError('');
    setDraft('');
    if (!hosts.includes(host)) onChange([...hosts, host].sort());
  };
  return (
    <section aria-labelledby={`${id}-title`} class="site-list">
      <h2 id={`${id}-title`}>{title}</h2>
      <p class="muted">{hint}</p>
      {hosts.length ? (
        <ul>
          {hosts.map((host) => (
            <li key={host}>
              {host}{' '}
              <button type="button" class="small" onClick={() => onChange(hosts.filter((h) => h !== host))} aria-label={`Remove ${host} from ${title}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No sites yet.</p>
      )}
      <form onSubmit={add}>
        <label for={`${id}-input`}>Add a site</label>{' '}
        <input
          id={`${id}-input`}
          value={draft}
          placeholder="example.com"
          aria-invalid={!!error}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
        />{' '}
        <button type="submit">Add</button>
        {error && (
          <p id={`${id}-error`} class="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
