// What a text message is about, in the detector's ten languages. One line per class in the
// order of SMS_CLASSES_WORDS: regular-expression alternatives joined by '|', matched against
// lower-cased text. Languages written with spaces must match at the start of a word; Chinese,
// Japanese and Korean words match anywhere (the same rule as utils/detect/lexicon).

/** code: a one-time or verification code; notice: an account event (new sign-in, number
 * bound or changed, password reset, a transaction); marketing: offers and their opt-out lines;
 * delivery: parcels and pick-up codes. */
export const SMS_WORDS = ['code', 'notice', 'marketing', 'delivery'] as const;
export type SmsWord = (typeof SMS_WORDS)[number];

const SPACED: Record<string, string> = {
  en: `(verification|security|login|log-in|sign-in|signin|one-time|confirmation|authentication|access|otp|2fa|passcode|auth) ?(code|pin|number)|(your|the) code( is|:)|code is|code:|is your .{1,40} code|passcode|one-time (password|pin)|otp\\b|pin code|verify your (phone|number|account)|use \\d{3,8} to
new (sign-in|login|device)|signed in|sign-in (attempt|from)|logged in|login (attempt|from|detected)|password (was |has been )?(changed|reset|updated)|reset your password|phone number (was |has been )?(added|changed|updated|removed|verified)|(added|changed|updated) (your|the) (phone|mobile) number|account (was |has been )?(locked|suspended|updated|accessed)|your account (has|was)|transaction of|purchase of|charged|debited|credited|withdrawal|payment of|card ending|account ending|balance is|available balance|was used (at|for|to)|recovery (email|phone)|security alert|unusual (activity|sign-in)|two-step verification (is|was|has been) (on|off|turned)
reply stop|text stop|stop to (opt|end|unsubscribe|cancel|quit)|unsubscribe|opt[- ]out|\\d+% off|off (your|all|everything)|sale\\b|deal(s)?\\b|promo|limited time|exclusive offer|special offer|free shipping|shop now|coupon|voucher|save up to|black friday|cyber monday|don't miss|last chance|ends tonight|win a|rewards points|msg&data rates
(your )?(package|parcel|shipment|order) (is|was|has|will)|out for delivery|delivered to|tracking (number|no|id)|track your (package|parcel|order)|courier|pick(ed)? up at|delivery (attempt|window|scheduled)|shipped|in transit|locker`,
  es: `c[oó]digo (de )?(verificaci[oó]n|seguridad|acceso|confirmaci[oó]n)|tu c[oó]digo|su c[oó]digo|c[oó]digo( de .{1,30})? (es|:)|clave (din[aá]mica|de un solo uso)
nuevo inicio de sesi[oó]n|inicio de sesi[oó]n (desde|en)|se (ha )?(cambiado|restablecido) (tu|su) contrase[nñ]a|n[uú]mero de tel[eé]fono (cambiado|actualizado)|compra (por|de)|cargo de|transferencia (de|recibida)|retiro de|saldo disponible|tarjeta terminada
(responde|env[ií]a) (baja|stop)|darte de baja|descuento|rebajas|oferta|promoci[oó]n|cup[oó]n|env[ií]o gratis|no te lo pierdas|solo hoy|aprovecha
(tu )?(paquete|pedido|env[ií]o) (est[aá]|ha sido|fue|llegar)|en reparto|entregado|n[uú]mero de seguimiento|mensajer[ií]a|punto de recogida`,
  pt: `c[oó]digo (de )?(verifica[cç][aã]o|seguran[cç]a|acesso|confirma[cç][aã]o)|seu c[oó]digo|c[oó]digo( d[oae] .{1,30})? ([eé]|:)|senha tempor[aá]ria
novo (acesso|login)|acesso (detectado|realizado)|sua senha (foi )?(alterada|redefinida)|n[uú]mero de (telefone|celular) (alterado|atualizado)|compra (aprovada|de|no valor)|pix (recebido|enviado)|transfer[eê]ncia|saque de|saldo dispon[ií]vel|cart[aã]o final
(responda|envie) (sair|parar|stop)|descadastr|desconto|promo[cç][aã]o|oferta|cupom|frete gr[aá]tis|n[aã]o perca|s[oó] hoje|aproveite
(seu )?(pacote|pedido|encomenda) (est[aá]|foi|saiu|chega)|saiu para entrega|entregue|c[oó]digo de rastreio|rastreamento|transportadora`,
  fr: `code (de )?(v[eé]rification|s[eé]curit[eé]|confirmation|connexion|validation)|votre code|code( .{1,30})? est|mot de passe (temporaire|unique)
nouvelle connexion|connexion (depuis|d[eé]tect[eé]e)|mot de passe( \\S+)? a [eé]t[eé] (modifi[eé]|r[eé]initialis[eé])|num[eé]ro de t[eé]l[eé]phone (modifi[eé]|mis [aà] jour)|paiement de|achat de|virement (re[cç]u|de)|retrait de|solde disponible|carte se terminant
stop au|stop sms|d[eé]sabonner|d[eé]sinscri|promo|soldes|r[eé]duction|remise|offre (sp[eé]ciale|exclusive)|livraison (offerte|gratuite)|bon d'achat|ne manquez pas|derniers jours|profitez
(votre )?(colis|commande|envoi) (est|a [eé]t[eé]|sera|arrive)|en cours de livraison|livr[eé]|num[eé]ro de suivi|point relais|transporteur`,
  de: `(best[aä]tigungs|sicherheits|verifizierungs|anmelde|einmal|login|zugangs)(-)?code|(ihr|dein) code|code (lautet|ist)|tan\\b|mtan|smstan
neue anmeldung|anmeldung (von|auf|bei)|passwort wurde (ge[aä]ndert|zur[uü]ckgesetzt)|telefonnummer (wurde )?(ge[aä]ndert|aktualisiert|hinzugef[uü]gt)|zahlung (von|[uü]ber)|kauf (von|[uü]ber)|abbuchung|[uü]berweisung|gutschrift|kontostand|karte endend
abmelden|stop an|rabatt|angebot|sale\\b|gutschein|gratis versand|nur heute|jetzt (sparen|shoppen)|verpassen sie nicht|aktion
(ihr |dein )?(paket|sendung|bestellung) (ist|wurde|wird|kommt)|zugestellt|in zustellung|sendungsnummer|sendungsverfolgung|packstation|paketshop`,
  ru: `код подтверждения|код для|ваш код|код:|код входа|проверочный код|одноразов(ый|ого) (код|парол)|никому не (сообщайте|говорите)
вход в (аккаунт|личный кабинет|приложение)|выполнен вход|новый вход|пароль (был )?(изменен|изменён|сброшен)|номер телефона (изменен|изменён|привязан)|покупка|оплата|списание|зачисление|перевод|снятие|баланс|доступно:|карта \\*
отписаться|скидк|акци[яи]|распродаж|промокод|выгодн|только сегодня|не пропустите|предложени
посылк|отправлени[ея]|заказ (доставлен|прибыл|передан|отправлен)|доставк|пункт выдачи|трек-номер|постамат|курьер`,
};

