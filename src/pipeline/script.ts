// Pages in traditional characters (香港, 台湾, and mainland pages mirrored by Big5 sites) are read
// in simplified ones: every rule, word list and jieba's dictionary is written for simplified text.
// The conversion (opencc-js, OpenCC's tables) keeps the text's length and its surrogate pairs, so
// every offset of the normalised text still points at the same character of the page; records
// quote the page as written (their `text`, names and metrics), the fields the tool writes in
// simplified characters.

import { createRequire } from 'node:module';

/**
 * Frequent characters that only traditional text writes (們 for 们, 這 for 这 ...), and their
 * simplified forms, in the same order: a page's script is the one whose forms it writes.
 */
const TRADITIONAL_FORMS =
  '們這個來說為國會時對發經過還與當從實學動體點問長開關應將現無樣機義幾區縣衛醫療務歲員進親產業術場電話題議達該診書舉華東門見車馬張劉陳楊黃趙吳孫萬';
const SIMPLIFIED_FORMS =
  '们这个来说为国会时对发经过还与当从实学动体点问长开关应将现无样机义几区县卫医疗务岁员进亲产业术场电话题议达该诊书举华东门见车马张刘陈杨黄赵吴孙万';
/** Per UTF-16 unit: 1 for a traditional form above, -1 for a simplified one (a table is read faster than a set is asked). */
const FORM = new Int8Array(0x10000);
for (let i = 0; i < TRADITIONAL_FORMS.length; i++) {
  FORM[TRADITIONAL_FORMS.charCodeAt(i)] = 1;
  FORM[SIMPLIFIED_FORMS.charCodeAt(i)] = -1;
}
/** How many traditional forms, per Han character, a traditional page writes at least. */
const TRADITIONAL_SHARE = 0.02;
/** And how many at least: a simplified page that quotes a traditional name stays as it is. */
const TRADITIONAL_MIN = 5;
/** How many simplified forms, four times the traditional ones, settle a page as simplified (most pages: a few lines). */
const SETTLED = 32;
/** How much of a text tells its script: a page is written in one. */
const SAMPLE = 20_000;

/**
 * Whether `text` is written in traditional characters (its first SAMPLE units tell): it writes
 * their forms often, and twice as often as simplified ones (a simplified page that quotes a
 * book's title in traditional characters writes many simplified forms around it).
 */
export function isTraditional(text: string): boolean {
  let han = 0;
  let traditional = 0;
  let simplified = 0;
  for (let i = 0, end = Math.min(text.length, SAMPLE); i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) continue;
    han++;
    const form = FORM[c];
    if (form === 1) traditional++;
    else if (form === -1 && ++simplified >= SETTLED && traditional * 4 < simplified) return false;
  }
  return (
    traditional >= TRADITIONAL_MIN && traditional >= han * TRADITIONAL_SHARE && traditional > 2 * simplified
  );
}

/** Whether a short text (a metric) writes any traditional form: it comes from a traditional page. */
export function hasTraditionalForms(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (FORM[text.charCodeAt(i)] === 1) return true;
  return false;
}

type Converter = (text: string) => string;
let converter: Converter | undefined;

/**
 * OpenCC's converters to mainland forms, loaded the first time a traditional text comes: Hong
 * Kong's first (衞生署), then Taiwan's (著急 -> 着急), both of characters only (no words replaced:
 * 软体 stays, as the page wrote it).
 */
function toMainland(): Converter {
  if (!converter) {
    const opencc = createRequire(import.meta.url)('opencc-js/t2cn') as {
      Converter: (options: { from: string; to: string }) => Converter;
    };
    const hongKong = opencc.Converter({ from: 'hk', to: 'cn' });
    const taiwan = opencc.Converter({ from: 'tw', to: 'cn' });
    converter = (text) => taiwan(hongKong(text));
  }
  return converter;
}

/**
 * `text` in simplified characters, unit for unit: a line whose conversion would change its length
 * or move a surrogate pair (𨋢 -> 䢂) has each of its characters converted on its own instead.
 */
export function toSimplified(text: string): string {
  const convert = toMainland();
  const whole = convert(text);
  if (sameShape(text, whole)) return whole;
  return text
    .split('\n')
    .map((line) => {
      const converted = convert(line);
      if (sameShape(line, converted)) return converted;
      let out = '';
      for (const ch of line) {
        const one = convert(ch);
        out += one.length === ch.length ? one : ch;
      }
      return out;
    })
    .join('\n');
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
