/** Renders list numbers the way Word and LibreOffice display them ("14.3", "(a)", "iv."). */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
    case 'a':
      return letters(n).toLowerCase();
    case 'upperLetter':
    case 'A':
      return letters(n);
    case 'lowerRoman':
    case 'i':
      return roman(n).toLowerCase();
    case 'upperRoman':
    case 'I':
      return roman(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
    case '':
      return '';
    default:
      return String(n);
  }
}

function letters(n: number): string {
  // Word repeats the letter past z: aa, bb, …
  const k = Math.max(1, n);
  return String.fromCharCode(65 + ((k - 1) % 26)).repeat(Math.floor((k - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let k = n;
  for (const [v, s] of table)
    while (k >= v) {
      out += s;
      k -= v;
    }
  return out;
}

/** Counters of one multi-level list: raising level L resets every deeper level. */
export class ListCounters {
  private counts: number[] = [];

  next(level: number, start: number): number[] {
    for (let l = 0; l < level; l++) if (this.counts[l] === undefined) this.counts[l] = 1;
    this.counts[level] = this.counts[level] === undefined ? start : this.counts[level]! + 1;
    this.counts.length = level + 1;
    return [...this.counts];
  }

  restart(level: number, start: number): void {
    this.counts.length = level;
    this.counts[level] = start - 1;
  }
}
