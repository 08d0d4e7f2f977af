// Numbers as the papers write them: Arabic (3.12, 1,000), Arabic with Chinese multipliers
// (3.12万, 1.9亿, 5千万), Chinese numerals (二十, 两千零五, 一百零五, 廿, 二〇二四) and
// financial forms (壹贰叁). Shared by the figure and date extractors.

export const DIGIT_VALUES: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  倆: 2,
  貳: 2,
  陸: 6,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
  '0': 0,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
  '6': 6,
  '7': 7,
  '8': 8,
  '9': 9,
};

/** 廿 and 卅 are a digit and its 十 in one character. */
const TENS: Record<string, number> = { 廿: 20, 卅: 30 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 };
export const MULTIPLIERS: Record<string, number> = { ...SMALL_UNITS, ...LARGE_UNITS };

const PLAIN_DIGITS = /^\d+(?:\.\d+)?$/;

/**
 * The value of a number written in Arabic digits, Chinese numerals, or Arabic digits followed by
 * multipliers; null when the string is not a whole number expression.
 */
export function parseNumber(s: string): number | null {
  if (PLAIN_DIGITS.test(s)) return plainNumber(s);
  const arabic = /^(\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)(.*)$/.exec(s);
  if (arabic) {
    let value = Number(arabic[1].replace(/,/g, ''));
    for (const c of arabic[2]) {
      const m = MULTIPLIERS[c];
      if (m === undefined) return parseChineseNumber(s); // 7万5千4百: digits between multipliers
      value *= m;
    }
    return tidy(value);
  }
  return parseChineseNumber(s);
}

/** The value of plain digits with an optional decimal part (PLAIN_DIGITS): nothing to take apart. */
export function plainNumber(s: string): number {
  // Nor to tidy, in twelve characters or fewer (most numbers).
  return s.length <= 12 ? Number(s) : tidy(Number(s));
}

/** Chinese numerals, with 点 for decimals (三点五 -> 3.5). */
export function parseChineseNumber(s: string): number | null {
  if (!s) return null;
  const point = s.indexOf('点');
  if (point >= 0) {
    const whole = point === 0 ? 0 : parseChineseInteger(s.slice(0, point));
    // 三点二五万, 一百零五点六亿: digits after 点, then the multipliers of the whole number.
    const fraction = /^([^十拾百佰千仟万萬亿億兆]+)([十拾百佰千仟万萬亿億兆]*)$/.exec(s.slice(point + 1));
    if (whole === null || !fraction) return null;
    let decimals = '';
    for (const c of fraction[1]) {
      const d = DIGIT_VALUES[c];
      if (d === undefined) return null;
      decimals += d;
    }
    const value = Number(`${whole}.${decimals}`);
    if (!fraction[2]) return value;
    let scaled = value;
    for (const c of fraction[2]) scaled *= MULTIPLIERS[c];
    return tidy(scaled);
  }
  return parseChineseInteger(s);
}

