/** The content script's slice of the dataset: which codes to mark and which to track for checks. */
import codes from 'virtual:cpt-codes';

export const DATASET_CODES: readonly string[] = codes.dataset;
/** Dataset codes plus every code the rules mention (primaries, bundles): tracked, never marked. */
export const TRACKED_CODES: readonly string[] = codes.tracked;
