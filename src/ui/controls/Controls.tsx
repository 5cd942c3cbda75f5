import { useShallow } from 'zustand/react/shallow';
import { useScene } from '../../state/scene';
import { sideSections } from '../layout/sideSections';
import { QuantControls } from './QuantControls';
import { SourcePanel } from './SourcePanel';
import { ViewControls } from './ViewControls';

/** The side panel: which tensor, how it is quantized, and how it is drawn. */
export function Controls() {
  const { panel, hidden } = useScene(useShallow((s) => ({ panel: s.panel, hidden: s.hidden })));
  const sections = sideSections(panel, hidden);
  if (sections.length === 0) return null;
  return (
    <aside className="controls">
      {sections.includes('source') && <SourcePanel />}
      {sections.includes('quant') && <QuantControls bitsOnly={panel === 'activations'} />}
      {sections.includes('view') && <ViewControls />}
    </aside>
  );
}
