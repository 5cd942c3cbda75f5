import { QuantControls } from './QuantControls';
import { SourcePanel } from './SourcePanel';
import { ViewControls } from './ViewControls';

/** The side panel: which tensor, how it is quantized, and how it is drawn. */
export function Controls() {
  return (
    <aside className="controls">
      <SourcePanel />
      <QuantControls />
      <ViewControls />
    </aside>
  );
}