const UNSPACED: Record<string, string> = {
  'zh-Hans': `验证码|校验码|动态码|动态密码|确认码|安全码|短信码|登录码|激活码|认证码|验证代码|一次性密码
登录了|登录您的|登录你的|在新设备|异地登录|新设备登录|登录提醒|账号在|帐号在|修改了密码|密码已|重置密码|密码重置|绑定|解绑|更换手机|换绑|手机号已|注册成功|实名认证|账户.{0,20}(支出|收入|消费|入账|转入|转出|扣款|交易)|尾号\\d{4}.{0,30}(消费|支出|收入|入账|转账|交易|还款|扣款)|信用卡.{0,20}(消费|交易|还款)|余额|交易金额|还款|账单|已冻结|注销
退订|回td|回t|拒收请回复|回复t|回n退|优惠|促销|限时|特价|折起|领券|红包|满\\d+减|抢购|大促|福利|会员日|秒杀|包邮|活动
快递|包裹|取件|驿站|派送|签收|运单|快件|丰巢|菜鸟驿站|配送员|已发货|揽收|物流`,
  'zh-Hant': `驗證碼|認證碼|動態碼|動態密碼|確認碼|安全碼|一次性密碼
登入|新裝置|密碼已|重設密碼|綁定|解綁|更換手機|(帳戶|信用卡|金融卡|簽帳卡|卡片).{0,20}(支出|消費|入帳|轉帳|交易)|餘額|交易金額|刷卡
退訂|優惠|促銷|限時|特價|折起|領券|搶購|會員日|免運
包裹|取件|派送|簽收|運單|宅配|超商取貨|已出貨|物流`,
  ja: `認証コード|確認コード|認証番号|確認番号|ワンタイムパスワード|暗証番号|セキュリティコード|コードは
ログインがありました|新しいログイン|ログイン通知|パスワードが変更|パスワードを変更|パスワードの再設定|電話番号が変更|ご利用がありました|お支払い|引き落とし|振込|残高
配信停止|セール|割引|クーポン|キャンペーン|特典|ポイント\\d+倍|お得|期間限定|送料無料
お荷物|配達|不在|お届け|発送|宅配便|追跡番号|宅配ボックス`,
  ko: `인증번호|인증 번호|인증코드|인증 코드|확인번호|확인 코드|보안코드|일회용 비밀번호|승인번호
로그인(되었|했|이 감지|알림)|새로운 (기기|로그인)|비밀번호(가)? 변경|비밀번호 재설정|휴대폰 번호(가)? 변경|승인 \\d|결제|출금|입금|이체|잔액|체크카드|신용카드
\\(광고\\)|광고\\)|수신거부|무료거부|할인|쿠폰|이벤트|특가|세일|혜택
택배|배송|배달|운송장|도착 예정|보관함|집하`,
};

const LETTER = '[a-z0-9\u00c0-\u024f\u0400-\u04ff]';
const WORD_END = `(?!${LETTER})`;

function compile(i: number): RegExp {
  const join = (langs: Record<string, string>) =>
    Object.values(langs)
      .map((l) => l.split('\n')[i])
      .filter(Boolean)
      .join('|')
      // \b means "end of a word" in every script (RegExp's own \b knows only ASCII).
      .replace(/\\.|\((?!\?)/g, (m) => (m === '(' ? '(?:' : m === '\\b' ? WORD_END : m));
  return new RegExp(`(?<!${LETTER})(?:${join(SPACED)})|${join(UNSPACED)}`);
}

const WORDS = Object.fromEntries(SMS_WORDS.map((w, i) => [w, compile(i)])) as Record<SmsWord, RegExp>;

/** Does this lower-cased message text speak of `what`, in any language? */
export const smsSays = (what: SmsWord, lower: string): boolean => WORDS[what].test(lower);

/** Each language's lines, for the tests. */
export const SMS_LEXICONS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries({ ...SPACED, ...UNSPACED }).map(([k, v]) => [k, v.split('\n')]),
);
