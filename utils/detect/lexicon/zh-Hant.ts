// Chinese, traditional: one string per concept, in the order of CONCEPTS (types.ts).
import type { Lexicon } from './types';

export const zhHant: Lexicon = [
  '手機|電話', // phone
  '(驗證|認證|確認|簡訊|安全)碼|動態密碼', // code
  '(取得|獲取|發送|傳送)(驗證碼|簡訊)|重新(發送|傳送)', // sendCode
  '簡訊|短訊|語音', // sms
  '登錄', // login
  '註冊|建立帳(號|戶)|加入會員|開戶', // signup
  '(忘記|重設|找回|重置)密碼|帳號復原', // recovery
  '(兩步驟|兩步|雙重|二次|兩階段)驗證|雙因素', // mfa
  '(帳號|帳戶)(安全|設定)|安全設定|個人資料|會員中心|綁定手機', // settings
  '結帳|收件|購物車|訂單|發票|運送', // commerce
  '聯(絡|繫)我們|諮詢|預約|訂閱|意見回饋', // contact
  '郵遞區號|郵政編碼|卡號|銀行帳號|身(分|份)證|分機|傳真|金額', // notPhone
  '註銷', // signOut
  '尾號|(末|後)四碼', // ending
  '電子郵件|信箱|用戶名|使用者名稱|帳號|暱稱', // identifier
  '(金融|銀行)卡|卡號', // card
  '號', // number
];
