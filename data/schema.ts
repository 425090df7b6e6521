/**
 * The dataset contract. Every file in data/codes/ must parse with `CodeEntrySchema`;
 * the rest of the extension takes its types from here, so a field the UI relies on
 * cannot be missing at run time.
 */
import * as v from 'valibot';

export const CODE_PATTERN = /^\d{5}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const text = (min = 1, max = 600) => v.pipe(v.string(), v.trim(), v.minLength(min), v.maxLength(max));

/** Internal working files must never reach a coder's screen as a citation. */
const INTERNAL_REF = /seed:|code-facts|\.md\b|\.txt\b/i;

/** Where a group of facts comes from and the date or edition it is true for. */
export const SourceSchema = v.strictObject({
  /** The public origin a coder could look up: publisher, page or document, edition. */
  ref: v.pipe(text(3, 200), v.check((r) => !INTERNAL_REF.test(r), 'ref must name a public source, not an internal file')),
  /** What kind of source it is, so the card can say "AI-written" or "third-party fee-schedule site". */
  kind: v.picklist(['cpt', 'cms', 'professional', 'third-party', 'ai-written']),
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
  whenToUse: text(10, 300),
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

/** The edition the whole dataset is true for, and the day after which cards say it may be stale. */
export const VintageSchema = v.strictObject({
  label: text(5, 60),
  reviewBy: v.pipe(v.string(), v.regex(ISO_DATE, 'reviewBy must be YYYY-MM-DD')),
  why: text(10, 200),
});
export type Vintage = v.InferOutput<typeof VintageSchema>;
export type Dataset = readonly CodeEntry[];
