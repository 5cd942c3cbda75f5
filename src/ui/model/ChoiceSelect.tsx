/** A labelled <select> over `options` (value and text of each); `onPick` gets the chosen option's value. */
export function ChoiceSelect<V extends string | number>({
  label,
  testId,
  value,
  options,
  onPick,
}: {
  label: string;
  testId: string;
  value: V;
  options: readonly { value: V; text: string }[];
  onPick(value: V): void;
}) {
  return (
    <label>
      {label}
      <select
        data-testid={testId}
        value={value}
        onChange={(e) => {
          const picked = options.find((o) => String(o.value) === e.target.value);
          if (picked) onPick(picked.value);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Options for numbers: `choices` and the `current` value (a link may carry one not listed), ascending, each shown as is. */
export function numberChoices(choices: readonly number[], current: number): { value: number; text: string }[] {
  return [...new Set([...choices, current])].sort((a, b) => a - b).map((n) => ({ value: n, text: String(n) }));
}
