/**
 * The dataset contract. Every file in data/codes/ must parse with `CodeEntrySchema`;
 * the rest of the extension takes its types from here, so a field the UI relies on
 * cannot be missing at run time.
 */
import * as v from 'valibot';

export const CODE_PATTERN = /^\d{5}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Internal working material must never reach a coder's screen: not as a citation, not in a tip.
 * Catches file names and the wording of our own notes ("as summarised in our code facts review").
 */
export const INTERNAL_PROSE = /seed:|\bseeds?\b|code[- ]facts|\bour (?:own )?(?:review|notes?|working|research)\b|summari[sz]ed (?:in|by) (?:our|us)|internal (?:note|file|review)/i;
export const INTERNAL_WORDING = new RegExp(`${INTERNAL_PROSE.source}|\\.md\\b|\\.txt\\b`, 'i');
const notInternal = v.check((t: string) => !INTERNAL_WORDING.test(t), 'must name public sources only, not internal working notes');

const text = (min = 1, max = 600) => v.pipe(v.string(), v.trim(), v.minLength(min), v.maxLength(max), notInternal);


/** Where a group of facts comes from and the date or edition it is true for. */
export const SourceSchema = v.strictObject({
  /** The public origin a coder could look up: publisher, page or document, edition. */
  ref: text(3, 200),
  /** What kind of source it is, so the card can say "AI-written" or "third-party fee-schedule site". */
  kind: v.picklist(['cpt', 'cms', 'contractor', 'cdc', 'professional', 'third-party', 'machine-generated', 'ai-written']),
  /** The date or edition the fact is true for ("CPT 2026", "MPFS 2026", "2020-08"), not the day we wrote it. */
  asOf: v.pipe(text(4, 40), v.regex(/^(CPT|MPFS|NCCI|ICD-10-CM) \d{4}|^\d{4}(-\d{2}(-\d{2})?)?$/, 'asOf must be an edition ("CPT 2026") or a date')),
  /** H primary, M reputable secondary, L weak. */
  confidence: v.picklist(['H', 'M', 'L']),
  url: v.optional(v.pipe(v.string(), v.url())),
  note: v.optional(text(1, 400)),
});

/** A fee-schedule fact: a value with its source, or null with the reason no source settles it. */
const fact = <T extends v.GenericSchema>(value: T) =>
  v.union([
    v.strictObject({ value, source: SourceSchema }),
    v.strictObject({ value: v.null(), unverified: text(10, 300) }),
  ]);

/** A code named by an entry. Codes outside the dataset must carry a label. */
export const CodeRefSchema = v.strictObject({
  code: v.pipe(v.string(), v.regex(CODE_PATTERN, 'code must be five digits')),
  label: v.optional(text(3, 120)),
});

export const StatusSchema = v.strictObject({
  kind: v.picklist(['standard', 'add-on', 'supervision-interpretation', 'unlisted']),
  /** One line a coder reads on the badge's tooltip and in the detail view. */
  summary: text(10, 300),
  /** For add-ons: the codes it may be reported with. */
  primaries: v.optional(v.array(CodeRefSchema)),
  /** What the status demands of the claim (special report, cover letter, …). */
  requirements: v.optional(v.array(text(5, 300))),
  /** Where on the claim form a payer wants something (item 19, loop 2400 NTE), each with its own source. */
  claimInstructions: v.optional(
    v.array(v.strictObject({ text: text(10, 300), setting: v.picklist(['professional', 'facility', 'both']), source: SourceSchema })),
  ),
  source: SourceSchema,
});

export const BundleSchema = v.strictObject({
  codes: v.pipe(v.array(CodeRefSchema), v.minLength(1)),
  /** What kind of rule this is (a CPT note, an NCCI edit, …), said plainly on the card. */
  basis: text(5, 120),
  reason: text(10, 300),
  /** 'same-side': the pair bundles only on the same kidney/ureter; opposite sides may both be billed. */
  when: v.optional(v.picklist(['same-side'])),
  source: SourceSchema,
});

export const RelatedSchema = v.strictObject({
  code: CodeRefSchema,
  howToTell: text(10, 300),
  source: SourceSchema,
});

export const ModifierTipSchema = v.strictObject({
  modifier: v.pipe(v.string(), v.regex(/^[0-9A-Z]{2}$/, 'modifier must be two characters')),
  meaning: text(3, 80),
  /** Which claim the tip is for: the physician's (CMS-1500/837P), the facility's (UB-04/837I), or both. */
  setting: v.picklist(['professional', 'facility', 'both']),
  /** Medicare's rule first, where it has one. */
  whenToUse: text(10, 300),
  /** Where commercial payers differ from Medicare. */
  otherPayers: v.optional(text(10, 300)),
  source: SourceSchema,
});

export const ChecklistItemSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'checklist id must be kebab-case')),
  text: text(5, 200),
});

