/** Importing the organisation's licensed descriptor file: good file, bad file, removal. */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { DescriptorImport } from '../../../components/options/DescriptorImport';
import { loadDescriptors } from '../../../components/settings/descriptor-store';

function pick(text: string, name = 'licensed.csv') {
  const input = screen.getByLabelText('Descriptor file') as HTMLInputElement;
  const file = new File([text], name, { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('descriptor import', () => {
  it('saves a good file and says how many codes it holds', async () => {
    render(<DescriptorImport />);
    pick('code,descriptor\n50706,Org licensed text A\n74360,Org licensed text B\n');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Imported 2 descriptors from licensed.csv.'));
    expect((await loadDescriptors())?.entries['50706']).toBe('Org licensed text A');
  });

  it('rejects a bad file naming the line, and saves nothing', async () => {
    render(<DescriptorImport />);
    pick('50706,fine\nABCDE,bad\n');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Line 2: "ABCDE" is not a CPT code.*Nothing was saved/));
    expect(await loadDescriptors()).toBeNull();
  });

  it('removes an imported file', async () => {
    render(<DescriptorImport />);
    pick('50706,Org licensed text A\n');
    const remove = await screen.findByRole('button', { name: 'Remove licensed descriptors' });
    fireEvent.click(remove);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Licensed descriptors removed.'));
    expect(await loadDescriptors()).toBeNull();
  });
});
