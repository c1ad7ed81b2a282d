import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Bearer tokens the emulator issues to personas: `<payload>.<signature>`, base64url JSON signed
 * with the tenant's secret (kept in the data file, so tokens survive a restart). They are opaque to
 * clients, as Graph's tokens are meant to be.
 */
export const TOKEN_LIFETIME_SECONDS = 3600;

interface TokenPayload {
  readonly sub: string;
  readonly upn: string;
  readonly iat: number;
  readonly exp: number;
}

export function issueToken(options: { secret: string; userId: string; upn: string; now: Date }): {
  accessToken: string;
  expiresIn: number;
} {
  const iat = Math.floor(options.now.getTime() / 1000);
  const payload: TokenPayload = {
    sub: options.userId,
    upn: options.upn,
    iat,
    exp: iat + TOKEN_LIFETIME_SECONDS,
  };
  const encoded = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return {
    accessToken: `${encoded}.${sign(encoded, options.secret)}`,
    expiresIn: TOKEN_LIFETIME_SECONDS,
  };
}

export type TokenCheck =
  | { readonly valid: true; readonly userId: string }
  | { readonly valid: false; readonly reason: string };

export function verifyToken(options: { secret: string; token: string; now: Date }): TokenCheck {
  const [encoded, signature] = options.token.split('.');
  if (!encoded || !signature) return { valid: false, reason: 'IDX14100: JWT is not well formed.' };
  const expected = Buffer.from(sign(encoded, options.secret));
  const actual = Buffer.from(signature);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
    return { valid: false, reason: 'Invalid signature.' };
  }
  let payload: TokenPayload;
  try {
    payload = JSON.parse(Buffer.from(encoded, 'base64url').toString()) as TokenPayload;
  } catch {
    return { valid: false, reason: 'IDX14100: JWT is not well formed.' };
  }
  if (payload.exp * 1000 <= options.now.getTime()) {
    return { valid: false, reason: 'Lifetime validation failed, the token is expired.' };
  }
  return { valid: true, userId: payload.sub };
}

function sign(encoded: string, secret: string): string {
  return createHmac('sha256', secret).update(encoded).digest('base64url');
}
