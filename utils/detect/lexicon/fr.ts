// French. One line per concept, in the order of CONCEPTS (types.ts):
// phone, code, sendCode, sms, login, signup, recovery, mfa, settings, commerce, contact,
// notPhone, signOut, ending, identifier, card, number, edit.
export const fr = `t[eé]l[eé]phone|portable\\b|t[eé]l\\b|cellulaire
code (de (v[eé]rification|s[eé]curit[eé]|confirmation|validation)|re[cç]u|sms|[aà] usage unique)
(r?envoyer|recevoir|obtenir) (le |un )?code|envoyer (un )?sms|m.envoyer un code
texto|appel vocal|message texte|texto
connexion|se connecter|connectez|identifi(ez|cation)|s.identifier|ouvrir une session|ouverture de session|continuer avec (le |votre )?(t[eé]l[eé]phone|mobile|google|apple|facebook|e-mail)
inscri|cr[eé]er (un |mon |votre )?compte|enregistre
oubli[eé]|r[eé]initialis(er|ation)|r[eé]cup[eé]rer (votre |mon )?(mot de passe|compte)
double authentification|deux (facteurs|[eé]tapes)|authentification forte|second facteur
mon compte|s[eé]curit[eé]|profil|informations personnelles|param[eè]tres
livraison|paiement|facturation|panier|commande|exp[eé]dition|r[eé]servation
contact|demande|s.abonner|abonnez|devis|rendez-vous|offres|bons plans
code postal|num[eé]ro de (compte|client|membre)|poste\\b|siret
d[eé]conne(xion|cter)
(termin|finiss)ant par|qui finit par
courriel|adresse [eé]lectronique|nom d.utilisateur|identifiant|pseudo|courriel
carte|compte bancaire|d[eé]bit|cr[eé]dit
num[eé]ro
ajouter|modifier|changer|v[eé]rifier|mettre [aà] jour`;
