// The key of an app added by its name ("My Gym App" → "app:my-gym-app"). The colon never
// occurs in a host name, so a name key can never be taken for a registrable domain, and the
// key stays the same for the same name however it is spaced or capitalised.
const PREFIX = 'app:';
const MAX_NAME = 80;

/** The key for an app's name, or null when the name has no letter or digit (or is too long). */
export function nameKey(name: string): string | null {
  const text = name.normalize('NFKC').trim();
  if (!text || text.length > MAX_NAME) return null;
  const slug = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return slug ? PREFIX + slug : null;
}

/** Whether a site key names an app added by name (not a host). */
export const isNameKey = (site: string): boolean => site.startsWith(PREFIX);
