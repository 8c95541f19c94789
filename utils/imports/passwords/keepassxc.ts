// KeePassXC: "Group","Title","Username","Password","URL","Notes"[,"TOTP","Icon","Last Modified","Created"]
import { indexes, type PasswordFormat } from './format';

export const keepassxc: PasswordFormat = {
  id: 'keepassxc',
  name: 'KeePassXC',
  columns(header) {
    const at = indexes(header, ['group', 'title', 'username', 'url']);
    return at ? { url: at[3]!, username: at[2]! } : null;
  },
};
