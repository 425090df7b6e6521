/** A drop zone with a file input for one import: hands over the dropped or chosen files. */
export function FileDrop({ id, label, accept, disabled, onFiles }: { id: string; label: string; accept: string; disabled: boolean; onFiles(files: File[]): void }) {
  return (
    <div
      class="cms-drop"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        if (!disabled) onFiles([...(e.dataTransfer?.files ?? [])]);
      }}
    >
      <label for={id}>{label}</label>{' '}
      <input
        id={id}
        type="file"
        multiple
        accept={accept}
        disabled={disabled}
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          const files = [...(input.files ?? [])];
          input.value = '';
          onFiles(files);
        }}
      />
    </div>
  );
}
