import type { DigitsSplit } from '../types';
import { decodeDigitsFile } from './digitsFile';
import { mnistDigitsFile } from './nodeDigits';
import { splitDigits } from './split';

/** The fixed train/test split of the 10,000 digits, read from node_modules (Node only). */
export function nodeDigitsSplit(): DigitsSplit {
  return splitDigits(decodeDigitsFile(mnistDigitsFile()));
}
