// A port nobody listens on, found synchronously so a config file can use it while it loads.
import { execFileSync } from 'node:child_process';

const PROBE = "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";

export function freePort(): number {
  return Number(execFileSync(process.execPath, ['-e', PROBE], { encoding: 'utf8' }));
}
