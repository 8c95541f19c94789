// A login identifier that also takes a phone number: "Email or phone", "手机号/邮箱".
import { isPhoneIdentifier, visible } from '../fields';
import type { FormSignal } from './types';

export const phoneOrEmailField: FormSignal = {
  id: 'phone-or-email-field',
  scope: 'form',
  test: (g) => g.controls.some((c) => isPhoneIdentifier(c) && visible(c)),
};
