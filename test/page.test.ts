// The page step: what a page says (its year, the names its credits give) holds for every
// article of that page and for no other document.

import { describe, expect, it } from 'vitest';
import { extractRecords } from '../src/engine/extract.js';

const CREDITED = '本报讯(记者 赵明远)2023年5月6日,市卫健委召开全市托育工作会议。\n\n■ 孙立群 摄';
const BARE = '本报讯 3月5日,全市开展义诊活动,赵明远、孙立群到场。';

const summary = (text: string) =>
  extractRecords(text).map((r) => [
    r.type,
    r.text,
    r.type === 'date' ? r.resolved : r.type === 'person' ? r.role : null,
  ]);

describe('page facts', () => {
  it("give every article of a page the page's year and the names its credits give", () => {
    expect(summary(`${CREDITED}\n\n${BARE}`).slice(-3)).toEqual([
      ['date', '3月5日', '2023-03-05'],
      ['person', '赵明远', '记者'],
      ['person', '孙立群', '作者'],
    ]);
  });

  it('stay with their page: the next document has none of them', () => {
    const alone = summary(BARE);
    expect(alone).toEqual([['date', '3月5日', null]]);
    summary(CREDITED);
    expect(summary(BARE)).toEqual(alone);
  });
});
