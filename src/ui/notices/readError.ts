/** Why a file or an address could not be read, recognised in the reader's or the downloader's (English) message. */
export type ReadErrorKey =
  | 'notKept'
  | 'badUrl'
  | 'protocol'
  | 'privateHost'
  | 'unreachable'
  | 'status'
  | 'webPage'
  | 'tooLarge'
  | 'tooMuch'
  | 'unknownShard'
  | 'unknownFormat'
  | 'missingShard'
  | 'otherServer'
  | 'damaged'
  | 'dtype'
  | 'notNumber'
  | 'pytorch'
  | 'hdf5'
  | 'tflite'
  | 'shardIndex'
  | 'onlyIndex'
  | 'noTensors'
  | 'emptyTensor'
  | 'jsonNoNumbers'
  | 'invalidJson'
  | 'externalData'
  | 'ggufType'
  | 'overBudget'
  | 'outOfMemory';

/** A recognised reason with the details the message named (file, host, status, …; `at`: "file: " or ''). */
export interface ReadError {
  key: ReadErrorKey;
  params: Record<string, string>;
}

/** A "file: " prefix the readers put before a message (named group `file`). */
const IN_FILE = String.raw`^(?<file>[^:]+): `;
/** The same prefix where a message may come without it (a tensor's read error in the overview): the text puts `at` first. */
const MAYBE_IN_FILE = String.raw`^(?:(?<file>[^:]+): )?`;

/** The messages of src/io and src/worker/fetch*.ts a person meets most; anything else is shown as it is. */
const PATTERNS: [ReadErrorKey, RegExp][] = [
  ['notKept', /^open (?<files>.+) again: files (?:from this computer )?are not kept between visits/],
  ['badUrl', /^"(?<url>.*)" is not a valid URL/],
  ['protocol', /^only http and https links can be loaded, not (?<protocol>\S+)/],
  ['privateHost', /^(?<host>\S+) is an address on your own computer or local network/],
  ['unreachable', /^the server at (?<host>\S+) could not be reached/],
  ['status', /^(?<host>\S+) answered (?<status>\d+) ?(?<text>.*) for (?<file>.+)$/],
  ['webPage', /^(?<url>\S+) is a web page, not a tensor file/],
  ['tooLarge', /^(?<file>.+) from (?<host>\S+) is (?<size>.+?), more than the (?<budget>.+?) a download may bring/],
  ['tooMuch', /^these files together are more than the (?<budget>.+?) a download may bring/],
  ['unknownShard', new RegExp(`${IN_FILE}unrecognised file format\\. If it is a tfjs weight shard`)],
  ['unknownFormat', new RegExp(`${IN_FILE}unrecognised file format`)],
  ['missingShard', new RegExp(`${IN_FILE}weight shard '(?<shard>[^']+)' \\(group (?<group>\\d+)\\) is missing`)],
  ['otherServer', /^(?<file>.+) names '(?<path>[^']+)' on another server \((?<host>[^)]+)\)/],
  // formats refused with a way to convert (src/io/refusals.ts)
  ['pytorch', new RegExp(`${IN_FILE}PyTorch checkpoints .* Convert it in Python: (?<code>.+) — or save one tensor with (?<one>.+)$`)],
  [
    'hdf5',
    new RegExp(`${IN_FILE}HDF5 \\(\\.h5, Keras\\) files are not supported\\. Convert with (?<command>.+?) and open (?<json>\\S+) with`),
  ],
  ['tflite', new RegExp(`${IN_FILE}TensorFlow Lite \\(\\.tflite\\) models are not supported`)],
  // a file set that is not complete, or holds nothing to quantize (src/io/openFiles.ts, onnxExternal.ts)
  [
    'shardIndex',
    new RegExp(`${IN_FILE}this is the index of a sharded safetensors model: select the shard files it lists with it \\((?<shards>.+)\\)$`),
  ],
  ['onlyIndex', /^only index files were selected: select the files they list(?<listed>(?: \(.+\))?)$/],
  ['noTensors', new RegExp(`${IN_FILE}contains no tensors$`)],
  ['emptyTensor', new RegExp(`${IN_FILE}tensor '(?<tensor>[^']+)' has shape (?<shape>\\(.*\\)): 0 elements — nothing to quantize$`)],
  [
    'externalData',
    new RegExp(
      `${MAYBE_IN_FILE}tensor '(?<tensor>[^']+)' is stored outside the model, in the external data file '(?<data>[^']+)'.*: open (?:it|them) together with (?<model>.+) \\(select`,
    ),
  ],
  ['jsonNoNumbers', new RegExp(`${IN_FILE}JSON (?:object has no arrays|holds no array) of numbers`)],
  ['invalidJson', new RegExp(`${IN_FILE}not valid JSON (?<detail>.*)$`)],
  // a tensor this app cannot hold or decode (src/io/gguf/source.ts, budget.ts, errors.ts)
  [
    'ggufType',
    new RegExp(
      `${MAYBE_IN_FILE}tensor '(?<tensor>[^']+)' is (?<type>\\S+), a ggml type this app does not dequantize \\(it reads (?<supported>.+)\\)$`,
    ),
  ],
  [
    'overBudget',
    new RegExp(
      `${MAYBE_IN_FILE}(?:tensor|weight) '(?<tensor>[^']+)': shape (?<shape>\\(.*?\\)) needs (?<bytes>.+?) in memory, more than the (?<budget>.+?) budget`,
    ),
  ],
  ['outOfMemory', new RegExp(`${IN_FILE}reading the (?<format>\\S+) data ran out of memory or hit a size limit \\((?<detail>.*)\\)$`)],
  // broader kinds: the reader's own words are kept as the detail
  ['damaged', new RegExp(`${IN_FILE}(?<detail>.*\\b(?:truncated|corrupt)\\b.*)$`)],
  ['dtype', new RegExp(`${IN_FILE}(?<detail>(?:unsupported )?dtype .*)$`)],
  ['notNumber', new RegExp(`${IN_FILE}line (?<line>\\d+), field (?<field>\\d+) (?<what>.*)$`)],
];

/** The recognised reason of a load error message, or null to show the message as it is. */
export function readErrorOf(message: string): ReadError | null {
  for (const [key, pattern] of PATTERNS) {
    const m = pattern.exec(message);
    if (m) {
      const params: Record<string, string> = {};
      for (const [name, value] of Object.entries(m.groups ?? {})) params[name] = value ?? '';
      return { key, params: { ...params, at: params.file ? `${params.file}: ` : '' } };
    }
  }
  return null;
}
