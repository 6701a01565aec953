// The user's settings: their shape, defaults and repair. Pure; the background's one writer
// (features/storage-writer.ts) keeps them in browser.storage. Stored values are merged over the defaults on every read, so settings
// survive updates that add fields, and anything malformed falls back instead of breaking.

/**
 * What HipLens does on a page that matches: "peek" shows a slim strip beside the page (the
 * default), "open" opens the whole sidebar beside it, "badge" only counts on the toolbar, "off"
 * reads a page only when the user opens the sidebar.
 */
export type OpenMode = 'peek' | 'open' | 'badge' | 'off';
/** A site's own rule: never read it, always show the sidebar there, or follow the settings. */
export type SiteRule = 'paused' | 'always' | 'none';
export type Side = 'right' | 'left';

export interface Settings {
  mode: OpenMode;
  side: Side;
  /** Sidebar width in CSS pixels. */
  width: number;
  /** Pause everywhere: no reading of pages at all. */
  paused: boolean;
  /** Hosts where HipLens never reads the page. */
  pausedSites: string[];
  /** Hosts where the sidebar opens on every page, matches or not. */
  alwaysSites: string[];
  /** Hosts where the user closed the sidebar: there it no longer opens (or peeks) by itself. */
  quietSites: string[];
  /** The user collapsed the sidebar to its strip last: it opens that way by itself, too. */
  collapsed: boolean;
}

export const WIDTH_LIMITS = { min: 280, max: 640, step: 20 };

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  mode: 'peek',
  side: 'right',
  width: 360,
  paused: false,
  pausedSites: [],
  alwaysSites: [],
  quietSites: [],
  collapsed: false,
});

const HOST = /^[a-z0-9.-]+(:\d+)?$/;

/** A host as the site lists hold it: lower case, no "www.", or '' if it is not a host. */
export function normalizeHost(input: string): string {
  let host = input.trim().toLowerCase();
  try {
    if (/^[a-z]+:\/\//.test(host)) host = new URL(host).host;
  } catch {
    return '';
  }
  host = host.replace(/^www\./, '').replace(/\/.*$/, '');
  return HOST.test(host) ? host : '';
}

export function clampWidth(width: number): number {
  if (!Number.isFinite(width)) return DEFAULT_SETTINGS.width;
  return Math.round(Math.min(WIDTH_LIMITS.max, Math.max(WIDTH_LIMITS.min, width)));
}

function hostList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((v): v is string => typeof v === 'string').map(normalizeHost).filter(Boolean))].sort();
}

/** Stored settings, repaired: unknown or malformed fields take their default. */
export function repairSettings(stored: unknown): Settings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    // "auto" (open on a match) was the first releases' default: it becomes today's default, the peek.
    mode: s.mode === 'badge' || s.mode === 'off' || s.mode === 'open' || s.mode === 'peek' ? s.mode : DEFAULT_SETTINGS.mode,
    side: s.side === 'left' ? 'left' : 'right',
    width: typeof s.width === 'number' ? clampWidth(s.width) : DEFAULT_SETTINGS.width,
    paused: s.paused === true,
    pausedSites: hostList(s.pausedSites),
    alwaysSites: hostList(s.alwaysSites),
    quietSites: hostList(s.quietSites),
    collapsed: s.collapsed === true,
  };
}

/** Whether HipLens is paused on `host`, everywhere or on that site. */
export function isPausedOn(settings: Settings, host: string): boolean {
  return settings.paused || settings.pausedSites.includes(normalizeHost(host));
}

/** What HipLens does on a page of one site. */
export interface SiteBehaviour {
  read: boolean;
  /** Paused (everywhere or on this site) rather than turned off. */
  paused: boolean;
  autoOpen: 'matches' | 'always' | 'never';
  /** How it opens by itself: the slim strip, or the whole sidebar. */
  openAs: 'peek' | 'full';
}

