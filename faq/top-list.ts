/**
 * Keeps the `size` best (index, score) pairs, best first; of equal scores the one added first stays ahead
 * (the order a stable sort of the whole list would give).
 */
export class TopList {
  readonly index: Int32Array;
  readonly score: Float64Array;
  length = 0;
  constructor(readonly size: number) {
    this.index = new Int32Array(size);
    this.score = new Float64Array(size);
  }
  add(index: number, score: number): void {
    if (this.length === this.size && !(score > this.score[this.size - 1]!)) return;
    let at = this.length < this.size ? this.length++ : this.size - 1;
    for (; at > 0 && this.score[at - 1]! < score; at--) {
      this.index[at] = this.index[at - 1]!;
      this.score[at] = this.score[at - 1]!;
    }
    this.index[at] = index;
    this.score[at] = score;
  }
}
