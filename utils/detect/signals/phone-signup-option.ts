// A way to sign up with a phone that is not the default: "Register with your mobile",
// "手机注册", "Sign up with phone". The site keeps accounts keyed by phone numbers.
import { shownByWords } from '../fields';
import { says } from '../lexicon';
import { PHONE_SIGNUP } from './ids';
import type { PageSignal } from './types';

export const phoneSignupOption: PageSignal = {
  id: PHONE_SIGNUP,
  page: (p) =>
    shownByWords(
      p.controls,
      (own) => own.length <= 60 && (says('phone', own) || says('sms', own)) && says('signup', own) && !says('login', own) && !says('contact', own),
    ),
};
