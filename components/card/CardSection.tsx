/** A collapsible part of the card; its open state is the coder's, remembered (section-memory.ts). */
import type { ComponentChildren } from 'preact';
import type { SectionId } from './section-memory';

export interface SectionControl {
  isOpen(id: SectionId): boolean;
  setOpen(id: SectionId, open: boolean): void;
}

export function CardSection(props: { id: SectionId; title: string; control?: SectionControl | undefined; children: ComponentChildren }) {
  const { control } = props;
  if (!control) return <>{props.children}</>;
  return (
    <details
      class="section"
      data-section={props.id}
      open={control.isOpen(props.id)}
      onToggle={(e) => {
        const open = (e.currentTarget as HTMLDetailsElement).open;
        if (open !== control.isOpen(props.id)) control.setOpen(props.id, open);
      }}
    >
      <summary>{props.title}</summary>
      {props.children}
    </details>
  );
}
