// Page detector: a pure function of a Document and its URL. First crude version;
// the detection issue replaces it with per-signal modules.
import type { Kind, PageFinding } from '../types';

const CODE_WORDS = /(send|get)\s*(the\s*)?code|verification code|验证码|sms/i;

export function detectPage(doc: Document, _url: string): PageFinding {
  const kinds = new Set<Kind>();
  const signals: string[] = [];
  const tel = doc.querySelector('input[type=tel], input[autocomplete~=tel], input[name*=phone i]');
  const otp = doc.querySelector('input[autocomplete=one-time-code], input[name*=code i]');
  const buttons = [...doc.querySelectorAll('button, a, input[type=button], input[type=submit]')];
  const sendCode = buttons.some((b) =>
    CODE_WORDS.test(b.textContent || (b as HTMLInputElement).value || ''),
  );
  if (tel) signals.push('tel-field');
  if (otp) signals.push('otp-field');
  if (sendCode) signals.push('send-code');
  if (tel && (otp || sendCode)) kinds.add('login-otp');
  return { kinds: [...kinds], confidence: kinds.size ? 0.6 : 0, signals, masked: [] };
}
