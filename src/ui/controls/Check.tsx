import type { ReactNode } from 'react';

interface Props {
  testId: string;
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
  children: ReactNode;
}

/** A labelled checkbox, as every on/off setting of the side panel is drawn. */
export function Check({ testId, checked, disabled = false, onChange, children }: Props) {
  return (
    <label className="check">
      <input type="checkbox" data-testid={testId} checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      {children}
    </label>
  );
}
