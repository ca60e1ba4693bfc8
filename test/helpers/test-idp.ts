/**
 * A real OpenID Connect provider (oidc-provider) on 127.0.0.1 for the login tests, and a tiny browser that
 * follows redirects by hand and keeps cookies per host, as a real one does. The provider's login page is
 * replaced by a programmatic one: whoever `logInAs` names is logged in; consent is granted up front.
 */
import { generateKeyPairSync } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export const TEST_CLIENT_ID = 'krachtenveld-test';
export const TEST_CLIENT_SECRET = 'a-long-enough-client-secret-for-the-tests';

export interface IdpAccount {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface TestIdp {
  issuer: string;
  accounts: Map<string, IdpAccount>;
  /** The account the next login at the provider signs in as. */
  logInAs(sub: string): void;
  close(): Promise<void>;
}

/** A free port on 127.0.0.1, for a server whose address must be known before it starts. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startTestIdp(redirectUri: string): Promise<TestIdp> {
  const accounts = new Map<string, IdpAccount>();
  let nextLogin: string | undefined;

  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider: Provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT_ID,
        client_secret: TEST_CLIENT_SECRET,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true, methods: ['S256'] },
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: ['test-idp-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const account = accounts.get(sub);
      return account && { accountId: sub, claims: async () => ({ ...account }) };
    },
    // Consent is granted up front, as for a gemeente's own application.
    async loadExistingGrant(ctx) {
      const accountId = ctx.oidc.session?.accountId;
      const clientId = ctx.oidc.client?.clientId;
      if (!accountId || !clientId) return undefined;
      const grant = new provider.Grant({ clientId, accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });

  async function interaction(request: IncomingMessage, response: ServerResponse) {
    const details = await provider.interactionDetails(request, response);
    if (details.prompt.name !== 'login') throw new Error(`unexpected prompt ${details.prompt.name}`);
    if (!nextLogin) throw new Error('the test did not say who logs in');
    await provider.interactionFinished(
      request,
      response,
      { login: { accountId: nextLogin } },
      { mergeWithLastSubmission: false },
    );
  }

  const handle = provider.callback();
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (request.url?.startsWith('/interaction/')) {
      interaction(request, response).catch((error: unknown) => {
        response.statusCode = 500;
        response.end(String(error));
      });
      return;
    }
    handle(request, response);
  });

  return {
    issuer,
    accounts,
    logInAs(sub) {
      nextLogin = sub;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

interface StoredCookie {
  value: string;
  path: string;
}

/** A browser without a screen: cookies per host and path, redirects followed one by one. */
export class TestBrowser {
  private readonly jar = new Map<string, Map<string, StoredCookie>>();

  cookie(url: string, name: string): string | undefined {
    return this.jar.get(new URL(url).host)?.get(name)?.value;
  }

  forget(url: string, name: string): void {
    this.jar.get(new URL(url).host)?.delete(name);
  }

  async get(url: string): Promise<Response> {
    const target = new URL(url);
    const cookies = [...(this.jar.get(target.host) ?? new Map<string, StoredCookie>())]
      .filter(([, cookie]) => target.pathname.startsWith(cookie.path))
      .map(([name, cookie]) => `${name}=${cookie.value}`)
      .join('; ');
    const response = await fetch(target, {
      redirect: 'manual',
      headers: { accept: 'text/html', ...(cookies ? { cookie: cookies } : {}) },
    });
    this.keep(target, response.headers.getSetCookie());
    return response;
  }

  /**
   * Follows redirects from `url` until one leads to a page of the app at `appOrigin` (outside /api/), and
   * returns that page's address and every address on the way.
   */
  async follow(url: string, appOrigin: string): Promise<{ landing: string; visited: string[] }> {
    const visited: string[] = [];
    let current = url;
    for (let hop = 0; hop < 20; hop++) {
      visited.push(current);
      const response = await this.get(current);
      const body = await response.text();
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) {
        throw new Error(`${current} answered ${response.status} without a redirect: ${body.slice(0, 300)}`);
      }
      const next = new URL(location, current);
      if (next.origin === appOrigin && !next.pathname.startsWith('/api/')) {
        return { landing: `${next.pathname}${next.search}`, visited };
      }
      current = next.href;
    }
    throw new Error(`too many redirects from ${url}`);
  }

  private keep(url: URL, lines: string[]): void {
    const cookies = this.jar.get(url.host) ?? new Map<string, StoredCookie>();
    this.jar.set(url.host, cookies);
    for (const line of lines) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      const attribute = (key: string) =>
        attributes.find((part) => part.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
      const maxAge = attribute('max-age');
      const expires = attribute('expires');
      if ((maxAge !== undefined && Number(maxAge) <= 0) || (expires && Date.parse(expires) <= Date.now())) {
        cookies.delete(name);
        continue;
      }
      // RFC 6265 default-path: the request path up to its last slash.
      const path = attribute('path') ?? (url.pathname.slice(0, url.pathname.lastIndexOf('/')) || '/');
      cookies.set(name, { value, path });
    }
  }
}
