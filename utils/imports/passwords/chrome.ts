// Chrome and Edge: name,url,username,password[,note]
import { indexes, type PasswordFormat } from './format';

export const chrome: PasswordFormat = {
  id: 'chrome',
  name: 'Chrome / Edge',
  columns(header) {
    const at = indexes(header, ['name', 'url', 'username', 'password']);
    return at ? { url: at[1]!, username: at[2]! } : null;
  },
};
