import cliProgress from 'cli-progress';

/** A progress reporter: a bar on a terminal, plain lines otherwise (logs, CI). */
export interface Progress {
  update(done: number, total: number, label?: string): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr, title = ''): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${title} [{bar}] {percentage}% | {value}/{total} {label}`, stream, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(done, total, label = '') {
        if (!started) {
          bar.start(total, 0, { label });
          started = true;
        }
        bar.setTotal(total);
        bar.update(done, { label });
      },
      stop: () => started && bar.stop(),
    };
  }
  let lastPct = -1;
  return {
    update(done, total, label = '') {
      const pct = total ? Math.floor((done / total) * 100) : 100;
      if (pct >= lastPct + 10 || done === total) {
        lastPct = pct;
        stream.write(`${[title, label].filter(Boolean).join(' ')} ${done}/${total} (${pct}%)\n`);
      }
    },
    stop() {},
  };
}
