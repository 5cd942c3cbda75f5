import type { DigitsSplit } from '../model/types';
import { decodeDigitsFile } from '../model/data/digitsFile';
import { mnistDigitsFile } from './nodeDigits';
import { splitDigits } from '../model/data/split';

/** The fixed train/test split of the 10,000 digits, read from node_modules (Node only). */
export function nodeDigitsSplit(): DigitsSplit {
  return splitDigits(decodeDigitsFile(mnistDigitsFile()));
}
