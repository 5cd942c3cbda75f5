import { useTranslation } from 'react-i18next';

/** BERT-Large on SQuAD v1.1, F1 after int8 post-training quantization with each calibrator: figures as published (Wu et al., 2020, via the article). */
const PUBLISHED: [string, number][] = [
  ['fp32', 91.01],
  ['max', 85.92],
  ['entropy', 37.4],
  ['p99.9', 26.18],
  ['p99.99', 89.59],
  ['p99.999', 90.2],
  ['p99.9999', 90.1],
  ['maxGelu10', 90.66],
  ['qat', 90.67],
];

/** The article's BERT-Large table, labelled as published figures, not computed here. */
export function BertTable() {
  const { t } = useTranslation();
  return (
    <div className="bert" data-testid="lab.bert">
      <h3>{t('lab.bertHeading')}</h3>
      <p className="hint">{t('lab.bertSource')}</p>
      <table className="calib-table">
        <thead>
          <tr>
            <th>{t('calib.method')}</th>
            <th>F1</th>
          </tr>
        </thead>
        <tbody>
          {PUBLISHED.map(([id, f1]) => (
            <tr key={id}>
              <td>{t(`lab.bert.${id}`)}</td>
              <td className="num">{f1.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
