// Japanese: one string per concept, in the order of CONCEPTS (types.ts).
import type { Lexicon } from './types';

export const ja: Lexicon = [
  '(携帯|スマートフォン)番号|ケータイ', // phone
  '(認証|確認)(コード|番号)|ワンタイムパスワード', // code
  'コードを(送信|再送|受け取る)|smsを送信|再送信|送信する', // sendCode
  'ショートメッセージ|音声通話|電話で受け取る', // sms
  'ログイン|サインイン', // login
  '新規(登録|会員)|会員登録|アカウントを?作成|登録する', // signup
  'パスワード(を忘れ|の?再設定|をお忘れ)|アカウント復旧', // recovery
  '二段階認証|2段階|(二|2|多)要素認証', // mfa
  'アカウント設定|セキュリティ|会員情報|マイページ|プロフィール|登録情報', // settings
  'お届け先|購入手続き|注文|お支払い|カート|請求先', // commerce
  '問い合わせ|ご相談|予約|メルマガ|資料請求', // contact
  '(郵便|カード|口座|会員)番号|内線|ファックス', // notPhone
  '(ログ|サイン)アウト', // signOut
  '下(4|2|二|四)桁', // ending
  'メールアドレス|ユーザー(名|id)|ログインid|ニックネーム', // identifier
  'カード|クレジット|デビット|口座', // card
  '', // number
];
