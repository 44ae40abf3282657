// Preloaded into a benchmarked process (`node -r scripts/bench/peak-rss.cjs ...`): at exit, writes
// {"peakKb": …, "userMs": …, "systemMs": …} to the file named by SCHEMA_GUARD_BENCH_RSS_FILE: the peak resident set
// size (VmHWM from /proc/self/status, else getrusage's maxRSS) and the CPU time the process used.
'use strict';
const fs = require('node:fs');

process.on('exit', () => {
  const file = process.env.SCHEMA_GUARD_BENCH_RSS_FILE;
  if (!file) return;
  const usage = process.resourceUsage();
  let peakKb = usage.maxRSS;
  try {
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (match) peakKb = Number(match[1]);
  } catch {
    // not Linux: getrusage's figure
  }
  try {
    fs.writeFileSync(file, JSON.stringify({ peakKb, userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000 }));
  } catch {
    // the benchmark reports the figures as unknown
  }
});
