/** Whether a URL's host is on the visitor's own machine or network (loopback, private, link-local, unique-local). */

/** IPv4 dotted quad (as the URL parser normalises it) → its four numbers, or undefined. */
function ipv4(host: string): number[] | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  return m ? m.slice(1).map(Number) : undefined;
}

function privateIpv4([a, b]: number[]): boolean {
  return (
    a === 0 || // "this network"
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b < 128) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local (cloud metadata lives here)
    (a === 172 && b >= 16 && b < 32) ||
    (a === 192 && b === 168)
  );
}

/** `hostname` as URL.hostname gives it (IPv6 in brackets, IPv4 normalised, lower case). */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host.endsWith('.local') ||
    host.endsWith('.internal') ||
    host.endsWith('.home.arpa')
  ) {
    return true;
  }
  const v4 = ipv4(host);
  if (v4) return privateIpv4(v4);
  if (!host.startsWith('[')) return false;
  const v6 = host.slice(1, -1);
  if (v6 === '::1' || v6 === '::') return true;
  const mapped = /^::ffff:(.+)$/.exec(v6);
  if (mapped) {
    const inner = ipv4(mapped[1]);
    if (inner) return privateIpv4(inner);
    const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(mapped[1]);
    if (hex) {
      const hi = parseInt(hex[1], 16);
      return privateIpv4([hi >> 8, hi & 255]);
    }
  }
  return /^f[cd][0-9a-f]{2}:/.test(v6) || /^fe[89ab][0-9a-f]:/.test(v6); // unique-local fc00::/7, link-local fe80::/10
}
