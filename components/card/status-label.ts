import type { StatusKind } from '../../data/schema';

/** Badge words, short enough to read at a glance. */
export const STATUS_LABEL: Record<StatusKind, string> = {
  standard: 'Standalone',
  'add-on': 'Add-on',
  'supervision-interpretation': 'S&I only',
  unlisted: 'Unlisted',
};
