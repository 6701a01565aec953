import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { WIDTH_LIMITS, clampWidth, type OpenMode, type SettingsChange, type Side } from '../core/settings';
import { changeSettings } from '../features/storage-client';
import { Disclaimer } from './Disclaimer';
import { PauseEverywhere } from './PauseEverywhere';
import { SiteList } from './SiteList';
import { useSettings } from './useSettings';

const MODES: [OpenMode, string, string][] = [
  ['peek', 'Peek when a page matches (recommended)', 'A slim strip beside the page says how many articles match; open it when you want them.'],
  ['open', 'Open when a page matches', 'The whole sidebar opens beside the page on pages about a hip or groin topic.'],
  ['badge', 'Badge only', 'The toolbar button shows how many articles match; the sidebar opens only when you ask.'],
  ['off', 'Off', 'HipLens reads a page only when you open the sidebar yourself.'],
];

function useShortcut(): string {
  const [shortcut, setShortcut] = useState('');
  useEffect(() => {
    void browser.commands
      ?.getAll()
      .then((all) => setShortcut(all.find((c) => c.name === 'toggle-sidebar')?.shortcut || 'not set'))
      .catch(() => setShortcut(''));
  }, []);
  return shortcut;
}

export function Options() {
  const settings = useSettings();
  const shortcut = useShortcut();
  const [status, setStatus] = useState('');
  const save = async (change: SettingsChange) => {
    const answer = await changeSettings(change);
    setStatus(answer.ok ? 'Saved.' : `Not saved: ${answer.error}. Your earlier settings are kept.`);
  };
  if (!settings) return <main class="page" aria-busy="true" />;
  return (
    <main class="page options" aria-labelledby="options-title">
      <h1 id="options-title">HipLens settings</h1>
      <p>HipLens works entirely in your browser: no page text, search or saved article ever leaves it.</p>
      <p>
        <a href={browser.runtime.getURL('/collection.html')}>Your collection</a>: saved articles and pages, notes, citations, exports and backups.
      </p>
      <fieldset>
        <legend>When the sidebar appears</legend>
        {MODES.map(([mode, label, hint]) => (
          <label key={mode} class="choice">
            <input type="radio" name="mode" value={mode} checked={settings.mode === mode} onChange={() => void save({ kind: 'set', values: { mode } })} />
            <span>
              <strong>{label}</strong>
              <br />
              <span class="muted">{hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Where it docks</legend>
        {(['right', 'left'] as Side[]).map((side) => (
          <label key={side} class="choice">
            <input type="radio" name="side" value={side} checked={settings.side === side} onChange={() => void save({ kind: 'set', values: { side } })} />
            <span>{side === 'right' ? 'Right side of the page' : 'Left side of the page'}</span>
          </label>
        ))}
        <label class="choice">
          <span>Width in pixels</span>{' '}
          <input
            type="number"
            min={WIDTH_LIMITS.min}
            max={WIDTH_LIMITS.max}
            step={WIDTH_LIMITS.step}
            value={settings.width}
            onChange={(e) => {
              const width = clampWidth(Number((e.currentTarget as HTMLInputElement).value));
              void save({ kind: 'set', values: { width } });
            }}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>Pause</legend>
        <PauseEverywhere paused={settings.paused} onSaved={setStatus} />
      </fieldset>
      <SiteList
        id="paused-sites"
        title="Paused sites"
        hint="HipLens never reads pages on these sites."
        hosts={settings.pausedSites}
        onChange={(hosts) => void save({ kind: 'site-list', list: 'pausedSites', hosts })}
      />
      <SiteList
        id="always-sites"
        title="Always show on these sites"
        hint="The sidebar opens on every page of these sites, matching or not."
        hosts={settings.alwaysSites}
        onChange={(hosts) => void save({ kind: 'site-list', list: 'alwaysSites', hosts })}
      />
      <SiteList
        id="quiet-sites"
        title="Sites where it does not open by itself"
        hint="Closing the sidebar on a site adds it here; the badge still counts matches and the toolbar button still opens it."
        hosts={settings.quietSites}
        onChange={(hosts) => void save({ kind: 'site-list', list: 'quietSites', hosts })}
      />
      <section aria-labelledby="shortcut-title">
        <h2 id="shortcut-title">Keyboard shortcut</h2>
        <p>
          Show or hide the sidebar: <kbd>{shortcut || 'Alt+Shift+H'}</kbd>. Change it in your browser: Chrome and Edge at
          chrome://extensions/shortcuts, Firefox under Add-ons › ⚙ › Manage Extension Shortcuts. In the sidebar, Esc closes it.
        </p>
      </section>
      <p role="status" class="muted">
        {status}
      </p>
      <Disclaimer />
    </main>
  );
}
