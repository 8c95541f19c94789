// French: one string per concept, in the order of CONCEPTS (types.ts).
import type { Lexicon } from './types';

export const fr: Lexicon = [
  't[eé]l[eé]phone|portable\\b|t[eé]l\\b', // phone
  'code (de (v[eé]rification|s[eé]curit[eé]|confirmation|validation)|re[cç]u|sms|[aà] usage unique)', // code
  '(r?envoyer|recevoir|obtenir) (le |un )?code|envoyer (un )?sms|m.envoyer un code', // sendCode
  'texto|appel vocal|message texte', // sms
  'connexion|se connecter|connectez|identifi(ez|cation)|s.identifier', // login
  'inscri|cr[eé]er (un |mon |votre )?compte|enregistre', // signup
  'oubli[eé]|r[eé]initialis(er|ation)|r[eé]cup[eé]rer (votre |mon )?(mot de passe|compte)', // recovery
  'double authentification|deux (facteurs|[eé]tapes)|authentification forte|second facteur', // mfa
  'mon compte|s[eé]curit[eé]|profil|informations personnelles|param[eè]tres', // settings
  'livraison|paiement|facturation|panier|commande|exp[eé]dition|r[eé]servation', // commerce
  'contact|demande|s.abonner|abonnez|devis|rendez-vous', // contact
  'code postal|num[eé]ro de (compte|carte|client|membre)|poste\\b|siret', // notPhone
  'd[eé]conne(xion|cter)', // signOut
  '(termin|finiss)ant par|qui finit par', // ending
  'courriel|adresse [eé]lectronique|nom d.utilisateur|identifiant|pseudo', // identifier
  'carte|compte bancaire|d[eé]bit|cr[eé]dit', // card
  'num[eé]ro', // number
];