export const DiagnosisSchema = v.strictObject({
  code: v.pipe(v.string(), v.regex(/^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$/, 'ICD-10-CM code expected')),
  label: text(3, 120),
  /** false for a category header that cannot go on a claim without more characters. */
  billable: v.boolean(),
  /** Why it is listed: a reason for the service, a complication to document, or a caution. */
  role: v.picklist(['indication', 'complication', 'caution']),
});

/** The Medicare Physician Fee Schedule indicators and edits a coder checks before billing. */
export const FeeScheduleSchema = v.strictObject({
  /** A active (paid under the MPFS), C carrier-priced, B bundled, … */
  status: fact(v.picklist(['A', 'B', 'C', 'E', 'I', 'N', 'R', 'T', 'X'])),
  globalPeriod: fact(v.picklist(['000', '010', '090', 'XXX', 'YYY', 'ZZZ'])),
  /** 0 physician service (no 26/TC), 1 diagnostic test with PC/TC, 2 PC only, 3 TC only, 4 global test only, … */
  pcTc: fact(v.picklist(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])),
  /** 0 no 150% adjustment, 1 150% adjustment, 2 already bilateral, 3 each side paid in full, 9 concept does not apply. */
  bilateral: fact(v.picklist(['0', '1', '2', '3', '9'])),
  /** 0 no multiple-procedure reduction (add-ons), 2 standard reduction, … */
  multipleProcedure: fact(v.picklist(['0', '1', '2', '3', '4', '5', '6', '7', '9'])),
  mue: fact(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** MUE adjudication indicator: 1 claim line, 2 date of service (policy), 3 date of service (clinical). */
  mueAdjudication: fact(v.picklist(['1', '2', '3'])),
  /** What one unit counts: one side, one session, one procedure. */
  unitsPer: fact(v.picklist(['side', 'session', 'procedure'])),
  workRvu: fact(v.pipe(v.number(), v.minValue(0))),
});

/** Where sources disagree, written for a coder. */
export const DiscrepancySchema = v.strictObject({
  disputed: text(3, 160),
  whoSaysWhat: text(10, 500),
  weRecommend: text(10, 300),
});

export const CodeEntrySchema = v.strictObject({
  code: v.pipe(v.string(), v.regex(CODE_PATTERN, 'code must be five digits')),
  title: text(5, 70),
  description: text(80, 700),
  /** Words a coder might search with that the text does not contain. */
  searchTerms: v.array(text(2, 60)),
  status: StatusSchema,
  notWith: v.array(BundleSchema),
  related: v.array(RelatedSchema),
  modifiers: v.pipe(v.array(ModifierTipSchema), v.minLength(1)),
  checklist: v.strictObject({
    items: v.pipe(v.array(ChecklistItemSchema), v.minLength(4), v.maxLength(8)),
    source: SourceSchema,
  }),
  diagnoses: v.optional(v.strictObject({ items: v.array(DiagnosisSchema), source: SourceSchema })),
  feeSchedule: FeeScheduleSchema,
  descriptionSource: SourceSchema,
  discrepancies: v.optional(v.array(DiscrepancySchema)),
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type CodeRef = v.InferOutput<typeof CodeRefSchema>;
export type CodeStatus = v.InferOutput<typeof StatusSchema>;
export type StatusKind = CodeStatus['kind'];
export type Bundle = v.InferOutput<typeof BundleSchema>;
export type RelatedCode = v.InferOutput<typeof RelatedSchema>;
export type ModifierTip = v.InferOutput<typeof ModifierTipSchema>;
export type ChecklistItem = v.InferOutput<typeof ChecklistItemSchema>;
export type CodeEntry = v.InferOutput<typeof CodeEntrySchema>;
export type FeeSchedule = v.InferOutput<typeof FeeScheduleSchema>;
export type Diagnosis = v.InferOutput<typeof DiagnosisSchema>;

export type { CodeSet } from './code-sets';

/** One code set's edition: what the facts were checked against, and the day the next one takes effect. */
const EditionSchema = v.strictObject({
  label: text(5, 80),
  /** First day of the edition the facts are for. */
  inForceFrom: v.pipe(v.string(), v.regex(ISO_DATE, 'inForceFrom must be YYYY-MM-DD')),
  /** The day the next edition takes effect: from then on the card says "may be out of date". */
  nextEditionFrom: v.pipe(v.string(), v.regex(ISO_DATE, 'nextEditionFrom must be YYYY-MM-DD')),
  why: text(10, 200),
});

/** Per code set: CPT year, ICD-10-CM fiscal year, NCCI quarter, MPFS year. */
export const VintageSchema = v.strictObject({
  cpt: EditionSchema,
  icd10cm: EditionSchema,
  ncci: EditionSchema,
  mpfs: EditionSchema,
});
export type Edition = v.InferOutput<typeof EditionSchema>;
export type Vintage = v.InferOutput<typeof VintageSchema>;
export type Dataset = readonly CodeEntry[];
