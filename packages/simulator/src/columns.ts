/** Growable typed-array columns used while building the ledger's fact tables. */

export class IntColumn {
  private data = new Int32Array(1024)
  length = 0

  push(value: number): number {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2)
      grown.set(this.data)
      this.data = grown
    }
    this.data[this.length] = value
    return this.length++
  }

  get(index: number): number {
    return this.data[index] ?? 0
  }

  set(index: number, value: number): void {
    this.data[index] = value
  }

  /** A right-sized copy; the column can be discarded afterwards. */
  freeze(): Int32Array {
    return this.data.slice(0, this.length)
  }
}

export class FloatColumn {
  private data = new Float64Array(1024)
  length = 0

  push(value: number): number {
    if (this.length === this.data.length) {
      const grown = new Float64Array(this.data.length * 2)
      grown.set(this.data)
      this.data = grown
    }
    this.data[this.length] = value
    return this.length++
  }

  get(index: number): number {
    return this.data[index] ?? 0
  }

  set(index: number, value: number): void {
    this.data[index] = value
  }

  add(index: number, value: number): void {
    this.data[index] = (this.data[index] ?? 0) + value
  }

  freeze(): Float64Array {
    return this.data.slice(0, this.length)
  }
}
