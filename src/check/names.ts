// Likely misspelt names: two names of the same length that differ in one character and are
// tied by evidence: a shared co-author on a byline (金秀秀 周长才 / 金增秀 周长才), the same
// organisation or the same article series. The warning says which.

import { CROWD_ROLES } from '../lexicon/metric-synonyms.js';
import type { InstitutionRecord, PersonRecord } from '../records.js';

/** Roles a byline gives; people credited on one byline line are co-authors. */
const BYLINE_ROLES = new Set(['作者', '记者', '通讯员', '摄影']);

export interface NameMention {
  name: string;
  role: string | null;
  org: string | null;
  doc: string;
  line: number;
  article: number;
  headline: string | null;
  sentence: string;
}

export interface NameWarning {
  severity: 'warning';
  /** The two spellings, the more frequent first. */
  names: [string, string];
  /** The evidence that they are one person: the shared co-author, organisation or series. */
  reason: string;
  key: string;
  mentions: NameMention[];
}

interface Person {
  name: string;
  mentions: PersonRecord[];
  coauthors: Set<string>;
  /** doc\0line of each byline the name is on. */
  bylines: Set<string>;
  /** Organisations that place the person: canonical names, no relative ones (市人民医院). */
  orgs: Set<string>;
}

/** A body named relative to a place the text leaves open (市人民医院, 县卫健局): every city has one. */
const RELATIVE_BODY = /^[省市县区镇乡]/;

/**
 * Pairs of names that are probably one person spelt two ways, with the evidence (see tie).
 * Names that appear on one byline together are two people. Pseudonyms (化名) are left out.
 * Organisations are compared by the canonical names the institution records of the same
 * article give them (区人民医院 in a 任城区 article is 济宁市任城区人民医院).
 */
export function checkNames(
  people: readonly PersonRecord[],
  institutions: readonly InstitutionRecord[] = [],
): NameWarning[] {
  const canonical = new Map<string, string>();
  for (const i of institutions) canonical.set(`${i.doc}\u0000${i.article}\u0000${i.name}`, i.canonical);
  const orgOf = (p: PersonRecord): string | null => {
    if (p.org === null) return null;
    const org = canonical.get(`${p.doc}\u0000${p.article}\u0000${p.org}`) ?? p.org;
    return RELATIVE_BODY.test(org) ? null : org;
  };
  const persons = new Map<string, Person>();
  const bylineLines = new Map<string, string[]>();
  for (const p of people) {
    if (p.pseudonym) continue;
    let person = persons.get(p.name);
    if (!person)
      persons.set(
        p.name,
        (person = { name: p.name, mentions: [], coauthors: new Set(), bylines: new Set(), orgs: new Set() }),
      );
    person.mentions.push(p);
    const org = orgOf(p);
    if (org && !(p.role && CROWD_ROLES.has(p.role))) person.orgs.add(org);
    if (p.role && BYLINE_ROLES.has(p.role)) {
      const line = `${p.doc}\u0000${p.line}`;
      person.bylines.add(line);
      let names = bylineLines.get(line);
      if (!names) bylineLines.set(line, (names = []));
      if (!names.includes(p.name)) names.push(p.name);
    }
  }
  for (const names of bylineLines.values()) {
    for (const name of names)
      for (const other of names) if (other !== name) persons.get(name)!.coauthors.add(other);
  }

  // Names that differ only at position i share the key with i masked: no pairwise scan.
  const buckets = new Map<string, string[]>();
  for (const name of persons.keys()) {
    const chars = [...name];
    if (chars.length < 2) continue;
    for (let i = 0; i < chars.length; i++) {
      const key = `${chars.length}:${chars.slice(0, i).join('')}\u0000${chars.slice(i + 1).join('')}`;
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = []));
      bucket.push(name);
    }
  }
  const warnings: NameWarning[] = [];
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const reason = tie(persons.get(bucket[i])!, persons.get(bucket[j])!);
        if (reason) warnings.push(toWarning(persons.get(bucket[i])!, persons.get(bucket[j])!, reason));
      }
    }
  }
  return warnings.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * The evidence that two spellings are one person, or null: a shared co-author, or (for names of
 * three or more characters) the same organisation or the same article series (a headline's
 * 【label】). Two bylines one character apart in different
 * years with nothing else shared are two people; a role alone (作者, 主任) is no evidence.
 */
function tie(a: Person, b: Person): string | null {
  for (const line of a.bylines) if (b.bylines.has(line)) return null;
  const coauthor = [...a.coauthors].find((c) => b.coauthors.has(c));
  if (coauthor) return `same co-author ${coauthor}`;
  if ([...a.name].length < 3) return null;
  const org = [...a.orgs].find((o) => b.orgs.has(o));
  if (org) return `same organisation ${org}`;
  const seriesB = seriesOf(b);
  const series = [...seriesOf(a)].find((s) => seriesB.has(s));
  return series ? `same series ${series}` : null;
}

/** A series or column label opening a headline: 【健康聊城】, [名医访谈]. */
const SERIES_LABEL = /^\s*([【[][^】\]]{2,16}[】\]])/;

/** The series labels of the articles a person's byline (or any mention) stands in. */
function seriesOf(p: Person): Set<string> {
  const labels = new Set<string>();
  for (const m of p.mentions) {
    const label = m.headline ? SERIES_LABEL.exec(m.headline)?.[1] : undefined;
    if (label) labels.add(label);
  }
  return labels;
}

function toWarning(a: Person, b: Person, reason: string): NameWarning {
  const [first, second] = b.mentions.length > a.mentions.length ? [b, a] : [a, b];
  const mentions = [...first.mentions, ...second.mentions].map((m) => ({
    name: m.name,
    role: m.role,
    org: m.org,
    doc: m.doc,
    line: m.line,
    article: m.article,
    headline: m.headline,
    sentence: m.sentence,
  }));
  const names: [string, string] = [first.name, second.name];
  return { severity: 'warning', names, reason, key: JSON.stringify(['name', [...names].sort()]), mentions };
}
