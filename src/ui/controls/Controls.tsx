import { useScene } from '../../state/scene';
import { QuantControls } from './QuantControls';
import { SourcePanel } from './SourcePanel';
import { ViewControls } from './ViewControls';

/** The side panel: which tensor, how it is quantized, and how it is drawn. */
export function Controls() {
  const hidden = useScene((s) => s.hidden);
  const lab = useScene((s) => s.panel === 'activations'); // the labs make their own tensors: only the bit width applies
  if (hidden.includes('source') && hidden.includes('quant') && hidden.includes('view')) return null;
  return (
    <aside className="controls">
      {!lab && !hidden.includes('source') && <SourcePanel />}
      {!hidden.includes('quant') && <QuantControls bitsOnly={lab} />}
      {!lab && !hidden.includes('view') && <ViewControls />}
    </aside>
  );
}
