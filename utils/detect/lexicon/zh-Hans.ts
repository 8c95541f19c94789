// Chinese, simplified: one string per concept, in the order of CONCEPTS (types.ts).
import type { Lexicon } from './types';

export const zhHans: Lexicon = [
  '手机|电话', // phone
  '验证码|校验码|动态码|动态密码|短信码|确认码|安全码', // code
  '获取验证码|发送验证码|获取短信|发送短信|重新发送|免费获取|获取动态码|语音验证码', // sendCode
  '短信|语音', // sms
  '登录|登陆|登入', // login
  '注册|开户|创建账号|创建帐号|立即加入', // signup
  '忘记密码|找回密码|重置密码|找回账号|账号找回|密码找回|账号申诉', // recovery
  '两步验证|二次验证|双重验证|双因素|二步验证|登录保护|身份验证|安全验证', // mfa
  '账号安全|帐号安全|安全设置|账号设置|帐号设置|个人资料|个人信息|个人中心|账户设置|账户安全|绑定手机|换绑|我的账户', // settings
  '结算|收货|配送|支付|付款|购物车|订单|发票', // commerce
  '联系我们|留言|咨询|预约|订阅|反馈|报名', // contact
  '邮编|邮政编码|卡号|银行账号|身份证|分机|传真|金额|数量', // notPhone
  '退出|注销|登出', // signOut
  '尾号|末四位|后四位|末尾', // ending
  '邮箱|用户名|账号|帐号|昵称', // identifier
  '银行卡|信用卡|储蓄卡|卡号', // card
  '号', // number
];
