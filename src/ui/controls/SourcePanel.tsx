import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberField } from '../NumberField';
import { shorten } from '../shorten';
import { SAMPLE_IDS, SAMPLE_SIZES, type SampleId } from '../../samples/samples';
import { REAL_MODELS, REAL_MODEL_ATTRIBUTION, type RealModelId } from '../../samples/realModels';
import { useAnalysis } from '../../state/analysis';
import { openLocalFiles } from '../../state/loadSource';
import { useScene } from '../../state/scene';
import { BOUNDS } from '../../state/url/bounds';
import { formatCount } from '../format';
import { TensorPicker } from './TensorPicker';

/** Value of the source <select>: a sample id, a model id, or the open file/URL. */
type Choice = `sample:${SampleId}` | `model:${RealModelId}` | 'open';

/** Which tensor: built-in samples, real model weights, your files (picker or drop), or a URL. */
export function SourcePanel() {
  const { t } = useTranslation();
  const source = useScene((s) => s.source);
  const { setSample, setSource } = useScene.getState();
  const summary = useAnalysis((a) => a.summary);
  const loading = useAnalysis((a) => a.loading);
  const fileInput = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState('');
  const choice: Choice = source.kind === 'sample' ? `sample:${source.id}` : source.kind === 'model' ? `model:${source.model}` : 'open';

  const onChoose = (e: ChangeEvent<HTMLSelectElement>) => {
    const [kind, id] = e.target.value.split(':');
    if (kind === 'sample') setSample({ id: id as SampleId });
    if (kind === 'model') setSource({ kind: 'model', model: id as RealModelId, tensor: '' });
  };
  const onFiles = (e: ChangeEvent<HTMLInputElement>) => {
    void openLocalFiles(Array.from(e.target.files ?? []));
    e.target.value = ''; // choosing the same file again must fire again
  };
  const onUrl = (e: FormEvent) => {
    e.preventDefault();
    if (url.trim()) setSource({ kind: 'url', url: url.trim(), tensor: '' });
  };

  return (
    <fieldset>
      <legend>{t('sample.heading')}</legend>
      <label>
        {t('source.choose')}
        <select data-testid="source.kind" value={choice} onChange={onChoose}>
          <optgroup label={t('source.synthetic')}>
            {SAMPLE_IDS.map((id) => (
              <option key={id} value={`sample:${id}`}>
                {t(`sample.names.${id}`)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('source.realWeights')}>
            {REAL_MODELS.map((m) => (
              <option key={m.id} value={`model:${m.id}`}>
                {m.title}
              </option>
            ))}
          </optgroup>
          {choice === 'open' && (
            <option value="open">
              {shorten(source.kind === 'file' ? source.files.join(', ') : source.kind === 'url' ? source.url : '')}
            </option>
          )}
        </select>
      </label>
      {source.kind === 'sample' && (
        <div className="row">
          <label>
            {t('sample.seed')}
            <NumberField
              testId="sample.seed"
              rules={BOUNDS.seed}
              step={1}
              value={source.seed}
              onCommit={(seed) => seed !== null && setSample({ seed })}
            />
          </label>
          <label>
            {t('sample.size')}
            <select data-testid="sample.size" value={source.size} onChange={(e) => setSample({ size: Number(e.target.value) })}>
              {SAMPLE_SIZES.map((n) => (
                <option key={n} value={n}>
                  {formatCount(n)}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {source.kind === 'model' && <p className="hint">{t('source.attribution', { source: REAL_MODEL_ATTRIBUTION })}</p>}
      {source.kind !== 'sample' && <TensorPicker />}
      <div className="row">
        <button type="button" data-testid="source.open" onClick={() => fileInput.current?.click()}>
          {t('source.openFiles')}
        </button>
        <input ref={fileInput} data-testid="source.file-input" type="file" multiple hidden onChange={onFiles} />
      </div>
      <form className="url-form" onSubmit={onUrl}>
        <input
          data-testid="source.url"
          type="url"
          placeholder="https://…/weights.safetensors"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          aria-label={t('source.url')}
        />
        <button type="submit" data-testid="source.url-load">
          {t('source.load')}
        </button>
      </form>
      <p className="hint">{t('source.dropHint')}</p>
      <p className="hint" data-testid="sample.status" title={summary?.name}>
        {loading
          ? t('sample.loading')
          : summary
            ? `${shorten(summary.name)} [${summary.shape.join(' × ')}] · min ${summary.stats.min.toPrecision(4)} · max ${summary.stats.max.toPrecision(4)}`
            : ''}
      </p>
    </fieldset>
  );
}
