/**
 * OpenID Connect login against the gemeente's own identity provider (openid-client): the authorization
 * code flow with PKCE, state and nonce. The provider's metadata is discovered on first use and kept; a
 * discovery that fails is retried on the next login instead of stopping the server at start.
 */

import * as client from 'openid-client';
import { API_PREFIX } from '../../contract/index.ts';
import type { OidcIdentity } from '../../services/index.ts';
import { isLoopbackHost } from '../config.ts';

export interface OidcSettings {
  /** Issuer identifier of the identity provider; its discovery document is at /.well-known/openid-configuration. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The address users reach Krachtenveld at, without a trailing slash; the redirect URI is derived from it. */
  publicUrl: string;
  /** Label of the login button. */
  name: string;
  /** Requested scopes, space-separated; includes `openid`. */
  scopes: string;
}

export const OIDC_CALLBACK_PATH = `${API_PREFIX}/session/oidc/callback`;

/** The secrets of one authorisation request, kept until the browser comes back. */
export interface OidcChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The identity provider could not be reached or its discovery document is unusable. */
export class OidcUnavailableError extends Error {
  override readonly name = 'OidcUnavailableError';
}

export interface OidcClient {
  readonly settings: OidcSettings;
  readonly redirectUri: string;
  /** New state, nonce and PKCE verifier, and the provider's authorisation address carrying them. */
  startLogin(): Promise<{ url: URL; checks: OidcChecks }>;
  /** Checks the authorisation response, redeems the code and reads the claims. */
  finishLogin(query: string, checks: OidcChecks): Promise<OidcIdentity>;
}

export function redirectUriOf(settings: Pick<OidcSettings, 'publicUrl'>): string {
  return `${settings.publicUrl.replace(/\/+$/, '')}${OIDC_CALLBACK_PATH}`;
}

/**
 * client_secret_basic unless the provider lists only client_secret_post. Chosen per request from the
 * discovered metadata, because the choice has to be made before discovery.
 */
function clientSecretAuth(secret: string): client.ClientAuth {
  const basic = client.ClientSecretBasic(secret);
  const post = client.ClientSecretPost(secret);
  return (as, metadata, body, headers) => {
    const supported = as.token_endpoint_auth_methods_supported;
    const usePost =
      Array.isArray(supported) &&
      !supported.includes('client_secret_basic') &&
      supported.includes('client_secret_post');
    return (usePost ? post : basic)(as, metadata, body, headers);
  };
}

export function createOidcClient(settings: OidcSettings): OidcClient {
  const issuerUrl = new URL(settings.issuer);
  const redirectUri = redirectUriOf(settings);
  // Plain HTTP only for a provider on this very machine (development and the tests).
  const insecureAllowed = issuerUrl.protocol === 'http:' && isLoopbackHost(issuerUrl.hostname);
  let configuration: Promise<client.Configuration> | undefined;

  function discover(): Promise<client.Configuration> {
    if (!configuration) {
      const pending = client
        .discovery(
          issuerUrl,
          settings.clientId,
          { client_secret: settings.clientSecret },
          clientSecretAuth(settings.clientSecret),
          { ...(insecureAllowed ? { execute: [client.allowInsecureRequests] } : {}), timeout: 10 },
        )
        .catch((error: unknown) => {
          configuration = undefined;
          throw new OidcUnavailableError(
            `OpenID Connect discovery at ${issuerUrl.href} failed: ${error instanceof Error ? error.message : String(error)}`,
            { cause: error },
          );
        });
      configuration = pending;
    }
    return configuration;
  }

  return {
    settings,
    redirectUri,
    async startLogin() {
      const config = await discover();
      const checks: OidcChecks = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
      };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: settings.scopes,
        response_type: 'code',
        state: checks.state,
        nonce: checks.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
        code_challenge_method: 'S256',
      });
      return { url, checks };
    },
    async finishLogin(query, checks) {
      const config = await discover();
      // The redirect URI sent to the token endpoint is this address without its query: build it from the
      // configured public address, not from the Host header a proxy may have rewritten.
      const currentUrl = new URL(redirectUri);
      currentUrl.search = query;
      const tokens = await client.authorizationCodeGrant(config, currentUrl, {
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        pkceCodeVerifier: checks.codeVerifier,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new Error('the token response has no ID token');
      let claims: Record<string, unknown> = { ...idToken };
      // Many providers put e-mail and name only in the UserInfo response (OIDC Core 5.4). Its `sub` is
      // checked against the ID token's.
      if (config.serverMetadata().userinfo_endpoint && tokens.access_token) {
        const userInfo = await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
        claims = { ...claims, ...pick(userInfo, ['email', 'email_verified', 'name']) };
      }
      return {
        issuer: idToken.iss,
        subject: idToken.sub,
        email: typeof claims.email === 'string' ? claims.email : undefined,
        emailVerified: claims.email_verified === true,
        name: typeof claims.name === 'string' ? claims.name : undefined,
      };
    },
  };
}

function pick(source: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => source[key] !== undefined).map((key) => [key, source[key]]));
}

/** For logs: what went wrong, without the codes, tokens or parameters some errors carry in their cause. */
export function describeOidcError(error: unknown): { error: string; message?: string; oauthError?: string } {
  if (!(error instanceof Error)) return { error: typeof error };
  const code = (error as { code?: unknown }).code;
  const oauthError = (error as { error?: unknown }).error;
  return {
    error: typeof code === 'string' ? `${error.name} ${code}` : error.name,
    message: error.message,
    ...(typeof oauthError === 'string' ? { oauthError } : {}),
  };
}