function parseChineseInteger(s: string): number | null {
  // One character, most Chinese numbers: a digit, 十, 廿 or 卅 (百 or 万 alone is no number).
  if (s.length === 1) return DIGIT_VALUES[s] ?? TENS[s] ?? (SMALL_UNITS[s] === 10 ? 10 : null);
  // Arabic digit runs are one symbol each: 3万4000, 25万6千.
  const chars = s.match(/\d+|[\s\S]/gu) ?? [];
  // 二〇二四, 一九九八: digits read one by one, as in years and codes.
  if (chars.length > 1 && chars.every((c) => c.length === 1 && DIGIT_VALUES[c] !== undefined)) {
    return Number(chars.map((c) => DIGIT_VALUES[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let maxLarge = 0;
  // 一千六 is 1600 and 一万三 13000: a last digit right after 百, 千, 万 or 亿 counts in the next lower place.
  let lastUnit = 0;
  for (const c of chars) {
    const d = c.length > 1 ? Number(c) : DIGIT_VALUES[c];
    if (d !== undefined) {
      if (d === 0) lastUnit = 0;
      if (digit !== null && digit !== 0 && d !== 0) return null; // 二三 is not a number (it is a guess range)
      digit = d;
      continue;
    }
    const tens = TENS[c];
    if (tens !== undefined) {
      if (digit) return null;
      section += tens;
      digit = null;
      continue;
    }
    const small = SMALL_UNITS[c];
    if (small !== undefined) {
      if (digit === null && small !== 10) return null; // 百 alone is not a number; 十 alone is 10
      section += (digit || 1) * small; // 零十 is 10
      digit = null;
      lastUnit = small;
      continue;
    }
    const large = LARGE_UNITS[c];
    if (large !== undefined) {
      const head = section + (digit ?? 0);
      if (head === 0 && total === 0) return null;
      // 四万万, 五兆六十二亿: a unit larger than those before multiplies everything so far.
      if (large >= maxLarge) total = (total + head) * large;
      else total += head * large;
      maxLarge = Math.max(maxLarge, large);
      section = 0;
      digit = null;
      lastUnit = large;
      continue;
    }
    return null;
  }
  const lastChar = chars[chars.length - 1] ?? '';
  if (
    digit !== null &&
    lastUnit >= 100 &&
    lastChar.length === 1 &&
    !/\d/.test(lastChar) &&
    /^[百佰千仟万萬亿億兆]$/.test(chars[chars.length - 2] ?? '')
  ) {
    return total + section + (digit * lastUnit) / 10;
  }
  return total + section + (digit ?? 0);
}

/** Remove binary floating-point noise: 3.12 * 10000 is 31200, not 31200.000000000004. */
export function tidy(value: number): number {
  // Whole numbers under 10^12 have no noise to remove (and are most figures).
  if (Number.isInteger(value) && Math.abs(value) < 1e12) return value;
  return Number(value.toPrecision(12));
}

/**
 * Adjacent-digit guesses, a range written as one numeral: 六七千 -> [6000, 7000],
 * 三四十 -> [30, 40], 十五六 -> [15, 16], 二三十万 -> [200000, 300000]. Null otherwise.
 */
export function parseGuessRange(s: string): [number, number] | null {
  const chars = [...s];
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = DIGIT_VALUES[chars[i]];
    const b = DIGIT_VALUES[chars[i + 1]];
    if (a === undefined || b === undefined || /\d/.test(chars[i]) || b !== a + 1 || a === 0) continue;
    const head = chars.slice(0, i).join('');
    const tail = chars.slice(i + 2).join('');
    if ([...tail].some((c) => MULTIPLIERS[c] === undefined)) return null;
    const min = parseChineseNumber(head + chars[i] + tail);
    const max = parseChineseNumber(head + chars[i + 1] + tail);
    return min !== null && max !== null && min < max ? [min, max] : null;
  }
  return null;
}

const SHU = '数'.charCodeAt(0);

/**
 * Indefinite amounts: 数十 and 几十 are 20 to 90, 数百 200 to 900, 十几 11 to 19, 二十几 21 to
 * 29, 十几万 110,000 to 190,000. Null otherwise.
 */
export function parseIndefinite(s: string): [number, number] | null {
  // Both forms open with 数 or hold 几: most numerals do neither.
  if (s.charCodeAt(0) !== SHU && !s.includes('几')) return null;
  const some = /^[数几]([十百千万]+)$/.exec(s);
  if (some) {
    const unit = parseChineseNumber(`一${some[1]}`);
    return unit === null ? null : [2 * unit, 9 * unit];
  }
  const teens = /^([二三四五六七八九]?十)几([万亿]?)$/.exec(s);
  if (teens) {
    const tens = parseChineseNumber(teens[1]);
    const scale = teens[2] ? MULTIPLIERS[teens[2]] : 1;
    return tens === null ? null : [tidy((tens + 1) * scale), tidy((tens + 9) * scale)];
  }
  return null;
}
