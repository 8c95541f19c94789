// 1Password 8: Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes
// (some exports name the column "Website" or "URLs").
import type { PasswordFormat } from './format';

export const onePassword: PasswordFormat = {
  id: '1password',
  name: '1Password',
  columns(header) {
    const title = header.indexOf('title');
    const url = ['url', 'website', 'urls'].map((c) => header.indexOf(c)).find((i) => i >= 0);
    const username = header.indexOf('username');
    // KeePassXC also has Title and Username; its Group column tells them apart.
    if (title < 0 || url === undefined || username < 0 || header.includes('group')) return null;
    return { url, username };
  },
  urls: (cell) => cell.split(/[\s,]+/).filter(Boolean),
};
