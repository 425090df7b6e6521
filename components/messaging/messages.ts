/**
 * Messages between our contexts. Receivers take `unknown` and validate: other extensions and
 * stale content scripts can talk to us too, and an unrecognised message is ignored.
 */
import * as v from 'valibot';

const Code = v.pipe(v.string(), v.regex(/^\d{5}$/));
/** Any CPT/HCPCS code the CMS files may hold (Category III, HCPCS Level II). */
const AnyCode = v.pipe(v.string(), v.regex(/^(?:\d{4}[0-9A-Z]|[A-Z]\d{4})$/));
const ClaimLineSchema = v.object({
  code: AnyCode,
  modifiers: v.array(v.pipe(v.string(), v.maxLength(2))),
  units: v.nullable(v.number()),
  dateOfService: v.optional(v.string()),
});

export const MessageSchema = v.variant('type', [
  v.object({ type: v.literal('cpt-lens/load-card-ui') }),
  v.object({ type: v.literal('cpt-lens/checklist-get'), code: Code }),
  v.object({ type: v.literal('cpt-lens/checklist-set'), code: Code, ids: v.array(v.string()) }),
  v.object({ type: v.literal('cpt-lens/open-detail'), code: Code }),
  v.object({ type: v.literal('cpt-lens/cms-check'), lines: v.pipe(v.array(ClaimLineSchema), v.maxLength(500)), dateOfService: v.nullable(v.string()) }),
  v.object({ type: v.literal('cpt-lens/cms-facts'), code: AnyCode }),
]);

export type Message = v.InferOutput<typeof MessageSchema>;

export function parseMessage(raw: unknown): Message | undefined {
  const result = v.safeParse(MessageSchema, raw);
  return result.success ? result.output : undefined;
}
