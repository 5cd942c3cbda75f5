import { describe, expect, it } from 'vitest';
import { describeJsonError } from './jsonError';
import { scanJson } from './jsonScan';
import { explainProtobufError } from './protoCursor';

const jsonError = (text: string): string => {
  try {
    JSON.parse(text);
  } catch (err) {
    return describeJsonError(err);
  }
  throw new Error('parsed');
};

describe('parser errors re-said for a person', () => {
  it('protobufjs: a read past the end, a bad wire type, a bad varint', () => {
    expect(explainProtobufError('index out of range: 90 + 4 > 92', 100)).toBe(
      'a value needs 4 bytes at byte 190, but the data ends at byte 192 (the file is cut short)',
    );
    expect(explainProtobufError('invalid wire type 6 at offset 12', 0)).toBe(
      'a field with invalid wire type 6 at byte 12 (protobuf has 0–5): the bytes are corrupt',
    );
    expect(explainProtobufError('invalid varint encoding', 0)).toContain('longer than 10 bytes');
  });

  it('JSON.parse: a position, an unexpected token, an early end', () => {
    expect(jsonError('{"a" 1}')).toBe("at character 5: expected ':' after property name");
    expect(jsonError('{"a": m}')).toBe('unexpected "m" near "{"a": m}"');
    expect(jsonError('')).toBe('the text ends too early');
  });
});

describe('scanJson refuses pathological JSON with the bound in the message', () => {
  const bounds = { maxDepth: 3, maxArray: 4, maxValues: 10, what: 'the header', advice: 'corrupt' };
  it.each([
    ['[[[[1]]]]', 'the header nests deeper than 3 levels (at character 3): corrupt'],
    ['[1,2,3,4,5]', 'the header has an array of more than 4 items (at character 8): corrupt'],
    ['{"a":[1,2],"b":[3,4],"c":[5,6],"d":[7,8]}', 'the header holds more than 10 values'],
  ])('%s', (text, message) => {
    expect(() => scanJson(text, 'safetensors', bounds)).toThrow(message);
  });
  it('ignores brackets inside strings', () => {
    expect(() => scanJson('{"a":"[[[[[[[[\\"[[[["}', 'json', bounds)).not.toThrow();
  });
});
