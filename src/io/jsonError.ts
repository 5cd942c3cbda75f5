/** JSON.parse's error texts re-said in the same shape as the app's other messages (character offset, what was expected). */

/** A person-readable reason for a JSON.parse failure, e.g. "at character 5: expected ':' after property name". */
export function describeJsonError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const positioned = /^(.*?) in JSON at position (\d+)/.exec(message);
  if (positioned) return `at character ${positioned[2]}: ${positioned[1].charAt(0).toLowerCase()}${positioned[1].slice(1)}`;
  const token = /^Unexpected token '(.+?)', (.*) is not valid JSON$/s.exec(message);
  if (token) return `unexpected ${JSON.stringify(token[1])} near ${token[2].replace(/\s+/g, ' ')}`;
  if (/^Unexpected end of JSON input/.test(message)) return 'the text ends too early';
  if (/^Unexpected non-whitespace character after JSON at position (\d+)/.test(message))
    return `extra text after the value (${message.replace(/^.*position/, 'at character')})`;
  return message;
}