/** What HipLens does on a page of `host`, given the settings. */
export function siteBehaviour(settings: Settings, host: string): SiteBehaviour {
  const openAs = settings.mode === 'open' && !settings.collapsed ? 'full' : 'peek';
  if (isPausedOn(settings, host)) return { read: false, paused: true, autoOpen: 'never', openAs };
  const h = normalizeHost(host);
  if (settings.alwaysSites.includes(h)) return { read: true, paused: false, autoOpen: 'always', openAs };
  const opensOnMatch = (settings.mode === 'peek' || settings.mode === 'open') && !settings.quietSites.includes(h);
  return { read: settings.mode !== 'off', paused: false, autoOpen: opensOnMatch ? 'matches' : 'never', openAs };
}

/** Replaces one site list; a host on it leaves the other list, so a site has one rule at most. */
export function setSiteList(settings: Settings, list: 'pausedSites' | 'alwaysSites', hosts: string[]): Settings {
  const other = list === 'pausedSites' ? 'alwaysSites' : 'pausedSites';
  return { ...settings, [list]: hosts, [other]: settings[other].filter((h) => !hosts.includes(h)) };
}

/** Adds or removes a host from one of the site lists, keeping the other list consistent. */
export function setSiteRule(settings: Settings, host: string, rule: SiteRule): Settings {
  const h = normalizeHost(host);
  if (!h) return settings;
  const without = (list: string[]) => list.filter((x) => x !== h);
  return {
    ...settings,
    pausedSites: rule === 'paused' ? [...without(settings.pausedSites), h].sort() : without(settings.pausedSites),
    alwaysSites: rule === 'always' ? [...without(settings.alwaysSites), h].sort() : without(settings.alwaysSites),
  };
}

/**
 * A change to the settings, as the sidebar, popup and options page ask for it. Changes travel
 * to the background, the one writer, which applies them in order to what is stored, so two
 * views changing different fields at once never undo each other.
 */
export type SettingsChange =
  | { kind: 'set'; values: Partial<Pick<Settings, 'mode' | 'side' | 'width' | 'paused' | 'collapsed'>> }
  /** The user closed the sidebar on this site (true), or wants it to open by itself there again. */
  | { kind: 'site-quiet'; host: string; quiet: boolean }
  | { kind: 'site-rule'; host: string; rule: SiteRule }
  | { kind: 'site-list'; list: 'pausedSites' | 'alwaysSites' | 'quietSites'; hosts: string[] };

export function applySettingsChange(settings: Settings, change: SettingsChange): Settings {
  switch (change.kind) {
    case 'set':
      return repairSettings({ ...settings, ...change.values });
    case 'site-rule':
      return setSiteRule(settings, change.host, change.rule);
    case 'site-list':
      if (change.list === 'quietSites') return repairSettings({ ...settings, quietSites: change.hosts });
      return repairSettings(setSiteList(settings, change.list, hostList(change.hosts)));
    case 'site-quiet': {
      const h = normalizeHost(change.host);
      if (!h) return settings;
      const others = settings.quietSites.filter((x) => x !== h);
      return { ...settings, quietSites: change.quiet ? [...others, h].sort() : others };
    }
  }
}

export function isSettingsChange(value: unknown): value is SettingsChange {
  const c = value as Record<string, unknown> | null;
  if (!c || typeof c !== 'object') return false;
  if (c.kind === 'set') return !!c.values && typeof c.values === 'object';
  if (c.kind === 'site-rule') return typeof c.host === 'string' && (c.rule === 'paused' || c.rule === 'always' || c.rule === 'none');
  if (c.kind === 'site-quiet') return typeof c.host === 'string' && typeof c.quiet === 'boolean';
  if (c.kind === 'site-list')
    return (c.list === 'pausedSites' || c.list === 'alwaysSites' || c.list === 'quietSites') && Array.isArray(c.hosts) && c.hosts.every((h) => typeof h === 'string');
  return false;
}
