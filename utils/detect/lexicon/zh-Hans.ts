// Chinese, simplified. One line per concept, in the order of CONCEPTS (types.ts):
// phone, code, sendCode, sms, login, signup, recovery, mfa, settings, commerce, contact,
// notPhone, signOut, ending, identifier, card, number, edit.
export const zhHans = `手机|电话
(验证|校验|动态|短信|确认|安全)码|动态密码
(获取|发送)(验证码|短信|动态码)|重新发送|免费获取|语音验证码
短信|语音
登(录|陆|入)
注册|开户|创建(账|帐)号|立即加入
(忘记|找回|重置)密码|找回账号|账号(找回|申诉)|密码找回
(两步|二次|双重|二步|身份|安全)验证|双因素|登录保护
(账号|帐号|账户)(安全|设置)|安全设置|个人(资料|信息|中心)|绑定手机|换绑|我的账户|(账号|帐号|账户)与安全|会员中心|安全中心
结算|收货|配送|支付|付款|购物车|订单|发票
联系我们|留言|咨询|预约|订阅|反馈|报名
邮编|邮政编码|银行账号|身份证|分机|传真|金额|数量
退出|注销|登出
尾号|(末|后)四位|末尾
邮箱|用户名|(账|帐)号|昵称
(银行|信用|储蓄)卡|卡号
号
添加|修改|更改|更换|编辑|绑定|未验证`;
