// The answer text as runs: the fact asked for (level 2) wins over the question's words (level 1);
// inline citation markers split the runs at their offsets. Pure: the card turns the runs into nodes.

/**
 * Runs of text: [{ s: string, level: 0|1|2 }] and markers [{ n }] placed after the first `at`
 * characters. Bad ranges are clamped or skipped; markers off the text or not in `known` are dropped.
 */
export function runs(text, facts, highlights, markers, known) {
  const len = text.length;
  const lv = new Uint8Array(len);
  for (const [ranges, v] of [[highlights, 1], [facts, 2]]) {
    for (const r of Array.isArray(ranges) ? ranges : []) {
      if (Array.isArray(r)) for (let i = Math.max(0, r[0] | 0); i < Math.min(len, r[1] | 0); i++) lv[i] = Math.max(lv[i], v);
    }
  }
  const at = new Map();
  for (const m of Array.isArray(markers) ? markers : []) {
    const k = m?.at;
    if (Number.isInteger(k) && k >= 0 && k <= len && Number.isInteger(m.n) && known.has(m.n)) at.set(k, [...(at.get(k) || []), { n: m.n }]);
  }
  const out = [];
  let from = 0;
  for (let i = 0; i <= len; i++) {
    if (i > from && (i == len || at.has(i) || lv[i] != lv[from])) {
      out.push({ s: text.slice(from, i), level: lv[from] });
      from = i;
    }
    if (at.has(i)) out.push(...at.get(i));
  }
  return out;
}
