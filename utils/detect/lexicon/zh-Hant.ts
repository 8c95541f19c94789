// Chinese, traditional: one string per concept, in the order of CONCEPTS (types.ts).
import type { Lexicon } from './types';

export const zhHant: Lexicon = [
  '手機|電話', // phone
  '驗證碼|認證碼|確認碼|動態密碼|簡訊碼|安全碼', // code
  '取得驗證碼|獲取驗證碼|發送驗證碼|傳送驗證碼|重新發送|重新傳送|發送簡訊|傳送簡訊', // sendCode
  '簡訊|短訊|語音', // sms
  '登錄', // login
  '註冊|建立帳號|建立帳戶|加入會員|開戶', // signup
  '忘記密碼|重設密碼|找回密碼|帳號復原|重置密碼', // recovery
  '兩步驟驗證|兩步驗證|雙重驗證|二次驗證|雙因素|兩階段驗證', // mfa
  '帳號安全|帳戶安全|安全設定|帳號設定|帳戶設定|個人資料|會員中心|綁定手機', // settings
  '結帳|收件|購物車|訂單|發票|運送', // commerce
  '聯絡我們|聯繫我們|諮詢|預約|訂閱|意見回饋', // contact
  '郵遞區號|郵政編碼|卡號|銀行帳號|身分證|身份證|分機|傳真|金額', // notPhone
  '註銷', // signOut
  '尾號|末四碼|後四碼', // ending
  '電子郵件|信箱|用戶名|使用者名稱|帳號|暱稱', // identifier
  '金融卡|卡號|銀行卡', // card
  '號', // number
];
