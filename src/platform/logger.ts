import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs (pino). Level from CHAPAR_LOG_LEVEL via config. */
export function createLogger(level: string = 'info'): Logger {
  return pino({ level, base: { app: 'chapar' } });
}
