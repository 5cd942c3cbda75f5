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
  | 'notNumber';

/** A recognised reason with the details the message named (file, host, status, …). */
export interface ReadError {
  key: ReadErrorKey;
  params: Record<string, string>;
}

/** A "file: " prefix the readers put before a message (named group `file`). */
const IN_FILE = String.raw`^(?<file>[^:]+): `;

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
  // broader kinds: the reader's own words are kept as the detail
  ['damaged', new RegExp(`${IN_FILE}(?<detail>.*\\b(?:truncated|corrupt)\\b.*)$`)],
  ['dtype', new RegExp(`${IN_FILE}(?<detail>(?:unsupported )?dtype .*)$`)],
  ['notNumber', new RegExp(`${IN_FILE}line (?<line>\\d+), field (?<field>\\d+) (?<what>.*)$`)],
];

/** The recognised reason of a load error message, or null to show the message as it is. */
export function readErrorOf(message: string): ReadError | null {
  for (const [key, pattern] of PATTERNS) {
    const m = pattern.exec(message);
    if (m) return { key, params: { ...m.groups } };
  }
  return null;
}
