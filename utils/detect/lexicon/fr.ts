// French: one string per concept, in the order of CONCEPTS (types.ts).
import type { Lexicon } from './types';

export const fr: Lexicon = [
  't[eé]l[eé]phone|portable\\b|num[eé]ro de (t[eé]l[eé]phone|portable|mobile)|t[eé]l\\b', // phone
  'code de (v[eé]rification|s[eé]curit[eé]|confirmation|validation)|code (re[cç]u|sms)|code [aà] usage unique', // code
  '(envoyer|recevoir|obtenir|renvoyer) (le |un )?code|envoyer (un )?sms|m.envoyer un code', // sendCode
  'texto|appel vocal|message texte', // sms
  'connexion|se connecter|connectez|identifiez|s\'identifier|identification', // login
  'inscri|cr[eé]er (un |mon |votre )?compte|enregistre', // signup
  'oubli[eé]|r[eé]initialiser|r[eé]initialisation|r[eé]cup[eé]rer (votre |mon )?(mot de passe|compte)', // recovery
  'double authentification|deux facteurs|deux [eé]tapes|authentification forte|second facteur', // mfa
  'param[eè]tres du compte|mon compte|s[eé]curit[eé]|profil|informations personnelles|param[eè]tres', // settings
  'livraison|paiement|facturation|panier|commande|exp[eé]dition|r[eé]servation', // commerce
  'contact|demande|s\'abonner|abonnez|devis|rendez-vous', // contact
  'code postal|num[eé]ro de (compte|carte|client|membre)|poste\\b|siret', // notPhone
  'd[eé]connexion|se d[eé]connecter|d[eé]connecter', // signOut
  'se terminant par|finissant par|terminant par|qui finit par', // ending
  'courriel|adresse [eé]lectronique|nom d\'utilisateur|identifiant|pseudo', // identifier
  'carte|compte bancaire|d[eé]bit|cr[eé]dit', // card
  'num[eé]ro', // number
];
