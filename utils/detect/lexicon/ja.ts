// Japanese. One line per concept, in the order of CONCEPTS (types.ts):
// phone, code, sendCode, sms, login, signup, recovery, mfa, settings, commerce, contact,
// notPhone, signOut, ending, identifier, card, number, edit.
export const ja = `(携帯|スマートフォン)番号|ケータイ
(認証|確認)(コード|番号)|ワンタイムパスワード
コードを(送信|再送|受け取る)|smsを送信|再送信|送信する
ショートメッセージ|音声通話|電話で受け取る
ログイン|サインイン
新規(登録|会員)|会員登録|アカウントを?作成|登録する
パスワード(を忘れ|の?再設定|をお忘れ)|アカウント復旧
二段階認証|2段階|(二|2|多)要素認証
アカウント設定|セキュリティ|会員情報|マイページ|プロフィール|登録情報
お届け先|購入手続き|注文|お支払い|カート|請求先
問い合わせ|ご相談|予約|メルマガ|資料請求
(郵便|会員)番号|内線|ファックス
(ログ|サイン)アウト
下(4|2|二|四)桁
メールアドレス|ユーザー(名|id)|ログインid|ニックネーム
カード|クレジット|デビット|口座

追加|変更|編集|登録する|確認する`;
