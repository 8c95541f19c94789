// Phone-first services of India, South-East Asia, Korea, Japan, Russia, Latin America and
// Africa, and carriers (whose account is the number itself).
import type { CuratedEntry } from '../types';
import { gl, P } from './make';

const PH = P.profilePhone;
const R = 'replace-only';

export const GLOBAL_REGIONAL: CuratedEntry[] = [
  gl('paytm.com', 'Paytm', 'Paytm', 'otp id acct', 'payment', ['Profile > Profile settings > Update mobile number', '个人资料 > 资料设置 > 更新手机号'], { rm: R, regions: ['in'] }),
  gl('phonepe.com', 'PhonePe', 'PhonePe', 'otp id acct', 'payment', ['Profile > Mobile number (a new number needs re-registration)', '个人资料 > 手机号（换号通常需重新注册）'], { rm: R, regions: ['in'] }),
  gl('flipkart.com', 'Flipkart', 'Flipkart', 'otp id acct', 'shopping', ['Account > Edit profile > Mobile number', '账户 > 编辑资料 > 手机号'], { rm: R, regions: ['in'] }),
  gl('myntra.com', 'Myntra', 'Myntra', 'otp id acct', 'shopping', PH, { rm: R, regions: ['in'] }),
  gl('swiggy.com', 'Swiggy', 'Swiggy', 'otp id acct', 'food', PH, { rm: R, regions: ['in'] }),
  gl('zomato.com', 'Zomato', 'Zomato', 'otp id acct', 'food', PH, { rm: R, regions: ['in'] }),
  gl('olacabs.com', 'Ola', 'Ola', 'otp id acct', 'transport', PH, { rm: R, regions: ['in'] }),
  gl('airtel.in', 'Airtel', 'Airtel', 'otp id acct', 'telecom', P.telecom, { rm: R, regions: ['in'] }),
  gl('jio.com', 'Jio', 'Jio', 'otp id acct', 'telecom', P.telecom, { rm: R, regions: ['in'] }),
  gl('grab.com', 'Grab', 'Grab', 'otp id acct', 'transport', ['Profile > Edit profile > Mobile number', '个人资料 > 编辑资料 > 手机号'], { rm: R }),
  gl('gojek.com', 'Gojek', 'Gojek', 'otp id acct', 'transport', PH, { rm: R, regions: ['id'] }),
  gl('shopee.com', 'Shopee', 'Shopee 虾皮', 'otp id rec acct', 'shopping', ['Me > Account settings > My profile > Phone', '我 > 账户设置 > 我的资料 > 电话'],
    { d: ['shopee.sg', 'shopee.co.id', 'shopee.tw', 'shopee.com.my', 'shopee.co.th', 'shopee.ph', 'shopee.vn', 'shopee.com.br'], rm: R }),
  gl('lazada.com', 'Lazada', 'Lazada', 'otp id rec', 'shopping', PH, { d: ['lazada.sg', 'lazada.co.id', 'lazada.com.my', 'lazada.co.th', 'lazada.com.ph', 'lazada.vn'], rm: R }),
  gl('tokopedia.com', 'Tokopedia', 'Tokopedia', 'otp id rec mfa', 'shopping', PH, { rm: R, regions: ['id'] }),
  gl('gcash.com', 'GCash', 'GCash', 'otp id acct', 'payment', ['The number is the wallet: ask GCash Help to move it', '号码即钱包：需联系 GCash 客服迁移'], { rm: R, regions: ['ph'] }),
  gl('coupang.com', 'Coupang', 'Coupang', 'otp id rec', 'shopping', PH, { rm: R, regions: ['kr'] }),
  gl('toss.im', 'Toss', 'Toss', 'otp id acct', 'payment', ['All > Settings > Personal info > Phone number', '全部 > 设置 > 个人信息 > 手机号码'], { rm: R, regions: ['kr'] }),
  gl('baemin.com', 'Baemin', 'Baemin 外卖', 'otp id', 'food', PH, { rm: R, regions: ['kr'] }),
  gl('paypay.ne.jp', 'PayPay', 'PayPay', 'otp id acct', 'payment', ['Account > Profile > Phone number', '账户 > 个人资料 > 电话号码'], { rm: R, regions: ['jp'] }),
  gl('rakuten.co.jp', 'Rakuten', '乐天', 'rec mfa', 'shopping', PH, { regions: ['jp'] }),
  gl('mercari.com', 'Mercari', 'Mercari 煤炉', 'otp id acct', 'shopping', ['My page > Personal information > Phone number', '我的页面 > 个人信息 > 电话号码'], { d: ['mercari.jp'], rm: R }),
  gl('ozon.ru', 'Ozon', 'Ozon', 'otp id acct', 'shopping', PH, { rm: R, regions: ['ru'] }),
  gl('wildberries.ru', 'Wildberries', 'Wildberries', 'otp id acct', 'shopping', PH, { rm: R, regions: ['ru'] }),
  gl('avito.ru', 'Avito', 'Avito', 'otp id acct', 'shopping', PH, { rm: R, regions: ['ru'] }),
  gl('gosuslugi.ru', 'Gosuslugi', '俄罗斯国家服务门户 Gosuslugi', 'id rec mfa acct', 'government', PH, { rm: R, regions: ['ru'] }),
  gl('ifood.com.br', 'iFood', 'iFood', 'otp id acct', 'food', PH, { rm: R, regions: ['br'] }),
  gl('rappi.com', 'Rappi', 'Rappi', 'otp id acct', 'food', PH, { rm: R }),
  gl('safaricom.co.ke', 'M-Pesa (Safaricom)', 'M-Pesa（Safaricom）', 'id acct', 'payment', P.telecom, { rm: R, regions: ['ke'] }),
  gl('talabat.com', 'Talabat', 'Talabat', 'otp id', 'food', PH, { rm: R }),
  gl('careem.com', 'Careem', 'Careem', 'otp id acct', 'transport', PH, { rm: R }),
  gl('verizon.com', 'Verizon', 'Verizon', 'otp id acct', 'telecom', P.telecom, { rm: R, regions: ['us'] }),
  gl('att.com', 'AT&T', 'AT&T', 'otp id acct', 'telecom', P.telecom, { rm: R, regions: ['us'] }),
  gl('t-mobile.com', 'T-Mobile', 'T-Mobile', 'otp id acct', 'telecom', P.telecom, { rm: R, regions: ['us'] }),
  gl('vodafone.com', 'Vodafone', '沃达丰', 'otp id acct', 'telecom', P.telecom, { d: ['vodafone.co.uk', 'vodafone.de'], rm: R }),
  gl('orange.fr', 'Orange', 'Orange', 'otp id acct', 'telecom', P.telecom, { rm: R, regions: ['fr'] }),
  gl('wetv.vip', 'WeTV', 'WeTV（腾讯视频海外版）', 'otp rec', 'entertainment', P.meSecurity),
];
