/**
 * What `createApp` can be told, and the defaults it falls back to. Entry files read the
 * environment and pass plain values here; nothing below touches `process` or Worker bindings.
 *
 * @module
 */
import { resolveCorsOrigins } from './middleware/cors-policy.ts';

/** Size limits that keep one request from monopolising the server. */
export interface Limits {
  /** Largest body, in bytes, for `POST /v1/classify` and `POST /v1/assess`. */
  bodyBytes: number;
  /** Largest body, in bytes, for `POST /v1/classify/batch`. */
  batchBytes: number;
  /** Most items in one batch. */
  batchItems: number;
}

/** The defaults: generous for a marketing brief, small enough for a Worker's memory and CPU. */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  bodyBytes: 1_048_576,
  batchBytes: 4_194_304,
  batchItems: 100,
});

/** Options for {@link createApp}. Every field is optional. */
export interface AppOptions {
  /**
   * When set, every `/v1/*` request needs `Authorization: Bearer <token>`. Whitespace around it
   * is ignored (a secret file's trailing newline); an empty or blank token means no auth, and a
   * token with whitespace inside is refused (no bearer header could carry it).
   */
  token?: string | undefined;
  /**
   * Origins allowed by CORS: a list of origins, or `'*'` for any. Default: none. Each entry is read
   * as a URL's origin (`https://Intake.example/` is `https://intake.example`, the default port is
   * dropped), and an entry holding commas is several; an entry that is not an http(s) origin is
   * ignored with a `console.warn` naming it.
   */
  corsOrigins?: readonly string[] | '*' | undefined;
  /** Overrides for {@link DEFAULT_LIMITS}. */
  limits?: Partial<Limits> | undefined;
  /** Called with every unexpected fault before the generic 500 answer. Default: `console.error`. */
  onFault?: ((error: unknown, request: Request) => void) | undefined;
}

/** {@link AppOptions} with every default filled in. */
export interface ResolvedOptions {
  token: string | null;
  corsOrigins: readonly string[] | '*';
  limits: Limits;
  onFault: (error: unknown, request: Request) => void;
}

const defaultFault = (error: unknown, request: Request): void => {
  console.error(`[marketlens-api] unexpected fault on ${request.method} ${request.url}`, error);
};

function positiveInt(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`limits.${name} must be a positive integer, got ${value}`);
  }
  return value;
}

/**
 * The token auth checks against, or `null` for no auth: trimmed, blank meaning none.
 *
 * @example
 * ```ts
 * resolveToken('s3cret\n'); // 's3cret'
 * resolveToken('   '); // null
 * ```
 */
export function resolveToken(token: string | undefined): string | null {
  const trimmed = token?.trim() ?? '';
  if (trimmed === '') return null;
  if (/\s/.test(trimmed)) {
    throw new RangeError('token must not contain whitespace: no bearer header could carry it');
  }
  return trimmed;
}

/**
 * Fills in defaults and rejects nonsense options up front (a bad limit is a deploy bug). CORS
 * origins come out normalised; an unusable one is dropped with a warning (see
 * {@link resolveCorsOrigins}).
 */
export function resolveOptions(options: AppOptions = {}): ResolvedOptions {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  return {
    token: resolveToken(options.token),
    corsOrigins: resolveCorsOrigins(options.corsOrigins ?? []),
    limits: {
      bodyBytes: positiveInt('bodyBytes', limits.bodyBytes),
      batchBytes: positiveInt('batchBytes', limits.batchBytes),
      batchItems: positiveInt('batchItems', limits.batchItems),
    },
    onFault: options.onFault ?? defaultFault,
  };
}

/**
 * Parses a `CORS_ORIGINS` value: `*`, or origins separated by commas or spaces. The entries come
 * back as written; `createApp` normalises them and warns about unusable ones.
 *
 * @example
 * ```ts
 * parseCorsOrigins('https://a.example, https://b.example'); // ['https://a.example', 'https://b.example']
 * ```
 */
export function parseCorsOrigins(value: string | undefined): readonly string[] | '*' {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '*') return '*';
  return trimmed.split(/[\s,]+/).filter((origin) => origin.length > 0);
}
