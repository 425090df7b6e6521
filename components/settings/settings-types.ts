/** The shape of the settings in force; its own module so managed.ts and settings.ts do not import each other. */
/** 'all-sites': the lens runs on every page (the default). 'chosen-sites': only on sites the user enabled. */
export type SiteMode = 'all-sites' | 'chosen-sites';

export interface Settings {
  mode: SiteMode;
  /** Hostnames where detection is off (all-sites mode). */
  disabledSites: string[];
  /** Hostnames where the lens runs in chosen-sites mode. */
  enabledSites: string[];
}
