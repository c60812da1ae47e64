import { messages } from '../messages';
import type { AuthorizationRequest } from './oauth.service';

/** Returns `text` safe inside HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const STYLE =
  'body{font-family:system-ui,sans-serif;margin:0;background:#f4f6f8;color:#1a1a1a}main{max-width:26rem;margin:0 auto;padding:1.5rem 1rem}' +
  'label{display:block;font-weight:600;margin-top:1rem}input{box-sizing:border-box;width:100%;font-size:1.1rem;padding:.6rem;margin-top:.3rem;border:2px solid #555;border-radius:.3rem}' +
  'input:focus{outline:3px solid #0b5cad}small{display:block;color:#444;margin-top:.2rem}button{margin-top:1.5rem;width:100%;font-size:1.1rem;padding:.8rem;background:#0b5cad;color:#fff;border:0;border-radius:.3rem}' +
  '[role=alert]{background:#fde8e8;border-left:4px solid #b00020;padding:.6rem;margin-top:1rem}';

function page(title: string, content: string): string {
  return `<!doctype html><html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${content}</main></body></html>`;
}

/** Returns the login form (CI, password, optional TOTP code) carrying the checked authorization request; `error` is shown first. */
export function renderLoginPage(request: AuthorizationRequest, options: { error?: string; ci?: string; focusOtp?: boolean } = {}): string {
  const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
  const alert = options.error ? `<p role="alert" id="error">${escapeHtml(options.error)}</p>` : '';
  const described = options.error ? ' aria-describedby="error"' : '';
  return page(
    messages.loginTitle,
    `<h1>${escapeHtml(messages.loginHeading)}</h1><p>${escapeHtml(messages.loginIntro(request.clientId))}</p>${alert}` +
      `<form method="post" action="/oauth/authorize">` +
      hidden('response_type', 'code') +
      hidden('client_id', request.clientId) +
      hidden('redirect_uri', request.redirectUri) +
      hidden('state', request.state) +
      hidden('code_challenge', request.codeChallenge) +
      hidden('code_challenge_method', 'S256') +
      hidden('scope', request.scope) +
      `<label for="ci">${escapeHtml(messages.ciLabel)}</label><input id="ci" name="ci" required autocomplete="username" inputmode="text" maxlength="20" value="${escapeHtml(options.ci ?? '')}" aria-describedby="ci-hint"${options.focusOtp ? '' : ' autofocus'}><small id="ci-hint">${escapeHtml(messages.ciHint)}</small>` +
      `<label for="password">${escapeHtml(messages.passwordLabel)}</label><input id="password" name="password" type="password" required autocomplete="current-password" maxlength="200"${described}>` +
      `<label for="otp">${escapeHtml(messages.otpLabel)}</label><input id="otp" name="otp" inputmode="numeric" pattern="[0-9]{6}" maxlength="6" autocomplete="one-time-code" aria-describedby="otp-hint"${options.focusOtp ? ' autofocus' : ''}><small id="otp-hint">${escapeHtml(messages.otpHint)}</small>` +
      `<button type="submit">${escapeHtml(messages.submit)}</button></form>`,
  );
}

/** Returns the page shown when the client or its redirect URI is not registered (no redirect: it could be an attacker's). */
export function renderBadRequestPage(): string {
  return page(messages.badLoginRequestTitle, `<h1>${escapeHtml(messages.badLoginRequestTitle)}</h1><p role="alert">${escapeHtml(messages.badLoginRequest)}</p>`);
}
