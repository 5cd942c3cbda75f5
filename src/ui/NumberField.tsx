import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSig } from './format';
import { parseNumberText, stepNumber, type NumberRules } from './numberText';

interface Props {
  value: number | null;
  rules: NumberRules;
  /** Called with the new value on Enter or when the field loses focus, only for text that is acceptable. */
  onCommit(value: number | null): void;
  testId: string;
  /** ArrowUp / ArrowDown step. */
  step: number;
  label?: string;
  list?: string;
}

/**
 * A number input that takes text as it is typed (0.5 stays 0.5 on the way) and commits on Enter or blur.
 * Text that cannot be used gets a message and changes nothing; Escape puts back the value in use.
 */
export function NumberField({ value, rules, onCommit, testId, step, label, list }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const parsed = draft === null ? null : parseNumberText(draft, rules);
  const commit = () => {
    if (!parsed?.ok) return;
    if (parsed.value !== value) onCommit(parsed.value);
    setDraft(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit();
    else if (e.key === 'Escape') setDraft(null);
    else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      const from = parsed?.ok ? parsed.value : value;
      onCommit(stepNumber(from, step, e.key === 'ArrowUp' ? 1 : -1, rules));
      setDraft(null);
    }
  };
  const show = (v: number) => (rules.integer ? String(v) : formatSig(v));
  const bounds = { min: show(rules.min), max: show(rules.max) };
  return (
    <>
      <input
        type="text"
        inputMode="decimal"
        data-testid={testId}
        aria-label={label}
        aria-invalid={parsed?.ok === false}
        list={list}
        value={draft ?? (value === null ? '' : String(value))}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {parsed?.ok === false && (
        <span className="field-error" role="alert" data-testid={`${testId}.error`}>
          {t(`numberField.${parsed.problem}`, bounds)}
        </span>
      )}
    </>
  );
}
