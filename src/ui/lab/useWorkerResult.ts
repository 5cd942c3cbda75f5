import { useEffect, useState } from 'react';
import { errorMessage } from '../../state/loadSource';
import { isSuperseded } from '../../worker/workerClient';

/**
 * The latest result of an async computation keyed by `key`; stale answers are dropped, errors become a message,
 * and a request superseded by a newer one leaves what is shown as it is.
 */
export function useWorkerResult<T>(key: string, run: () => Promise<T>): { result: T | null; error: string | null; current: boolean } {
  const [state, setState] = useState<{ key: string; result: T | null; error: string | null }>({ key: '', result: null, error: null });
  useEffect(() => {
    let live = true;
    run().then(
      (result) => live && setState({ key, result, error: null }),
      (err: unknown) => live && !isSuperseded(err) && setState({ key, result: null, error: errorMessage(err) }),
    );
    return () => {
      live = false;
    };
    // `run` is identified by `key`
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return { result: state.result, error: state.error, current: state.key === key };
}
