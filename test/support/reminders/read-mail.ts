/** What a test reads from a received message: decoded headers and the text and HTML parts. */
export interface ReadMail {
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

function splitPart(raw: string): Part {
  const end = raw.indexOf('\r\n\r\n');
  const head = end === -1 ? raw : raw.slice(0, end);
  const body = end === -1 ? '' : raw.slice(end + 4);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n(?=[ \t])/g, '').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function quotedPrintableBytes(value: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (char === '=' && /^[0-9A-F]{2}$/i.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(char, 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words (UTF-8, Q or B); adjacent words are joined before decoding, so a split letter survives. */
function decodeWords(value: string): string {
  const words = /=\?utf-8\?([qb])\?([^?]*)\?=/gi;
  let out = '';
  let pending: Buffer[] = [];
  let last = 0;
  const flush = (): void => {
    if (pending.length) out += Buffer.concat(pending).toString('utf8');
    pending = [];
  };
  for (let match = words.exec(value); match; match = words.exec(value)) {
    const between = value.slice(last, match.index);
    if (!(pending.length && /^\s*$/.test(between))) {
      flush();
      out += between;
    }
    const [, encoding, text = ''] = match;
    pending.push(
      encoding!.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64')
        : quotedPrintableBytes(text.replace(/_/g, ' ')),
    );
    last = match.index + match[0].length;
  }
  flush();
  return out + value.slice(last);
}

function decodeBody(part: Part): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const body =
    encoding === 'quoted-printable'
      ? quotedPrintableBytes(part.body.replace(/=\r\n/g, '')).toString('utf8')
      : encoding === 'base64'
        ? Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8')
        : part.body;
  return body.replace(/\r\n/g, '\n');
}

function leaves(part: Part): Part[] {
  const type = part.headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!type.toLowerCase().startsWith('multipart/') || !boundary) return [part];
  return part.body
    .split(`--${boundary}`)
    .slice(1)
    .filter((chunk) => !chunk.startsWith('--'))
    .flatMap((chunk) => leaves(splitPart(chunk.replace(/^\r\n/, '').replace(/\r\n$/, ''))));
}

/** Reads a message as nodemailer writes it (multipart/alternative, quoted-printable or base64, encoded words). */
export function readMail(raw: string): ReadMail {
  const message = splitPart(raw);
  const parts = leaves(message);
  const bodyOf = (type: string): string => {
    const part = parts.find((p) => (p.headers.get('content-type') ?? '').toLowerCase().startsWith(type));
    return part ? decodeBody(part) : '';
  };
  return {
    messageId: message.headers.get('message-id') ?? '',
    to: decodeWords(message.headers.get('to') ?? ''),
    subject: decodeWords(message.headers.get('subject') ?? ''),
    text: bodyOf('text/plain'),
    html: bodyOf('text/html'),
  };
}
