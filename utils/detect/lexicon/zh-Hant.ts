// Chinese, traditional. One line per concept, in the order of CONCEPTS (types.ts):
// phone, code, sendCode, sms, login, signup, recovery, mfa, settings, commerce, contact,
// notPhone, signOut, ending, identifier, card, number, edit.
export const zhHant = `手機|電話
(驗證|認證|確認|簡訊|安全)碼|動態密碼
(取得|獲取|發送|傳送)(驗證碼|簡訊)|重新(發送|傳送)
簡訊|短訊|語音
登錄
註冊|建立帳(號|戶)|加入會員|開戶
(忘記|重設|找回|重置)密碼|帳號復原
(兩步驟|兩步|雙重|二次|兩階段)驗證|雙因素
(帳號|帳戶)(安全|設定)|安全設定|個人資料|會員中心|綁定手機|(帳號|帳戶)與安全|安全中心
結帳|收件|購物車|訂單|發票|運送
聯(絡|繫)我們|諮詢|預約|訂閱|意見回饋
郵遞區號|郵政編碼|銀行帳號|身(分|份)證|分機|傳真|金額
註銷
尾號|(末|後)四碼
電子郵件|信箱|用戶名|使用者名稱|帳號|暱稱
(金融|銀行)卡|卡號
號
新增|修改|更改|更換|編輯|綁定|未驗證`;
