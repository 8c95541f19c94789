// Italian: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const it = `cellulare|telefon|numero di cellulare
codice( di verifica| sms| otp)|codice (temporaneo|monouso|di accesso)
invia (il )?codice
messaggio di testo|via sms|tramite sms|chiamata vocale|telefonata automatica
accedi|accesso|continua con (il )?(telefono|cellulare|google|apple|facebook|e-mail)
registra|crea (un )?account|iscriviti
password dimenticata|recupera|reimposta (la )?password|recupero password|hai dimenticato
verifica in (due|2) (passaggi|fasi|passi)|autenticazione a (due|2) fattori|doppia autenticazione|autenticazione forte
impostazioni|sicurezza|il mio account|profilo|dati personali|il mio profilo
carrello|spedizion|pagamento|fatturazione|ordin[ei]|consegna|cassa\\b|acquist|prenotazion
contatt|richiesta|preventivo|appuntamento|promozioni
cap\\b|codice fiscale|partita iva
esci\\b|disconnetti
che termina (con|in)|termina(nte)? (con|in)|ultime (\\d|due|quattro) cifre
nome utente|e-?mail o (cellulare|telefono)
carta\\b|scadenza
numero
aggiungi|modifica|cambia|verifica`;
