import { useState, memo } from 'react';
import { useTranslation } from 'react-i18next';
import { BitLayoutTable } from './BitLayoutTable';
import { bitValue } from './bitText';

/** Type a value, see its sign / exponent / mantissa bits in every format, the value stored, its error and its neighbours. */
export const BitLayoutWidget = memo(function BitLayoutWidget() {
  const { t } = useTranslation();
  const [text, setText] = useState('0.1');
  const value = bitValue(text);
  return (
    <div className="bit-layout" data-testid="formats.bits">
      <label className="inline-field">
        {t('formats.value')}
        <input data-testid="formats.bits.input" value={text} onChange={(e) => setText(e.target.value)} aria-invalid={value === null} />
        {value === null && <span className="field-error">{t('formats.notNumber')}</span>}
      </label>
      {value !== null && <BitLayoutTable value={value} />}
    </div>
  );
});
