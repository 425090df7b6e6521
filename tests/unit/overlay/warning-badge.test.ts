/** The top frame's status: the warning count, and the way into the claim summary on a clean tab. */
import { fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WarningBadge } from '../../../components/overlay/warning-badge';
import type { PageWarning } from '../../../components/claim/finding';

const warning: PageWarning = { kind: 'units-over-mue', codes: ['50706'], message: '3 units of 50706 is above its MUE of 2.' };

describe('status badge', () => {
  afterEach(() => document.body.replaceChildren());

  it('counts the warnings and opens the summary from its button', () => {
    const open = vi.fn();
    new WarningBadge(() => document.body, open).update([warning], 2);
    fireEvent.click(screen.getByRole('button', { name: 'Show CPT Lens claim warnings: 1' }));
    expect(open).toHaveBeenCalledOnce();
    expect(screen.getByRole('status').textContent).toBe('CPT Lens: 1 claim warning on this tab');
  });

  it('still offers the summary on a tab with codes and no warnings, for the checklist review', () => {
    const open = vi.fn();
    new WarningBadge(() => document.body, open).update([], 3);
    fireEvent.click(screen.getByRole('button', { name: 'Open CPT Lens claim summary: 3 codes' }));
    expect(open).toHaveBeenCalledOnce();
  });

  it('shows nothing on a tab without codes', () => {
    new WarningBadge(() => document.body).update([], 0);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
