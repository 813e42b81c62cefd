import type { SparseVector } from './vectorize.ts';

/**
 * The nearest alternate of a class (cosine, kNN with k = 1) for a question, over an inverted index: for each
 * feature, the alternates that have it, grouped by class. A question only touches the alternates of the candidate
 * classes that share a feature with it (skipping the other classes' groups), instead of reading every alternate of
 * those classes.
 *
 * Exact: an alternate's dot product sums the same products in the same order (feature id ascending) as a dot
 * product over the alternate's own features, minus the zero terms; ties go to the alternate listed first.
 */
export interface NearestIndex {
  /**
   * For each of the first `count` classes of `labels`: the cosine with its nearest alternate into `cosine`, that
   * alternate's document index into `docs` (0 and −1 when no alternate of the class shares a feature with `x`).
   */
  nearest(x: SparseVector, labels: ArrayLike<number>, count: number, cosine: Float64Array, docs: Int32Array): void;
}

/** `vectors[d]` is document d, of class `labels[d]`; vectors hold ids below `features`. */
export function buildNearestIndex(vectors: readonly SparseVector[], labels: readonly number[], classes: number, features: number): NearestIndex {
  // Rows: the documents in class order (document order within a class), each class's first row a multiple of 32 (the rows
  // between classes are no document's: −1). Rows of class c: classStart[c] to classEnd[c].
  const classStart = new Int32Array(classes);
  const classEnd = new Int32Array(classes);
  const perClass = new Int32Array(classes);
  for (const label of labels) perClass[label]!++;
  for (let c = 0, row = 0; c < classes; c++) {
    classStart[c] = row;
    classEnd[c] = row + perClass[c]!;
    row = Math.ceil(classEnd[c]! / 32) * 32;
  }
  const rows = classes > 0 ? Math.ceil(classEnd[classes - 1]! / 32) * 32 : 0;
  const rowDoc = new Int32Array(rows).fill(-1);
  const fillRow = classStart.slice();
  labels.forEach((label, d) => (rowDoc[fillRow[label]!++] = d));

  // A document the same as an earlier one of its class (features and values) is never the nearest (of equal dots the
  // first wins): it gets no postings.
  const seen = new Set<string>();
  const indexed = vectors.map((v, d) => {
    const key = `${labels[d]} ${v.ids.join(',')} ${new Uint32Array(v.vals.buffer, v.vals.byteOffset, v.vals.length).join(',')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });

  // Postings of feature f: postStart[f] to postStart[f + 1], rows ascending.
  const postStart = new Int32Array(features + 1);
  vectors.forEach((v, d) => {
    if (indexed[d]) for (const id of v.ids) postStart[id + 1]!++;
  });
  for (let f = 0; f < features; f++) postStart[f + 1]! += postStart[f]!;
  const postRow = new Int32Array(postStart[features]!);
  const postVal = new Float32Array(postRow.length);
  const fill = postStart.slice(0, features);
  rowDoc.forEach((d, row) => {
    if (d < 0 || !indexed[d]) return;
    const v = vectors[d]!;
    for (let k = 0; k < v.ids.length; k++) {
      const at = fill[v.ids[k]!]!++;
      postRow[at] = row;
      postVal[at] = v.vals[k]!;
    }
  });

  // A feature's postings cut by class: groups groupStart[f] to groupStart[f + 1]; group g holds the postings of class
  // groupClass[g] from groupFrom[g] to groupFrom[g + 1] (one sentinel after all groups).
  const rowClass = new Int32Array(rowDoc.length);
  for (let c = 0; c < classes; c++) rowClass.fill(c, classStart[c]!, classEnd[c]!);
  const groupStart = new Int32Array(features + 1);
  const groupClass: number[] = [];
  const groupFrom: number[] = [];
  for (let f = 0; f < features; f++) {
    for (let p = postStart[f]!; p < postStart[f + 1]!; p++) {
      if (p === postStart[f] || rowClass[postRow[p]!] !== rowClass[postRow[p - 1]!]) {
        groupClass.push(rowClass[postRow[p]!]!);
        groupFrom.push(p);
      }
    }
    groupStart[f + 1] = groupClass.length;
  }
  groupFrom.push(postRow.length);
  const groupOf = Int32Array.from(groupClass);
  const groupAt = Int32Array.from(groupFrom);

  // Dot products of the touched rows, a bit per row touched (32 rows a word), and the classes asked about; all back to
  // 0 between questions.
  const dots = new Float64Array(rowDoc.length);
  const touched = new Int32Array(rowDoc.length / 32);
  const asked = new Uint8Array(classes);

  return {
    nearest(x, labels, count, cosine, docs) {
      for (let i = 0; i < count; i++) asked[labels[i]!] = 1;
      for (let k = 0; k < x.ids.length; k++) {
        const q = x.vals[k]!;
        for (let g = groupStart[x.ids[k]!]!, end = groupStart[x.ids[k]! + 1]!; g < end; g++) {
          if (!asked[groupOf[g]!]) continue;
          for (let p = groupAt[g]!, stop = groupAt[g + 1]!; p < stop; p++) {
            const row = postRow[p]!;
            dots[row]! += postVal[p]! * q;
            touched[row >> 5]! |= 1 << (row & 31);
          }
        }
      }
      // A class's touched rows in order (an untouched row's dot is 0, never the nearest): of equal dots the first wins.
      for (let i = 0; i < count; i++) {
        const label = labels[i]!;
        let best = 0;
        let bestRow = -1;
        for (let w = classStart[label]! >> 5, end = (classEnd[label]! + 31) >> 5; w < end; w++) {
          for (let bits = touched[w]!; bits !== 0; bits &= bits - 1) {
            const r = (w << 5) + 31 - Math.clz32(bits & -bits);
            if (dots[r]! > best) {
              best = dots[r]!;
              bestRow = r;
            }
            dots[r] = 0;
          }
          touched[w] = 0;
        }
        asked[label] = 0;
        cosine[i] = best;
        docs[i] = bestRow < 0 ? -1 : rowDoc[bestRow]!;
      }
    },
  };
}
