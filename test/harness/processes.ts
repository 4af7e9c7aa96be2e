// Live processes read from /proc; zombies waiting to be reaped don't count.
import * as fs from 'node:fs';

export interface ProcessInfo {
  pid: number;
  group: number;
  command: string;
}

export function liveProcesses(): ProcessInfo[] {
  const live: ProcessInfo[] = [];
  for (const pid of fs.readdirSync('/proc').filter(name => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The fields after the parenthesised command name are: state, ppid, pgrp, …
      const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state !== 'Z') {
        live.push({ pid: Number(pid), group: Number(group), command: fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ') });
      }
    } catch {
      // it ended while we looked
    }
  }
  return live;
}
