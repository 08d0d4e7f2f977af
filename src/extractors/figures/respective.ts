// 接待游客3600万人次,实现旅游收入超四百亿元,分别增长15%和18%: numbers listed after 分别 go, in
// order, with the figures stated just before them, one each.

import type { Measured } from './attach.js';
import type { Quantity } from './scan.js';

/** What may stand between 分别 and the first number of its list: a short verb (为, 增长, 达到). */
const BEFORE_LIST = /分别(?:为|是|达|达到|增长|增加|下降|减少|提高|降低|上涨|下跌)?$/;
const LIST_JOINER = /^(?:、|和|及|与|,)$/;

/** A number of a respective list: the figures stated before the list, and which of them is its own. */
export interface Respective {
  /** Indexes into the sentence's quantities: [from, to) are the figures before the list. */
  from: number;
  to: number;
  own: number;
}

/**
 * Per quantity of a respective list (two or more numbers after 分别), the figures stated before the
 * list that its numbers go with, as many as it has; none when fewer figures come before.
 */
export function respectiveOf(s: string, quantities: Quantity[]): Map<Quantity, Respective> {
  const out = new Map<Quantity, Respective>();
  for (let first = 0; first < quantities.length; first++) {
    if (!BEFORE_LIST.test(s.slice(Math.max(0, quantities[first].start - 6), quantities[first].start)))
      continue;
    let last = first;
    while (
      last + 1 < quantities.length &&
      LIST_JOINER.test(s.slice(quantities[last].end, quantities[last + 1].start))
    )
      last++;
    const size = last - first + 1;
    if (size >= 2 && first >= size)
      for (let k = 0; k < size; k++)
        out.set(quantities[first + k], { from: first - size, to: first, own: first - size + k });
    first = last;
  }
  return out;
}

/**
 * The metric of a number of a respective list: its own figure's, when every figure before the
 * list names a different thing (比全省(7.7%)和全国(7.0%)分别高0.7、1.4个百分点 names none).
 */
export function respectiveMetric(measured: Measured[], respective: Respective | undefined): string | null {
  if (!respective) return null;
  const metrics = new Set<string>();
  for (let i = respective.from; i < respective.to; i++) {
    const metric = measured[i]?.metric;
    if (!metric || metrics.has(metric)) return null;
    metrics.add(metric);
  }
  return measured[respective.own].metric;
}
