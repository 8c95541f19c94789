// Bitwarden: folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp
import { indexes, type PasswordFormat } from './format';

export const bitwarden: PasswordFormat = {
  id: 'bitwarden',
  name: 'Bitwarden',
  columns(header) {
    const at = indexes(header, ['login_uri', 'login_username']);
    if (!at) return null;
    const type = header.indexOf('type');
    return { url: at[0]!, username: at[1]!, ...(type >= 0 ? { type } : {}) };
  },
  // An item with several URIs lists them in one cell, separated by commas.
  urls: (cell) => cell.split(',').map((u) => u.trim()).filter(Boolean),
  isLogin: (type) => type.trim().toLowerCase() === 'login',
};
