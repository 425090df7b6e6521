import type { StatusKind } from '../../data/schema';

/** Badge words, short enough to read at a glance. */
export const STATUS_LABEL: Record<StatusKind, string> = {
  standard: 'Standalone',
  'add-on': 'Add-on',
  'supervision-interpretation': 'S&I only',
  unlisted: 'Unlisted',
};

/** Spelled out for screen readers and the card's accessible name. */
export const STATUS_LONG: Record<StatusKind, string> = {
  standard: 'standalone code',
  'add-on': 'add-on code',
  'supervision-interpretation': 'supervision and interpretation only',
  unlisted: 'unlisted code',
};
