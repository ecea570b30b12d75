import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/shared/i18n';
import { type ConnectionCheck, platformUrlSchema } from '@/utils/protocol/page-to-background';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';
import { ConfirmStep } from './confirm-step';
import { PageError } from '@/components/common/page-error';
import { PlatformFailure } from '@/components/common/platform-failure';
import type { OptionsModel } from './model';

type Result =
  | { kind: 'tested' | 'connected'; mentorName: string }
  | { kind: 'failed'; check: Extract<ConnectionCheck, { ok: false }> }
  | { kind: 'no-access'; origin: string }
  | { kind: 'error'; code: ErrorCode };

/**
 * Asks for access to the platform's address. It must be the first thing the
 * click does: browsers grant permissions only during the gesture itself.
 */
async function requestHostAccess(baseUrl: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [`${new URL(baseUrl).origin}/*`] });
  } catch {
    // No permissions API here, or a pattern it refuses: the background's fetch will tell.
    return true;
  }
}

interface Props {
  /** The sync status (the connection) and the requests. */
  model: OptionsModel;
  onChange: () => void;
}

/** The school platform's address and the mentor's access token; the token never comes back from the background. */
export function PlatformConnection({ model, onChange }: Props) {
  const { overview } = model;
  const connection = overview.value?.connection ?? null;
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [showToken, setShowToken] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState<'test' | 'connect' | 'disconnect' | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [mentorName, setMentorName] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const urlInput = useRef<HTMLInputElement>(null);
  const tokenInput = useRef<HTMLInputElement>(null);
  // Connecting or disconnecting removes the button just used: focus goes back to the section.
  const heading = useRef<HTMLHeadingElement>(null);

  // A token the platform refused is replaced at the same address: start from it.
  useEffect(() => {
    if (connection?.baseUrl) setUrl((current) => current || connection.baseUrl);
  }, [connection?.baseUrl]);

  if (!overview.value) return null;
  const baseUrl = url.trim();
  const urlError = !baseUrl ? 'optionsUrlMissing' : platformUrlSchema.safeParse(baseUrl).success ? null : 'optionsUrlInvalid';
  const tokenError = token.trim() ? null : 'optionsTokenMissing';

  const attempt = async (type: 'platform/test' | 'platform/connect') => {
    setAttempted(true);
    setResult(null);
    if (urlError) return urlInput.current?.focus();
    if (tokenError) return tokenInput.current?.focus();
    // Before any await: see requestHostAccess.
    const access = requestHostAccess(baseUrl);
    setBusy(type === 'platform/test' ? 'test' : 'connect');
    try {
      if (!(await access)) return setResult({ kind: 'no-access', origin: new URL(baseUrl).origin });
      const reply = await model.checkPlatform(type, baseUrl, token.trim());
      if (!reply.ok) return setResult({ kind: 'error', code: reply.error.code });
      const check = reply.value;
      if (!check.ok) return setResult({ kind: 'failed', check });
      setMentorName(check.mentor.name);
      setResult({ kind: type === 'platform/test' ? 'tested' : 'connected', mentorName: check.mentor.name });
      if (type === 'platform/connect') {
        setToken('');
        setShowToken(false);
        setAttempted(false);
        heading.current?.focus();
        onChange();
      }
    } finally {
      setBusy(null);
    }
  };

  const disconnect = async () => {
    setBusy('disconnect');
    const reply = await model.disconnectPlatform();
    setBusy(null);
    setConfirming(false);
    if (!reply.ok) return setResult({ kind: 'error', code: reply.error.code });
    setMentorName(null);
    setResult(null);
    heading.current?.focus();
    onChange();
  };

  const connected = connection && !connection.needsReconnect;
  const waiting = overview.value.waiting;
  return (
    <section aria-labelledby="platform-heading">
      <h2 id="platform-heading" tabIndex={-1} ref={heading}>
        {t('optionsPlatformHeading')}
      </h2>
      {connection?.needsReconnect && (
        <div class="notice notice-warning" role="alert">
          <p>{t('optionsReconnectNotice', connection.baseUrl)}</p>
        </div>
      )}
      {connected ? (
        <>
          <p>{t('optionsConnectedTo', connection.baseUrl)}</p>
          {(mentorName ?? connection.mentorName) && <p>{t('optionsConnectedAs', mentorName ?? connection.mentorName)}</p>}
          <button type="button" aria-expanded={confirming} onClick={() => setConfirming(true)}>
            {t('optionsDisconnect')}
          </button>
          {confirming && (
            <ConfirmStep
              confirmLabel={t('optionsDisconnectConfirm')}
              busy={busy === 'disconnect'}
              onConfirm={() => void disconnect()}
              onCancel={() => setConfirming(false)}
            >
              <p>{t('optionsDisconnectQuestion')}</p>
              <p>{waiting > 0 ? t('optionsDisconnectQueued', waiting) : t('optionsDisconnectNothingQueued')}</p>
            </ConfirmStep>
          )}
        </>
      ) : (
        <>
          {!connection && <p>{t('optionsPlatformIntro')}</p>}
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void attempt('platform/connect');
            }}
          >
            <div class="field">
              <label for="platform-url">{t('optionsPlatformUrl')}</label>
              <input
                id="platform-url"
                ref={urlInput}
                class="wide"
                type="url"
                dir="ltr"
                inputMode="url"
                autocomplete="url"
                spellcheck={false}
                value={url}
                aria-invalid={attempted && !!urlError}
                aria-describedby={attempted && urlError ? 'platform-url-error' : 'platform-url-hint'}
                onInput={(event) => setUrl(event.currentTarget.value)}
              />
              {attempted && urlError ? (
                <p id="platform-url-error" class="field-error">
                  {t(urlError)}
                </p>
              ) : (
                <p id="platform-url-hint" class="hint">
                  {t('optionsPlatformUrlHint')}
                </p>
              )}
            </div>
            <div class="field">
              <label for="platform-token">{t('optionsPlatformToken')}</label>
              <div class="inline">
                <input
                  id="platform-token"
                  ref={tokenInput}
                  class="wide"
                  type={showToken ? 'text' : 'password'}
                  dir="ltr"
                  autocomplete="off"
                  spellcheck={false}
                  value={token}
                  aria-invalid={attempted && !!tokenError}
                  aria-describedby={attempted && tokenError ? 'platform-token-error' : undefined}
                  onInput={(event) => setToken(event.currentTarget.value)}
                />
                <button type="button" class="secondary" aria-controls="platform-token" onClick={() => setShowToken(!showToken)}>
                  {showToken ? t('optionsHideToken') : t('optionsShowToken')}
                </button>
              </div>
              {attempted && tokenError && (
                <p id="platform-token-error" class="field-error">
                  {t(tokenError)}
                </p>
              )}
            </div>
            <div class="actions">
              <button type="button" class="secondary" disabled={!!busy} onClick={() => void attempt('platform/test')}>
                {t('optionsTestConnection')}
              </button>
              <button type="submit" disabled={!!busy}>
                {t('optionsConnect')}
              </button>
            </div>
          </form>
        </>
      )}
      {busy === 'test' || busy === 'connect' ? (
        <p role="status">{t('optionsCheckingConnection')}</p>
      ) : result?.kind === 'tested' ? (
        <p role="status">{t('optionsTestWorked', result.mentorName)}</p>
      ) : result?.kind === 'connected' ? (
        <p role="status">{t('optionsConnectWorked', result.mentorName)}</p>
      ) : result?.kind === 'failed' ? (
        <p role="alert" class="form-error">
          <PlatformFailure failure={result.check} moment="connecting" />
        </p>
      ) : result?.kind === 'no-access' ? (
        <p role="alert" class="form-error">
          {t('optionsNoAccess', result.origin)}
        </p>
      ) : (
        <PageError code={result?.kind === 'error' ? result.code : null} />
      )}
    </section>
  );
}
