/**
 * A progress bar for long CLI work (imports and exports of large files), on standard error so standard
 * output stays clean for data. On a terminal it redraws one line; elsewhere (CI logs, pipes) it prints a
 * line per phase, so logs do not fill with carriage returns.
 */
const WIDTH = 30;
/** Redraw at most this often: a bar that updates per row would cost more than the work. */
const REDRAW_MS = 100;

export interface ProgressBar {
  /** Shows `label` at `done` of `total` (total 0: no known size, a phase without steps). */
  update(label: string, done: number, total: number): void;
  done(): void;
}

export function progressBar(stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  let lastLabel = '';
  let lastDraw = 0;
  let drawn = false;
  return {
    update(label, done, total) {
      if (!stream.isTTY) {
        if (label !== lastLabel) stream.write(`${label}…\n`);
        lastLabel = label;
        return;
      }
      const now = performance.now();
      const finished = total > 0 && done >= total;
      if (label === lastLabel && !finished && now - lastDraw < REDRAW_MS) return;
      lastLabel = label;
      lastDraw = now;
      const fraction = total > 0 ? Math.min(1, done / total) : 0;
      const filled = Math.round(fraction * WIDTH);
      const bar =
        total > 0
          ? `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${Math.round(fraction * 100)}%`
          : '';
      const count = total > 1 ? ` ${done.toLocaleString('nl-NL')}/${total.toLocaleString('nl-NL')}` : '';
      stream.write(`\r\x1b[2K${label} ${bar}${count}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\n');
      drawn = false;
    },
  };
}
