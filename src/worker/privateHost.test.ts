import { describe, expect, it } from 'vitest';
import { isPrivateHost } from './privateHost';

const host = (url: string): string => new URL(url).hostname;

describe('isPrivateHost', () => {
  it.each([
    'http://localhost:8080/x',
    'http://app.localhost/x',
    'http://127.0.0.1/x',
    'http://2130706433/x', // 127.0.0.1 written as one number
    'http://0x7f.1/x',
    'http://10.1.2.3/x',
    'http://172.20.0.1/x',
    'http://192.168.1.1/x',
    'http://169.254.169.254/latest/meta-data',
    'http://100.100.1.1/x',
    'http://0.0.0.0/x',
    'http://[::1]/x',
    'http://[fe80::1]/x',
    'http://[fd12:3456::1]/x',
    'http://[::ffff:192.168.0.1]/x',
    'http://printer.local/x',
  ])('%s is private', (url) => expect(isPrivateHost(host(url))).toBe(true));

  it.each([
    'https://huggingface.co/x',
    'https://8.8.8.8/x',
    'https://172.32.0.1/x',
    'https://[2001:db8::1]/x',
    'https://[::ffff:8.8.8.8]/x',
  ])('%s is public', (url) => expect(isPrivateHost(host(url))).toBe(false));
});
