// Pages in traditional characters (香港, 台湾, and mainland pages mirrored by Big5 sites) are read
// in simplified ones: every rule, word list and jieba's dictionary is written for simplified text.
// The conversion (opencc-js, OpenCC's tables) keeps the text's length and its surrogate pairs, so
// every offset of the normalised text still points at the same character of the page; records
// quote the page as written (their `text`), their fields in simplified characters.

import { createRequire } from 'node:module';

/**
 * Frequent characters that only traditional text writes (們 for 们, 這 for 这 ...): simplified
 * text holds none of them, traditional text holds many.
 */
const TRADITIONAL_ONLY =
  '們這個來說為國會時對發經過還與當從實學動體點問長開關應將現無樣機義幾區縣衛醫療務歲員進親產業術場電話題議達';
/** The same, by UTF-16 unit: a table is read faster than a set is asked. */
const IS_TRADITIONAL_ONLY = new Uint8Array(0x10000);
for (let i = 0; i < TRADITIONAL_ONLY.length; i++) IS_TRADITIONAL_ONLY[TRADITIONAL_ONLY.charCodeAt(i)] = 1;
/** How many of those characters, per Han character, make a page traditional. */
const TRADITIONAL_SHARE = 0.02;
/** And how many at least: a simplified page that quotes a traditional name stays as it is. */
const TRADITIONAL_MIN = 5;

/** How much of a text tells its script: a page is written in one. */
const SAMPLE = 20_000;

/** Whether `text` is written in traditional characters (its first SAMPLE units tell). */
export function isTraditional(text: string): boolean {
  let han = 0;
  let traditional = 0;
  for (let i = 0, end = Math.min(text.length, SAMPLE); i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) continue;
    han++;
    traditional += IS_TRADITIONAL_ONLY[c];
  }
  return traditional >= TRADITIONAL_MIN && traditional >= han * TRADITIONAL_SHARE;
}

type Converter = (text: string) => string;
let converter: Converter | undefined;

/** OpenCC's traditional-to-mainland converter, loaded the first time a traditional page comes. */
function toMainland(): Converter {
  if (!converter) {
    const opencc = createRequire(import.meta.url)('opencc-js/t2cn') as {
      Converter: (options: { from: string; to: string }) => Converter;
    };
    converter = opencc.Converter({ from: 'hk', to: 'cn' });
  }
  return converter;
}

/**
 * `text` in simplified characters, unit for unit: where OpenCC's phrase rules would change the
 * length or move a surrogate pair, each character is converted on its own instead.
 */
export function toSimplified(text: string): string {
  const convert = toMainland();
  const whole = convert(text);
  if (sameShape(text, whole)) return whole;
  let out = '';
  for (const ch of text) {
    const one = convert(ch);
    out += one.length === ch.length ? one : ch;
  }
  return out;
}

/** Same length, surrogate pairs at the same places. */
function sameShape(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++)
    if (isSurrogate(a.charCodeAt(i)) !== isSurrogate(b.charCodeAt(i))) return false;
  return true;
}

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}
