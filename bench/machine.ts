import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

export interface MachineInfo {
  date: string;
  cores: number;
  cpu: string;
  memory: string;
  node: string;
  chromium: string | undefined;
}

function cpuModel(): string {
  const model = cpus()[0]?.model.trim();
  return model && model.length > 0 ? model : 'unknown';
}

/** The number of cores this process may use, as `nproc` prints it (cgroup and affinity limits included). */
function usableCores(): number {
  try {
    return Number.parseInt(execFileSync('nproc', { encoding: 'utf8' }).trim(), 10);
  } catch {
    return cpus().length;
  }
}

export function describeMachine(chromiumVersion?: string): MachineInfo {
  return {
    date: new Date().toISOString(),
    cores: usableCores(),
    cpu: cpuModel(),
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    chromium: chromiumVersion,
  };
}
