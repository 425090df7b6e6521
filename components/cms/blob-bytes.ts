/** Reading a chosen file's bytes as they arrive, and telling a zip by its first bytes (not its name). */
export const baseName = (name: string): string => name.split(/[\\/]/).pop() ?? name;

export async function* chunks(blob: Blob): AsyncGenerator<Uint8Array> {
  const reader = blob.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export async function isZip(blob: Blob): Promise<boolean> {
  const head = new Uint8Array(await blob.slice(0, 4).arrayBuffer());
  return ZIP_MAGIC.every((b, i) => head[i] === b);
}
