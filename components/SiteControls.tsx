import { normalizeHost, type Settings, type SiteRule } from '../core/settings';

interface Props {
  host: string;
  settings: Settings;
  onSiteRule: (rule: SiteRule) => void;
  onResumeAll: () => void;
}

/** Pause HipLens on this site, always show it here, or resume; plus the global pause state. */
export function SiteControls({ host, settings, onSiteRule, onResumeAll }: Props) {
  const h = normalizeHost(host);
  if (!h) return null;
  const paused = settings.pausedSites.includes(h);
  const always = settings.alwaysSites.includes(h);
  return (
    <div class="site-controls" role="group" aria-label={`HipLens on ${h}`}>
      {settings.paused && (
        <p class="notice">
          HipLens is paused everywhere.{' '}
          <button type="button" class="link-button" onClick={onResumeAll}>
            Resume
          </button>
        </p>
      )}
      <button type="button" class="button secondary small" aria-pressed={paused} onClick={() => onSiteRule(paused ? 'none' : 'paused')}>
        {paused ? `Resume on ${h}` : `Pause on ${h}`}
      </button>
      <button type="button" class="button secondary small" aria-pressed={always} onClick={() => onSiteRule(always ? 'none' : 'always')}>
        {always ? `Stop always showing on ${h}` : `Always show on ${h}`}
      </button>
    </div>
  );
}
