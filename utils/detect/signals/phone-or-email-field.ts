// A login identifier that also takes a phone number: "Email or phone", "手机号/邮箱".
import { isPhoneIdentifier, shown } from '../fields';
import { PHONE_ID } from './ids';
import type { FormSignal } from './types';

export const phoneOrEmailField: FormSignal = { id: PHONE_ID, form: (g) => shown(g.controls, isPhoneIdentifier) };
