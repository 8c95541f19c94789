// Firefox: "url","username","password","httpRealm","formActionOrigin","guid","timeCreated",...
import { indexes, type PasswordFormat } from './format';

export const firefox: PasswordFormat = {
  id: 'firefox',
  name: 'Firefox',
  columns(header) {
    const at = indexes(header, ['url', 'username', 'password']);
    const own = ['httprealm', 'formactionorigin', 'guid'].some((c) => header.includes(c));
    return at && own ? { url: at[0]!, username: at[1]! } : null;
  },
};
