/** The dataset's edition on every card and in the popup; past its review-by date, a warning. */
import { isPastReview, VINTAGE } from '../../data/vintage';

export function VintageNote({ now }: { now?: Date | undefined }) {
  if (isPastReview(VINTAGE, now)) {
    return (
      <p class="vintage stale" role="note">
        These facts are for {VINTAGE.label} and were due for review by {VINTAGE.reviewBy}: they may be out of date.{' '}
        {VINTAGE.why}
      </p>
    );
  }
  return <p class="vintage">Facts for {VINTAGE.label} (review by {VINTAGE.reviewBy}).</p>;
}
