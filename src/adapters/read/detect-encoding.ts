/** The text encodings an HR export is read in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Decides the encoding of a text file from its first bytes: a byte-order mark wins; else
 * UTF-16 without a mark when every other byte is NUL; else UTF-8 when the sample is valid UTF-8;
 * else windows-1252, which is what Dutch Excel writes for "CSV (puntkomma-gescheiden)".
 */
export function detectEncoding(sample: Uint8Array): TextEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  const utf16 = guessUtf16WithoutBom(sample);
  if (utf16) return utf16;
  return isValidUtf8(sample) ? 'utf-8' : 'windows-1252';
}

/** True when the bytes decode as UTF-8; a sequence cut off at the end of the sample is fine. */
function isValidUtf8(sample: Uint8Array): boolean {
  try {
    // stream: true keeps a multi-byte character cut by the sample border from counting as invalid
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Mostly-ASCII UTF-16 text has a NUL in every high byte; real binary data does not show that
 * regular pattern. Looks at the first 4 KB only.
 */
function guessUtf16WithoutBom(sample: Uint8Array): TextEncoding | undefined {
  const length = Math.min(sample.length, 4096) & ~1;
  if (length < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  const pairs = length / 2;
  // 90%: a little non-Latin text may fill high bytes, but a table is mostly ASCII
  if (oddNul >= 0.9 * pairs && evenNul === 0) return 'utf-16le';
  if (evenNul >= 0.9 * pairs && oddNul === 0) return 'utf-16be';
  return undefined;
}
