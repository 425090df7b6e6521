/**
 * The dataset contract. Every file in data/codes/ must parse with `CodeEntrySchema`;
 * the rest of the extension takes its types from here, so a field the UI relies on
 * cannot be missing at run time.
 */
import * as v from 'valibot';

export const CODE_PATTERN = /^\d{5}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const text = (min = 1, max = 600) => v.pipe(v.string(), v.trim(), v.minLength(min), v.maxLength(max));

/** Where a group of facts comes from and when it was last true. */
export const SourceSchema = v.strictObject({
  /** A seed file name (`seed:000_….txt`) or a named public source. */
  ref: text(3, 200),
  asOf: v.pipe(v.string(), v.regex(ISO_DATE, 'asOf must be YYYY-MM-DD')),
  /** H primary, M reputable secondary, L weak — as marked in code-facts.md. */
  confidence: v.picklist(['H', 'M', 'L']),
  note: v.optional(text(1, 400)),
});

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
  reason: text(10, 300),
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
});

export const NumbersSchema = v.strictObject({
  /** null means the sources do not say. */
  globalPeriod: v.nullable(v.picklist(['000', '010', '090', 'XXX', 'YYY', 'ZZZ'])),
  mue: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
  workRvu: v.nullable(v.pipe(v.number(), v.minValue(0))),
  source: SourceSchema,
});

export const DiscrepancySchema = v.strictObject({
  topic: text(3, 120),
  detail: text(10, 500),
  decision: text(10, 300),
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
  numbers: NumbersSchema,
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
export type Dataset = readonly CodeEntry[];
