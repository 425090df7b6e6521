/** The user's own licensed descriptor for the code, when their imported file has one. */
export function OfficialDescriptor({ text }: { text?: string | undefined }) {
  if (!text) return null;
  return (
    <section class="block official">
      <h3>Official descriptor (your licensed file)</h3>
      <p>{text}</p>
    </section>
  );
}
