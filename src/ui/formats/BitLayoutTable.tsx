import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { bitLayout, FLOAT_FORMATS } from '../../core/math';
import { showStored } from './bitText';

/** One row per float format: the sign / exponent / mantissa bits of `value`, the value stored, its error and its two neighbours. */
export const BitLayoutTable = memo(function BitLayoutTable({ value }: { value: number }) {
  const { t } = useTranslation();
  return (
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
              <td className="num">{showStored(b.stored)}</td>
              <td className="num">{showStored(b.error)}</td>
              <td className="num">
                {showStored(b.lower)} · {showStored(b.higher)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
});
