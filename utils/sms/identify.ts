// Which service sent a text message, from what it says: an origin-bound line, the Chinese
// 【签名】, a phrase ("is your X code"), and last the sender ID. Pure; nothing is kept.
import { knownSite, resolveName } from './names';
import type { NamedBy, SmsService } from './types';

/** "@example.com #123456": the domain the code is for, named outright (WebOTP format). */
const ORIGIN_BOUND = /(?:^|\n)[ \t]*@([a-z0-9.-]+\.[a-z]{2,})[ \t]+#[a-z0-9-]{4,12}/im;

/** Tags phones put before a message, which name no service. */
const LEAD_TAGS = /^\s*(?:<#>\s*|\[(?:web발신|국제발신|국외발신|광고)\]\s*|\((?:광고)\)\s*)+/i;

const BRACKET = '[【\\[［]([^【】\\[\\]［］\\n]{1,30})[】\\]］]';
const SIGNATURE_START = new RegExp(`^\\s*${BRACKET}`);
const SIGNATURE_END = new RegExp(`${BRACKET}\\s*$`);

/** A service's name: up to 40 characters, no sentence punctuation (a dot only inside, "Booking.com"). */
const NAME = '((?:[^\\n.:;,，。:：!?！？"“”()（）]|\\.(?=\\w)){1,40}?)';
const CODE_WORDS =
  '(?:verification|security|login|log-in|sign[- ]in|one[- ]time|confirmation|authentication|access|activation|account|password reset|2fa|otp)';
/** The end of a name: a space, punctuation or the end (\\b does not know "é"). */
const END = '(?=[\\s.:;,!?]|$)';

/** Patterns whose name is a service for sure: an unknown name is kept for the person to confirm. */
const STRONG: RegExp[] = [
  new RegExp(`\\bis your ${NAME}(?: ${CODE_WORDS})* (?:code|pin|passcode|otp)\\b`, 'iu'),
  new RegExp(`\\byour ${NAME}(?: ${CODE_WORDS})* (?:code|pin|passcode|otp)(?: is|:)`, 'iu'),
  new RegExp(`\\b(?:code|pin|passcode) (?:for|to sign in to|to log in to|to access) (?:your )?${NAME}(?: account)?(?: is\\b|[.:,;]|$)`, 'iu'),
  new RegExp(`\\buse [\\w-]+ (?:as|for) (?:your )?${NAME}(?: ${CODE_WORDS})* code\\b`, 'iu'),
  new RegExp(`\\bto verify your ${NAME} account\\b`, 'iu'),
  new RegExp(`c[oó]digo (?:de (?:verificaci[oó]n|seguridad|acceso|confirmaci[oó]n) )?de ${NAME}(?: es${END}|:|[.!]|$)`, 'iu'),
  new RegExp(`c[oó]digo (?:de (?:verifica[cç][aã]o|seguran[cç]a|acesso|confirma[cç][aã]o) )?d[oae] ${NAME}(?: [eé]${END}|:|[.!]|$)`, 'iu'),
  new RegExp(`\\b(?:votre|ton) code (?:de (?:v[eé]rification|s[eé]curit[eé]|confirmation|connexion|validation) )?(?:pour |de |d')?${NAME}(?: est${END}| ?:)`, 'iu'),
  new RegExp(`\\best votre code (?:de (?:v[eé]rification|s[eé]curit[eé]|confirmation|connexion|validation) )?(?:pour |de |d')?${NAME}(?:[.!]|$)`, 'iu'),
  new RegExp(`\\b(?:ihr|dein) ${NAME}[- ](?:best[aä]tigungs|sicherheits|verifizierungs|anmelde|login)?code\\b`, 'iu'),
  new RegExp(`(?:code|tan) (?:f[uü]r|fuer) ${NAME}(?: lautet| ist|:)`, 'iu'),
  new RegExp(`code (?:von|bei) ${NAME}(?:[.!]|$)`, 'iu'),
  new RegExp(`код (?:подтверждения |для входа |входа )?(?:в |для |от )${NAME}[:：]`, 'iu'),
  new RegExp(`код (?:подтверждения|для входа) ${NAME}(?:[.!]|$)`, 'iu'),
  new RegExp(`ваш код ${NAME}[:：]`, 'iu'),
];

/** Patterns that may catch an ordinary word: their name counts only when the map resolves it. */
const WEAK: RegExp[] = [
  /^\s*([^\n:：]{2,30}?)(?: code)?[:：]\s/u,
  /(?:欢迎使用|您正在(?:登录|登陆|注册|使用)|感谢您使用|您的|你的)([\p{Script=Han}A-Za-z0-9]{2,12}?)(?:账号|帐号|账户)?(?:验证码|动态码|校验码|登录)/u,
  /^\s*([A-Za-z][A-Za-z0-9 .&!+-]{1,30}?) ?(?:验证码|驗證碼|認證碼|校验码)/u,
  // Kana particles (が, の) end a name, so hiragana is not part of one.
  /([\p{Script=Han}\p{Script=Katakana}A-Za-z][\p{Script=Han}\p{Script=Katakana}A-Za-z0-9! ]{1,19}?)\s?(?:の)?(?:認証コード|確認コード|認証番号)/u,
  /([\p{Script=Hangul}A-Za-z0-9]{2,20}) ?(?:인증번호|인증 번호|인증코드)/u,
  new RegExp(`(?:\\b(?:welcome to|thanks for (?:joining|using)|bienvenido a|bem-vindo ao|bienvenue (?:sur|chez)|willkommen bei)|добро пожаловать в) ${NAME}(?:[.!,]|$)`, 'iu'),
  new RegExp(`\\b(?:your|votre|tu|seu|sua|ihr|dein) ${NAME}[- ](?:account|passwort|password|konto|compte|cuenta|conta)\\b`, 'iu'),
  new RegExp(`(?:\\b(?:conta|cuenta|compte|account|konto)|аккаунт|вход в) ${NAME}(?: с |[.!,]|$)`, 'iu'),
  new RegExp(`\\bmot de passe ${NAME} a été`, 'iu'),
  // A name alone after the last sentence: "…никому не сообщайте. Сбербанк", "…lautet 111849. Sparkasse".
  /[.!。]\s*([^\s.!。]{2,20})\s*$/u,
];

interface Found {
  service: SmsService | null;
  /** A generic or missing name: keep looking at weaker hints. */
  keepLooking: boolean;
}

function fromName(name: string, lower: string, by: NamedBy, strong: boolean): Found {
  const r = resolveName(name, lower);
  if (!r || 'generic' in r) return { service: null, keepLooking: true };
  if ('site' in r) return { service: { site: r.site, by }, keepLooking: false };
  return strong ? { service: { unresolved: r.unresolved, by }, keepLooking: false } : { service: null, keepLooking: true };
}

/**
 * The service a message names. `senderIsName` says the address is an alphanumeric sender
 * ID, used only when the text itself names nothing.
 */
export function identifyService(body: string, address: string, senderIsName: boolean): SmsService | null {
  const lower = body.toLowerCase();
  const origin = ORIGIN_BOUND.exec(body);
  if (origin) {
    const domain = origin[1]!.toLowerCase();
    const site = knownSite(domain);
    return site ? { site, by: 'origin' } : { unresolved: domain, by: 'origin' };
  }
  const text = body.replace(LEAD_TAGS, '');
  for (const re of [SIGNATURE_START, SIGNATURE_END]) {
    const m = re.exec(text);
    if (!m) continue;
    const f = fromName(m[1]!, lower, 'signature', true);
    if (!f.keepLooking) return f.service;
  }
  for (const [list, strong] of [[STRONG, true], [WEAK, false]] as const) {
    for (const re of list) {
      const m = re.exec(text);
      if (!m) continue;
      const f = fromName(m[1]!, lower, 'phrase', strong);
      if (!f.keepLooking) return f.service;
    }
  }
  if (senderIsName) return fromName(address, lower, 'sender', false).service;
  return null;
}
