/**
 * Collects the rows of a Word or OpenDocument table as "a | b | c" lines, in reading order. Only the
 * outermost table makes rows; the paragraphs of a nested table fold into the cell that holds it.
 */
export class TableRows {
  private depth = 0;
  private row: string[] | undefined;
  private cell: string[] | undefined;

  constructor(private readonly emitRow: (line: string) => void) {}

  openTable(): void {
    this.depth++;
  }
  closeTable(): void {
    this.depth--;
  }
  openRow(): void {
    if (this.depth === 1) this.row = [];
  }
  openCell(): void {
    if (this.depth === 1) this.cell = [];
  }
  /** Takes a paragraph's text when it sits in a cell (then it is not a paragraph of its own). */
  takeParagraph(text: string): boolean {
    this.cell?.push(text);
    return this.cell !== undefined;
  }
  closeCell(): void {
    if (this.depth === 1 && this.cell && this.row) {
      this.row.push(this.cell.join(' '));
      this.cell = undefined;
    }
  }
  closeRow(): void {
    if (this.depth === 1 && this.row) {
      const cells = this.row.filter((c) => c.trim());
      this.row = undefined;
      if (cells.length) this.emitRow(cells.join(' | '));
    }
  }
}
