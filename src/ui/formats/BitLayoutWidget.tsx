import { useState, memo } from 'react';
import { useTranslation } from 'react-i18next';
import { bitLayout, FLOAT_FORMATS } from '../../core/math';

/** Shortest text that shows a stored value exactly enough to compare neighbours (up to 9 significant digits). */
function show(v: number | null): string {
  if (v === null) return '—';
  return Number.isFinite(v) ? String(Number(v.toPrecision(9))) : String(v);
}

/** Type a value, see its sign / exponent / mantissa bits in every format, the value stored, its error and its neighbours. */
export const BitLayoutWidget = memo(function BitLayoutWidget() {
  const { t } = useTranslation();
  const [text, setText] = useState('0.1');
  const value = Number(text);
  const valid = text.trim() !== '' && !Number.isNaN(value);
  return (
    <div className="bit-layout" data-testid="formats.bits">
      <label className="inline-field">
        {t('formats.value')}
        <input data-testid="formats.bits.input" value={text} onChange={(e) => setText(e.target.value)} aria-invalid={!valid} />
        {!valid && <span className="field-error">{t('formats.notNumber')}</span>}
      </label>
      {valid && (
        <table className="calib-table">
          <thead>
            <tr>
              <th>{t('formats.format')}</th>
              <th>{t('formats.sign')}</th>
              <th>{t('formats.exponent')}</th>
              <th>{t('formats.mantissa')}</th>
              <th>{t('formats.stored')}</th>
              <th>{t('formats.error')}</th>
              <th>{t('formats.neighbours')}</th>
            </tr>
          </thead>
          <tbody>
            {FLOAT_FORMATS.map((f) => {
              const b = bitLayout(value, f);
              return (
                <tr key={f} data-testid={`formats.bits.${f}`} data-stored={b.stored}>
                  <td>{t(`formats.names.${f}`)}</td>
                  <td className="bits bits-sign">{b.sign}</td>
                  <td className="bits bits-exponent">{b.exponent}</td>
                  <td className="bits bits-mantissa">{b.mantissa}</td>
                  <td className="num">{show(b.stored)}</td>
                  <td className="num">{show(b.error)}</td>
                  <td className="num">
                    {show(b.lower)} · {show(b.higher)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
});
