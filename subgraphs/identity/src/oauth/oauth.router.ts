import type { IdentityServices } from '../services';
import { messages } from '../messages';
import { createDiscoveryDocument } from './discovery-document';
import { renderBadRequestPage, renderLoginPage } from './login-page';
import type { OAuthClient } from './oauth-client.service';
import { createOAuthError } from './oauth-error';
import { htmlResponse, jsonResponse, redirectResponse, type OAuthHttpRequest, type OAuthHttpResponse } from './oauth-http';
import type { AuthorizationRequest, TokenOutcome } from './oauth.service';

/** The paths the OAuth router answers. */
export const OAUTH_PATHS = ['/.well-known/openid-configuration', '/oauth/jwks', '/oauth/authorize', '/oauth/token', '/oauth/logout'] as const;

type Checked = { ok: true; request: AuthorizationRequest } | { ok: false; response: OAuthHttpResponse };

/** Returns the handler of identity's OAuth endpoints; it answers null for any other path or method. */
export function createOAuthRouter(services: IdentityServices): (request: OAuthHttpRequest) => Promise<OAuthHttpResponse | null> {
  const { issuer } = services.identityConfig;
  return async (request) => {
    const route = `${request.method} ${request.path}`;
    switch (route) {
      case 'GET /.well-known/openid-configuration':
        return jsonResponse(200, createDiscoveryDocument(issuer), { 'cache-control': 'public, max-age=300' });
      case 'GET /oauth/jwks':
        return jsonResponse(200, await services.keys.getJwks(), { 'cache-control': 'public, max-age=60' });
      case 'GET /oauth/authorize': {
        const checked = await checkAuthorizationRequest(services, request.query);
        return checked.ok ? htmlResponse(200, renderLoginPage(checked.request)) : checked.response;
      }
      case 'POST /oauth/authorize':
        return submitLogin(services, request.form);
      case 'POST /oauth/token':
        return token(services, request);
      case 'POST /oauth/logout': {
        const client = await authenticateClient(services, request);
        if (!client) return jsonResponse(401, createOAuthError('invalid_client'));
        await services.oauth.logout(client, request.form.refresh_token ?? '');
        return jsonResponse(200, {});
      }
      default:
        return null;
    }
  };
}

/** Checks client, exact redirect URI, response type, state and PKCE; unregistered client or URI never redirect. */
async function checkAuthorizationRequest(services: IdentityServices, params: Record<string, string>): Promise<Checked> {
  const client = await services.clients.findClient(params.client_id ?? '');
  const redirectUri = params.redirect_uri ?? '';
  if (!client || client.kind !== 'public' || !client.redirectUris.includes(redirectUri)) {
    return { ok: false, response: htmlResponse(400, renderBadRequestPage()) };
  }
  const state = params.state ?? '';
  const fail = (error: string, description: string) => ({
    ok: false as const,
    response: redirectResponse(redirectUri, { error, error_description: description, ...(state ? { state } : {}) }),
  });
  if (params.response_type !== 'code') return fail('unsupported_response_type', messages.oauth.unsupportedResponseType);
  if (!/^[A-Za-z0-9_-]{43}$/.test(params.code_challenge ?? '') || params.code_challenge_method !== 'S256') {
    return fail('invalid_request', messages.oauth.pkceRequired);
  }
  if (state.length === 0 || state.length > 500) return fail('invalid_request', messages.oauth.stateRequired);
  const scope = params.scope ?? '';
  if (!/^[A-Za-z0-9:_. -]{0,200}$/.test(scope)) return fail('invalid_request', messages.oauth.invalidRequest);
  return { ok: true, request: { clientId: client.clientId, redirectUri, state, codeChallenge: params.code_challenge!, scope } };
}

async function submitLogin(services: IdentityServices, form: Record<string, string>): Promise<OAuthHttpResponse> {
  const checked = await checkAuthorizationRequest(services, form);
  if (!checked.ok) return checked.response;
  const ci = (form.ci ?? '').trim().toUpperCase().slice(0, 20);
  const outcome = await services.oauth.login(checked.request, ci, (form.password ?? '').slice(0, 200), (form.otp ?? '').slice(0, 10));
  if (outcome.ok && outcome.code) return redirectResponse(checked.request.redirectUri, { code: outcome.code, state: checked.request.state });
  const otpRequired = !outcome.ok && outcome.reason === 'otp_required';
  return htmlResponse(401, renderLoginPage(checked.request, { error: otpRequired ? messages.otpRequired : messages.loginFailed, ci, focusOtp: otpRequired }));
}

async function token(services: IdentityServices, request: OAuthHttpRequest): Promise<OAuthHttpResponse> {
  const form = request.form;
  const grantType = form.grant_type ?? '';
  if (!['authorization_code', 'refresh_token', 'client_credentials'].includes(grantType)) {
    return jsonResponse(400, createOAuthError(grantType ? 'unsupported_grant_type' : 'invalid_request'));
  }
  const client = await authenticateClient(services, request);
  if (!client) {
    const basic = (request.headers.authorization ?? '').startsWith('Basic ');
    return jsonResponse(401, createOAuthError('invalid_client'), basic ? { 'www-authenticate': 'Basic realm="egob"' } : {});
  }
  let outcome: TokenOutcome;
  if (grantType === 'client_credentials') outcome = await services.oauth.serviceToken(client);
  else if (client.kind !== 'public') outcome = { ok: false, status: 400, error: createOAuthError('unauthorized_client') };
  else if (grantType === 'authorization_code') {
    outcome = await services.oauth.exchangeCode(client, form.code ?? '', form.redirect_uri ?? '', form.code_verifier ?? '');
  } else outcome = await services.oauth.refresh(client, form.refresh_token ?? '');
  return outcome.ok ? jsonResponse(200, outcome.body) : jsonResponse(outcome.status, outcome.error);
}

/** Returns the calling client: confidential ones by HTTP Basic or client_secret in the form, public ones by client_id alone. */
async function authenticateClient(services: IdentityServices, request: OAuthHttpRequest): Promise<OAuthClient | null> {
  const authorization = request.headers.authorization ?? '';
  let clientId = request.form.client_id ?? '';
  let secret = request.form.client_secret;
  if (authorization.startsWith('Basic ')) {
    const decoded = Buffer.from(authorization.slice(6), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return null;
    try {
      clientId = decodeURIComponent(decoded.slice(0, colon));
      secret = decodeURIComponent(decoded.slice(colon + 1));
    } catch {
      return null;
    }
  }
  if (secret !== undefined) return services.clients.authenticateConfidential(clientId, secret);
  const client = await services.clients.findClient(clientId);
  return client?.kind === 'public' ? client : null;
}
