/** The dataset's edition, and whether today is past its review-by date (CPT changes every 1 January). */
import vintage from 'virtual:cpt-vintage';
import type { Vintage } from './schema';

export const VINTAGE: Vintage = vintage;

export function isPastReview(v: Vintage = VINTAGE, now: Date = new Date()): boolean {
  // reviewBy is the last day the facts are vouched for; stale from the next day on.
  return now.getTime() >= Date.parse(`${v.reviewBy}T00:00:00Z`) + 86_400_000;
}
