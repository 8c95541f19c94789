import type { Lexicon } from './types';

export const fr: Lexicon = {
  phone: 't[eé]l[eé]phone|portable\\b|num[eé]ro de (?:t[eé]l[eé]phone|portable|mobile)|t[eé]l\\b',
  code: 'code de (?:v[eé]rification|s[eé]curit[eé]|confirmation|validation)|code (?:re[cç]u|sms)|code [aà] usage unique',
  sendCode: '(?:envoyer|recevoir|obtenir|renvoyer) (?:le |un )?code|envoyer (?:un )?sms|m.envoyer un code',
  sms: 'texto|appel vocal|message texte',
  login: 'connexion|se connecter|connectez|identifiez|s\'identifier|identification',
  signup: 'inscri|cr[eé]er (?:un |mon |votre )?compte|enregistre',
  recovery: 'oubli[eé]|r[eé]initialiser|r[eé]initialisation|r[eé]cup[eé]rer (?:votre |mon )?(?:mot de passe|compte)',
  mfa: 'double authentification|deux facteurs|deux [eé]tapes|authentification forte|second facteur',
  settings: 'param[eè]tres du compte|mon compte|s[eé]curit[eé]|profil|informations personnelles|param[eè]tres',
  commerce: 'livraison|paiement|facturation|panier|commande|exp[eé]dition|r[eé]servation',
  contact: 'contact|contactez|demande|s\'abonner|abonnez|devis|rendez-vous',
  notPhone: 'code postal|num[eé]ro de (?:compte|carte|client|membre)|poste\\b|siret',
  signOut: 'd[eé]connexion|se d[eé]connecter|d[eé]connecter',
  ending: 'se terminant par|finissant par|terminant par|qui finit par',
  identifier: 'courriel|adresse [eé]lectronique|nom d\'utilisateur|identifiant|pseudo',
  card: 'carte|compte bancaire|d[eé]bit|cr[eé]dit',
  number: 'num[eé]ro',
};
